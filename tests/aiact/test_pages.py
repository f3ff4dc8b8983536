"""The AI-Act pages: duties per application, updated by its owner (others read, other
organisations get 404), the directie's decision on use with legal effects, the dashboard."""

from __future__ import annotations

import pytest

from regie.aiact.models import Obligation
from regie.audit.models import AuditEvent
from regie.policy.service import evaluate_application
from regie.register.models import AIActRoleAssignment


@pytest.fixture
def application(make_application):
    application = make_application(name="Bezwaren voorbereiden", slug="bezwaren",
                                   ai_act_risk="high",
                                   decisions_legal_or_financial_effects=True)
    AIActRoleAssignment.objects.create(application=application, role="deployer")
    return application


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "read", "work"), [
    ("medewerker", 403, 403), ("projectleider", 200, 403), ("fg", 200, 403),
    ("ciso", 200, 403), ("directie", 200, 403), ("dagelijks_bestuur", 200, 403),
    ("beheerder", 200, 302)])
def test_it_checks_the_role_on_every_page(client, application, make_user, role, read, work):
    client.force_login(make_user(role, username=f"u_{role}"))
    url = "/ai-verordening/toepassing/bezwaren/"
    assert client.get(url).status_code == read
    assert client.get("/ai-verordening/").status_code == read
    item = Obligation.objects.filter(application=application).first()
    if item is None:
        return
    response = client.post(url, {"obligation": item.pk, "status": "in_progress"})
    assert response.status_code == work


@pytest.mark.django_db
def test_it_lets_the_owner_record_the_work_and_refuses_bad_input(client, application):
    client.force_login(application.owner)
    page = client.get("/ai-verordening/toepassing/bezwaren/").content.decode()
    assert "AI-verordening art. 26 lid 6" in page and "art. 27 lid 1 sub b" in page
    assert "Registratie in de EU-databank" in page
    oversight = Obligation.objects.get(application=application, code="deployer_oversight")
    bad = client.post("/ai-verordening/toepassing/bezwaren/",
                      {"obligation": oversight.pk, "status": "done", "owner": "",
                       "evidence": "Jurist A en B, training 2026"})
    assert bad.status_code == 400
    assert "eigenaar" in bad.content.decode()
    oversight.refresh_from_db()
    assert oversight.status == "todo"
    bad_date = client.post("/ai-verordening/toepassing/bezwaren/",
                           {"obligation": oversight.pk, "status": "todo",
                            "due_date": "31-12-2026"})
    assert bad_date.status_code == 400 and "uiterlijk gereed" in bad_date.content.decode()
    assert client.post("/ai-verordening/toepassing/bezwaren/",
                       {"obligation": "abc", "status": "done"}).status_code == 404
    registration = "/ai-verordening/toepassing/bezwaren/registratie/"
    refused = client.post(registration, {"provider_entry_url": "ftp://elders",
                                         "submitter_email": "geen-adres"})
    assert refused.status_code == 400 and "provider_entry_url" in refused.content.decode()
    assert client.post(registration, {"submitter_email": "geen-adres"}).status_code == 400
    assert client.post(registration, {"registered_on": "gisteren"}).status_code == 400
    assert not hasattr(application, "eu_registration") or \
        not application.eu_registration.submitter_email
    saved = client.post(registration, {"submitter_name": "J. Jansen",
                                       "provider_entry_url": "https://eu.example/1"})
    assert saved.status_code == 302
    ok = client.post("/ai-verordening/toepassing/bezwaren/",
                     {"obligation": oversight.pk, "status": "done",
                      "owner": application.owner.pk, "due_date": "2026-12-31",
                      "evidence": "Toezicht door jurist A en B, beiden getraind (2026)."})
    assert ok.status_code == 302
    oversight.refresh_from_db()
    assert oversight.status == "done" and str(oversight.due_date) == "2026-12-31"


@pytest.mark.django_db
def test_it_hides_other_organisations(client, application, make_user, other_organization):
    client.force_login(make_user("beheerder", username="b_elders", org=other_organization))
    assert client.get("/ai-verordening/toepassing/bezwaren/").status_code == 404


@pytest.mark.django_db
def test_it_records_the_directie_decision_that_lifts_the_condition(client, application,
                                                                   make_user):
    assert "legal_effects_directie_decision" in [
        f.rule for f in evaluate_application(application).findings]
    url = "/ai-verordening/toepassing/bezwaren/directiebesluit/"
    client.force_login(application.owner)
    assert client.post(url, {"reasoning": "Mag, want de jurist besluit zelf."}
                       ).status_code == 403
    director = make_user("directie")
    client.force_login(director)
    assert client.post(url, {"reasoning": "kort"}).status_code == 400
    application.refresh_from_db()
    assert application.decisions_directie_decision == ""
    response = client.post(url, {"reasoning": "Toegestaan: AI maakt alleen een concept; de "
                                              "jurist besluit en motiveert zelf."})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.decisions_directie_decision.startswith("Toegestaan: AI maakt")
    assert "Directie" in application.decisions_directie_decision
    assert "legal_effects_directie_decision" not in [
        f.rule for f in evaluate_application(application).findings]
    assert AuditEvent.objects.filter(application_id=application.pk,
                                     actor_id=director.pk).exists()
