"""The registration of a high-risk system's use in the EU database by a public-authority
deployer: the five points of Annex VIII section C, on the web and on the command line."""

from __future__ import annotations

import json

import pytest

from regie.aiact.eu_database import export, save_registration
from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.register.models import AIActRoleAssignment
from tests.conftest import run_regie

ACTOR = Actor(via="test", name="test")


@pytest.fixture
def high_risk(make_application):
    application = make_application(name="Toeslagen voorbereiden", slug="toeslagen",
                                   ai_act_risk="high", data_personal=True,
                                   purpose="Aanvragen voorbereiden voor de behandelaar.")
    AIActRoleAssignment.objects.create(application=application, role="deployer")
    return application


@pytest.mark.django_db
def test_it_exports_the_five_points_and_names_what_is_missing(high_risk):
    data = export(high_risk)
    assert data["legal_basis"].startswith("AI-verordening art. 49 lid 3")
    assert data["deployer"]["name"] == "Gemeente Voorbeeld"
    assert data["submitter"]["email"] == high_risk.owner_email
    assert set(data["missing"]) == {"deployer.address", "deployer.email", "submitter.address",
                                    "provider_entry_url", "fria_summary", "dpia_summary"}
    high_risk.organization.contact_email = "info@voorbeeld.nl"
    high_risk.organization.save()
    save_registration(high_risk, {
        "deployer_address": "Raadhuisplein 1, 1234 AB Voorbeeld",
        "provider_entry_url": "https://ai-act-database.ec.europa.eu/systems/123",
        "fria_summary": "IAMA 2026: geen onaanvaardbare inbreuk; klachtenregeling ingericht.",
        "dpia_summary": "DPIA 2026: hoog risico beperkt door pseudonimisering.",
    }, actor=ACTOR)
    data = export(high_risk)
    assert data["missing"] == []
    assert data["submitter"]["address"] == "Raadhuisplein 1, 1234 AB Voorbeeld"
    assert data["provider_entry_url"].endswith("/systems/123")
    assert AuditEvent.objects.filter(event="eu_database_registration_updated").exists()


@pytest.mark.django_db
def test_it_leaves_out_the_dpia_when_no_personal_data_are_processed(high_risk):
    high_risk.data_personal = False
    high_risk.save()
    data = export(high_risk)
    assert data["dpia_summary"] is None and "dpia_summary" not in data["missing"]


@pytest.mark.django_db
def test_it_refuses_applications_without_a_registration_duty(make_application, high_risk):
    with pytest.raises(InputError, match="geen registratieplicht"):
        export(make_application(ai_act_risk="minimal"))
    with pytest.raises(InputError, match="https"):
        save_registration(high_risk, {"provider_entry_url": "javascript:alert(1)"},
                          actor=ACTOR)
    with pytest.raises(InputError, match="kan niet worden gewijzigd"):
        save_registration(high_risk, {"application": 3}, actor=ACTOR)


@pytest.mark.django_db
def test_it_downloads_the_export_for_readers_of_the_organisation(client, high_risk,
                                                                 make_user, other_organization):
    client.force_login(make_user("fg"))
    response = client.get("/ai-verordening/toepassing/toeslagen/eu-databank.json")
    assert response.status_code == 200
    assert json.loads(response.content)["application"]["slug"] == "toeslagen"
    client.force_login(make_user("fg", username="fg_elders", org=other_organization))
    assert client.get("/ai-verordening/toepassing/toeslagen/eu-databank.json"
                      ).status_code == 404


def test_it_exports_on_the_command_line(cli_env, reference_dir, tmp_path):
    dossier = tmp_path / "hoog.yaml"
    dossier.write_text(
        "name: EU-databank export test\norganization: Gemeente CLI\nowner: {name: A. Eigenaar,"
        " email: a@cli.nl}\nassessments: {ai_act: {risk: high, roles: [deployer]}}\n",
        encoding="utf-8")
    imported = run_regie("dossier", "import", str(dossier), env=cli_env)
    assert imported.returncode == 0, imported.stderr
    slug = imported.stdout.strip().splitlines()[-1]
    result = run_regie("aiact", "eu-database", slug, env=cli_env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["submitter"]["name"] == "A. Eigenaar" and "fria_summary" in data["missing"]
    duties = run_regie("aiact", "obligations", slug, env=cli_env)
    assert duties.returncode == 0 and "deployer_fria" in duties.stdout
    assert "AI-verordening art. 27" in duties.stdout
    for args in (("eu-database", "bestaat-niet"), ("obligations", "bestaat-niet")):
        bad = run_regie("aiact", *args, env=cli_env)
        assert bad.returncode == 2 and "onbekende toepassing" in bad.stderr
