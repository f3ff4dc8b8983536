"""The REST API reads and writes applications in the dossier format, scoped and audited."""

import copy

from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

import pytest

from regie.audit.models import AuditEvent
from regie.register.models import Application
from tests.register.test_dossier_roundtrip import FULL


@pytest.fixture
def api(make_user):
    def client_for(*roles, **kwargs):
        user = make_user(*roles, **kwargs)
        client = APIClient()
        token = Token.objects.create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        client.user = user
        return client
    return client_for


def _dossier(**changes):
    """FULL without its status: a status changes through the procedure, not these bodies."""
    data = {k: v for k, v in copy.deepcopy(FULL).items() if k != "status"}
    data.update(changes)
    return data


def test_it_creates_reads_and_round_trips_a_dossier(api):
    client = api("projectleider")
    created = client.post("/api/v1/applications/", _dossier(), format="json")
    assert created.status_code == 201, created.content
    slug = created.json()["slug"]
    fetched = client.get(f"/api/v1/applications/{slug}/").json()
    assert fetched == created.json()
    assert fetched["model"]["name"] == "Mistral Small 3.1"
    assert fetched["risk_analysis"]["experts"] == ["domain", "legal", "privacy", "security"]
    # PUT of the exported dossier (without its status) changes nothing.
    body = {k: v for k, v in fetched.items() if k != "status"}
    again = client.put(f"/api/v1/applications/{slug}/", body, format="json")
    assert again.status_code == 200 and again.json() == fetched
    assert AuditEvent.objects.filter(event="application_updated").count() == 0


def test_it_patches_part_of_a_dossier_and_audits_the_field(api):
    client = api("projectleider")
    slug = client.post("/api/v1/applications/", _dossier(), format="json").json()["slug"]
    response = client.patch(f"/api/v1/applications/{slug}/",
                            {"data": {"confidential": True}}, format="json")
    assert response.status_code == 200
    assert response.json()["data"] == {"personal_data": True, "special_categories": False,
                                       "confidential": True}
    event = AuditEvent.objects.get(event="application_updated")
    assert event.changes == [{"field": "data.confidential", "old": False, "new": True}]
    assert event.via == "api" and event.actor_name == client.user.username


def test_it_refuses_invalid_input_naming_the_field_and_keeps_state(api):
    client = api("projectleider")
    slug = client.post("/api/v1/applications/", _dossier(), format="json").json()["slug"]
    before = client.get(f"/api/v1/applications/{slug}/").json()
    response = client.patch(f"/api/v1/applications/{slug}/", {"use": "sometimes"},
                            format="json")
    assert response.status_code == 400
    assert response.json()["field"] == "use"
    assert "ongeldige waarde" in response.json()["detail"]
    assert client.get(f"/api/v1/applications/{slug}/").json() == before


def test_it_refuses_a_dossier_of_another_organisation(api):
    client = api("projectleider")
    response = client.post("/api/v1/applications/",
                           _dossier(organization="Gemeente Elders"), format="json")
    assert response.status_code == 400
    assert response.json()["field"] == "organization"
    assert not Application.objects.exists()


def test_it_lists_only_the_own_organisation_with_filters(api, other_organization, make_user):
    mine = api("projectleider")
    mine.post("/api/v1/applications/", _dossier(), format="json")
    refused = mine.post("/api/v1/applications/", _dossier(name="Notuleren", status="in_use"),
                        format="json")
    assert refused.status_code == 400 and refused.json()["field"] == "status"
    mine.post("/api/v1/applications/", _dossier(name="Notuleren"), format="json")
    Application.objects.filter(name="Notuleren").update(status="in_use")  # as if migrated
    theirs = api("projectleider", username="elders", org=other_organization)
    theirs.post("/api/v1/applications/",
                _dossier(name="Elders", organization="Gemeente Elders"), format="json")
    listed = mine.get("/api/v1/applications/").json()
    assert [a["name"] for a in listed["results"]] == ["Notuleren", "Samenvatten van Woo-verzoeken"]
    assert mine.get("/api/v1/applications/?status=in_use").json()["count"] == 1
    assert mine.get("/api/v1/applications/?search=notuleren").json()["count"] == 1
    assert mine.get("/api/v1/applications/?status=bogus").status_code == 400
    slug = theirs.get("/api/v1/applications/").json()["results"][0]["slug"]
    assert mine.get(f"/api/v1/applications/{slug}/").status_code == 404


def test_it_keeps_models_and_suppliers_per_organisation(api):
    ciso = api("ciso")
    created = ciso.post("/api/v1/models/", {"name": "Llama 3.3 70B", "provider": "Meta",
                                            "hosting": "on_premises", "terms": "contract",
                                            "open_source": "open_weights"}, format="json")
    assert created.status_code == 201, created.content
    assert created.json()["organization"] == "gemeente-voorbeeld"
    bad = ciso.post("/api/v1/models/", {"name": "X", "hosting": "mars"}, format="json")
    assert bad.status_code == 400
    model_id = created.json()["id"]
    assert ciso.patch(f"/api/v1/models/{model_id}/", {"licence": "Llama 3.3"},
                      format="json").status_code == 200
    event = AuditEvent.objects.filter(event="aimodel_updated").get()
    assert event.changes == [{"field": "licence", "old": "", "new": "Llama 3.3"}]
    supplier = ciso.post("/api/v1/suppliers/", {"name": "Cloud B.V.", "country": "NL"},
                         format="json")
    assert supplier.status_code == 201
