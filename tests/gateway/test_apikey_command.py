"""`regie apikey create|list|revoke`: the key is printed once on the last line, stored only
as a hash, and every change lands in the audit trail; bad input gives exit status 2."""

import hashlib
from io import StringIO

from django.core.management import CommandError, call_command

import pytest

from regie.audit.models import AuditEvent
from regie.gateway.models import ApiKey
from regie.register.models import Application


@pytest.fixture
def application(organization):
    return Application.objects.create(organization=organization, slug="woo-samenvatter",
                                      name="Woo-samenvatter", status="in_use")


def regie(*args):
    out = StringIO()
    call_command("apikey", *args, stdout=out)
    return out.getvalue().strip().splitlines()


def test_it_creates_a_key_printed_on_the_last_line_and_stored_hashed(application):
    token = regie("create", "--application", "woo-samenvatter", "--expires", "30")[-1]
    assert token.startswith("rg-") and len(token) > 40
    key = ApiKey.objects.get(application=application)
    assert key.key_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in str(list(ApiKey.objects.values()))
    assert (key.expires_at - key.created_at).days == 30
    assert AuditEvent.objects.filter(event="gateway_key_created",
                                     application_id=application.pk).exists()


def test_it_lists_and_revokes_keys(application):
    token = regie("create", "--application", "woo-samenvatter")[-1]
    [line] = regie("list", "--application", "woo-samenvatter")
    assert line.startswith(token[:10]) and "geldig" in line and token not in line
    regie("revoke", token[:10])
    assert "ingetrokken" in regie("list")[0]
    assert ApiKey.objects.get().revoked_at is not None
    assert AuditEvent.objects.filter(event="gateway_key_revoked").count() == 1


@pytest.mark.parametrize("args,field", [
    (["create", "--application", "bestaat-niet"], "--application"),
    (["create", "--application", "woo-samenvatter", "--expires", "0"], "--expires"),
    (["revoke", "rg-onbekend"], "sleutel"),
])
def test_it_rejects_bad_input_with_exit_status_2(application, args, field):
    with pytest.raises(CommandError) as raised:
        call_command("apikey", *args, stdout=StringIO())
    assert raised.value.returncode == 2
    assert field in str(raised.value)
    assert not ApiKey.objects.exists()
