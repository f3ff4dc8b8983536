"""The prompt-injection mode per application on the gateway settings page: the beheerder
sets off / log / block (default log), the FG and CISO only read, other roles get 403; a bad
value is refused with the field named and nothing stored; every change is audited."""

import pytest

from regie.audit.models import AuditEvent
from regie.gateway.models import GatewaySettings
from tests.conftest import ALL_ROLES
from tests.gateway.test_settings_pages import VALID


@pytest.mark.django_db
@pytest.mark.parametrize("role", ALL_ROLES)
def test_it_lets_only_the_beheerder_set_the_injection_mode(client, make_user, application,
                                                           role):
    client.force_login(make_user(role))
    page = client.get("/gateway-instellingen/woo/")
    if role in {"beheerder", "fg", "ciso"}:
        assert page.status_code == 200
        assert "Signalen van promptinjectie" in page.content.decode()
        listed = client.get("/gateway-instellingen/").content.decode()
        assert "Promptinjectie" in listed and "Alleen vastleggen" in listed  # the default
    else:
        assert page.status_code == 403
    response = client.post("/gateway-instellingen/woo/", {**VALID, "injection_mode": "block"})
    assert response.status_code == (302 if role == "beheerder" else 403)
    stored = GatewaySettings.objects.filter(application=application).first()
    assert (stored.injection_mode if stored else None) == (
        "block" if role == "beheerder" else None)


@pytest.mark.django_db
def test_it_audits_the_mode_with_old_and_new_value(client, make_user, application):
    client.force_login(make_user("beheerder"))
    assert GatewaySettings(application=application).injection_mode == "log"  # the default
    client.post("/gateway-instellingen/woo/", {**VALID, "injection_mode": "off"})
    event = AuditEvent.objects.get(event="gateway_settings_changed")
    assert event.data["changed"]["injection_mode"] == ["log", "off"]
    client.post("/gateway-instellingen/woo/", VALID)  # not in the post: the mode stays
    assert GatewaySettings.objects.get(application=application).injection_mode == "off"


@pytest.mark.django_db
def test_it_refuses_an_unknown_mode_and_keeps_the_setting(client, make_user, application):
    client.force_login(make_user("beheerder"))
    client.post("/gateway-instellingen/woo/", {**VALID, "injection_mode": "block"})
    page = client.post("/gateway-instellingen/woo/", {**VALID, "injection_mode": "alarm"})
    assert page.status_code == 400
    assert "Signalen van promptinjectie" in page.content.decode()
    assert GatewaySettings.objects.get(application=application).injection_mode == "block"


@pytest.mark.django_db
def test_it_shows_the_mode_in_english(client, make_user, application):
    client.force_login(make_user("beheerder"))
    client.cookies["django_language"] = "en"
    page = client.get("/gateway-instellingen/woo/")
    assert "Prompt-injection signals" in page.content.decode()
