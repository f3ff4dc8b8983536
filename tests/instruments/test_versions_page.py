"""The beheerder sees every instrument version and fetches the official files from the
configured address (REGIE_INSTRUMENT_URL), here a real HTTP server on loopback."""

from django.test import override_settings

import pytest

from regie.instruments.models import InstrumentVersion
from tests.conftest import ALL_ROLES


@pytest.mark.django_db
@pytest.mark.parametrize("role", ALL_ROLES)
def test_it_lets_only_the_beheerder_fetch(client, make_user, role):
    client.force_login(make_user(role))
    readers = {"projectleider", "fg", "ciso", "directie", "dagelijks_bestuur", "beheerder"}
    page = client.get("/instrumenten/beheer/versies/")
    assert page.status_code == (200 if role in readers else 403)
    if role in readers:
        assert "Pre-scan DPIA (Regie)" in page.content.decode()
        assert ("Officiële bestanden ophalen" in page.content.decode()) is (role == "beheerder")
    if role != "beheerder":
        with override_settings(INSTRUMENT_URL="http://127.0.0.1:9/"):
            assert client.post("/instrumenten/beheer/versies/").status_code == 403


@pytest.mark.django_db
def test_it_fetches_from_the_configured_mirror(client, make_user, reference_dir, serve_folder):
    client.force_login(make_user("beheerder"))
    base = serve_folder(reference_dir)
    with override_settings(INSTRUMENT_URL=base):
        page = client.post("/instrumenten/beheer/versies/", follow=True).content.decode()
    assert "Officiële bestanden geladen" in page and base in page
    assert set(InstrumentVersion.objects.filter(builtin=False).values_list("key", flat=True)) == {
        "ai_act", "urn:nl:prescan", "urn:nl:iama", "urn:nl:dpia"}


@pytest.mark.django_db
def test_it_says_what_failed_and_changes_nothing(client, make_user, serve_folder, tmp_path):
    client.force_login(make_user("beheerder"))
    with override_settings(INSTRUMENT_URL=serve_folder(tmp_path)):
        page = client.post("/instrumenten/beheer/versies/", follow=True).content.decode()
    assert "Ophalen mislukt, er is niets gewijzigd" in page and "HTTP 404" in page
    assert not InstrumentVersion.objects.filter(builtin=False).exists()
