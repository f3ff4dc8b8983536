"""Gateway keys in Regie's own pages: a beheerder or the application's owner makes a key
(shown once, stored as a hash), lists and revokes it; others may not; every change is
audited."""

import hashlib
import re

from django.urls import reverse

import pytest

from regie.audit.models import AuditEvent
from regie.gateway.models import ApiKey
from regie.register.models import Application


@pytest.fixture
def application(organization, make_user):
    owner = make_user("projectleider", username="eigenaar")
    return Application.objects.create(organization=organization, slug="woo-samenvatter",
                                      name="Woo-samenvatter", status="in_use", owner=owner,
                                      owner_email=owner.email)


def keys_url(application):
    return reverse("gateway:application_keys", args=[application.slug])


def test_it_shows_a_new_key_once_and_stores_only_its_hash(client, make_user, application):
    client.force_login(make_user("beheerder"))
    response = client.post(keys_url(application), {"expires_in_days": "30"})
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    token = re.search(r'value="(rg-[^"]+)"', response.content.decode()).group(1)
    key = ApiKey.objects.get(application=application)
    assert key.key_hash == hashlib.sha256(token.encode()).hexdigest()
    assert (key.expires_at - key.created_at).days == 30
    assert AuditEvent.objects.filter(event="gateway_key_created",
                                     application_id=application.pk).exists()
    listing = client.get(keys_url(application)).content.decode()
    assert key.prefix in listing and token not in listing


def test_it_lets_the_owner_make_a_key_that_does_not_expire(client, application):
    client.force_login(application.owner)
    response = client.post(keys_url(application), {"expires_in_days": ""})
    assert response.status_code == 200
    assert ApiKey.objects.get(application=application).expires_at is None


def test_it_revokes_a_key_and_audits_it(client, make_user, application):
    client.force_login(make_user("beheerder"))
    client.post(keys_url(application), {"expires_in_days": "90"})
    key = ApiKey.objects.get()
    response = client.post(reverse("gateway:revoke", args=[key.pk]), follow=True)
    assert "is ingetrokken" in response.content.decode()
    key.refresh_from_db()
    assert key.revoked_at is not None
    assert AuditEvent.objects.filter(event="gateway_key_revoked").count() == 1


@pytest.mark.parametrize("role", ["medewerker", "fg", "directie", "projectleider"])
def test_it_refuses_others_to_make_or_revoke_keys(client, make_user, application, role):
    client.force_login(make_user("beheerder", username="beheer"))
    client.post(keys_url(application), {"expires_in_days": "30"})
    key = ApiKey.objects.get()
    client.force_login(make_user(role))
    assert client.post(keys_url(application), {"expires_in_days": "30"}).status_code == 403
    assert client.post(reverse("gateway:revoke", args=[key.pk])).status_code == 403
    assert ApiKey.objects.count() == 1 and ApiKey.objects.get().revoked_at is None


def test_it_hides_keys_of_another_organisation(client, make_user, application,
                                               other_organization):
    client.force_login(make_user("beheerder", org=other_organization))
    assert client.get(keys_url(application)).status_code == 404
    assert client.get(reverse("gateway:key_list")).content.decode().count("Woo-samenvatter") == 0


def test_it_refuses_a_key_before_approval_and_an_unknown_expiry(client, make_user,
                                                                application):
    client.force_login(make_user("beheerder"))
    response = client.post(keys_url(application), {"expires_in_days": "7"})
    assert response.status_code == 400
    assert "Wanneer verloopt de sleutel?" in response.content.decode()
    Application.objects.filter(pk=application.pk).update(status="in_review")
    response = client.post(keys_url(application), {"expires_in_days": "30"})
    assert response.status_code == 400
    assert "pas worden gemaakt als de directie" in response.content.decode()
    assert not ApiKey.objects.exists()


def test_it_lists_the_active_keys_of_the_organisation_for_a_beheerder(client, make_user,
                                                                       application):
    client.force_login(make_user("beheerder"))
    client.post(keys_url(application), {"expires_in_days": "30"})
    page = client.get(reverse("gateway:key_list")).content.decode()
    assert ApiKey.objects.get().prefix in page
    client.force_login(make_user("fg"))
    assert client.get(reverse("gateway:key_list")).status_code == 403
