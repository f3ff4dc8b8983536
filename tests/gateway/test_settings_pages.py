"""Gateway settings per application in Regie's own pages: role checked, organisation
scoped, bad input refused with the field named, every change audited."""

import pytest

from regie.audit.models import AuditEvent
from regie.gateway.models import GatewaySettings
from regie.register.models import Application
from tests.conftest import ALL_ROLES

VALID = {"default_action": "redact", "response_action": "log", "content_retention_days": "14",
         "disclosure_text": "Gemaakt met generatieve AI.", "rate_limit_per_minute": "30",
         "monthly_token_budget": "", "block_incident_threshold": "5",
         "require_trained_users": "on", "action_EMAIL": "redact",
         "action_PERSON": "pseudonymise"}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ALL_ROLES)
def test_it_lets_only_the_beheerder_change_settings(client, make_user, application, role):
    client.force_login(make_user(role))
    readers = {"beheerder", "fg", "ciso"}
    expected = 200 if role in readers else 403
    assert client.get("/gateway-instellingen/").status_code == expected
    assert client.get("/gateway-instellingen/woo/").status_code == expected
    response = client.post("/gateway-instellingen/woo/", VALID)
    assert response.status_code == (302 if role == "beheerder" else 403)
    assert GatewaySettings.objects.filter(application=application).exists() is (
        role == "beheerder")


@pytest.mark.django_db
def test_it_saves_and_audits_a_change(client, make_user, application):
    client.force_login(make_user("beheerder"))
    client.post("/gateway-instellingen/woo/", VALID)
    settings = GatewaySettings.objects.get(application=application)
    assert settings.default_action == "redact" and settings.rate_limit_per_minute == 30
    assert settings.require_trained_users is True
    assert settings.entity_actions == {"EMAIL": "redact", "PERSON": "pseudonymise"}
    event = AuditEvent.objects.get(event="gateway_settings_changed")
    assert event.application_id == application.pk
    assert event.data["changed"]["rate_limit_per_minute"] == [None, 30]
    client.post("/gateway-instellingen/woo/", VALID)  # nothing changed: nothing recorded
    assert AuditEvent.objects.filter(event="gateway_settings_changed").count() == 1


@pytest.mark.django_db
def test_it_refuses_bad_input_and_keeps_the_settings(client, make_user, application):
    client.force_login(make_user("beheerder"))
    client.post("/gateway-instellingen/woo/", VALID)
    page = client.post("/gateway-instellingen/woo/", {**VALID, "rate_limit_per_minute": "-3"})
    assert page.status_code == 400 and "Verzoeken per minuut" in page.content.decode()
    page = client.post("/gateway-instellingen/woo/", {**VALID, "action_BSN": "doorlaten"})
    assert page.status_code == 400 and "Burgerservicenummer" in page.content.decode()
    kept = GatewaySettings.objects.get(application=application)
    assert kept.rate_limit_per_minute == 30 and "BSN" not in kept.entity_actions


@pytest.mark.django_db
def test_it_hides_other_organisations(client, make_user, other_organization):
    stranger = make_user("projectleider", username="vreemd", org=other_organization)
    Application.objects.create(organization=other_organization, slug="elders", name="Elders",
                               created_by=stranger, owner_email=stranger.email)
    client.force_login(make_user("beheerder"))
    assert "Elders" not in client.get("/gateway-instellingen/").content.decode()
    assert client.get("/gateway-instellingen/elders/").status_code == 404
    assert client.post("/gateway-instellingen/elders/", VALID).status_code == 404
