"""The AI Act's duties derived from the profile, for every risk class × role combination
the official decision tree can conclude, and kept as work with owner, evidence and due date."""

from __future__ import annotations

import datetime as dt

import pytest

from regie.aiact.models import Obligation
from regie.aiact.obligations import (
    BY_CODE,
    Profile,
    duties_for,
    sync_obligations,
    update_obligation,
)
from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.instruments.decision_tree import ai_act_profile
from regie.register.models import AIActRoleAssignment
from tests.aiact.conftest import tree_paths

HIGH_DEPLOYER = {"deployer_instructions", "deployer_oversight", "deployer_input_data",
                 "deployer_monitoring", "deployer_suspend", "deployer_serious_incidents",
                 "deployer_logs", "deployer_workers", "deployer_registration",
                 "deployer_dpia", "deployer_affected_persons", "deployer_fria",
                 "deployer_explanation"}
HIGH_PROVIDER = {"provider_risk_management", "provider_data_governance",
                 "provider_technical_documentation", "provider_logging",
                 "provider_instructions", "provider_oversight_design", "provider_accuracy",
                 "provider_quality_management", "provider_conformity", "provider_registration",
                 "provider_post_market", "provider_serious_incidents",
                 "provider_impact_assessment"}
# (risk, role) → the duties of that role at that risk class (literacy comes on top)
BY_RISK_AND_ROLE = {
    ("high", "deployer"): HIGH_DEPLOYER,
    ("high", "provider"): HIGH_PROVIDER,
    ("high", "importer"): {"importer_checks"},
    ("high", "distributor"): {"distributor_checks"},
    ("prohibited", "deployer"): {"prohibited_stop"},
    ("prohibited", "provider"): {"prohibited_stop"},
    ("prohibited", "importer"): {"prohibited_stop"},
    ("prohibited", "distributor"): {"prohibited_stop"},
}
TRANSPARENCY_BY_ROLE = {"provider": {"transparency_interaction", "transparency_marking"},
                        "deployer": {"transparency_disclosure"}}


def expected(profile: Profile) -> set[str]:
    if not profile.applies:
        return set()
    codes = set() if profile.risk == "prohibited" else {"literacy"}
    for role in profile.roles:
        codes |= BY_RISK_AND_ROLE.get((profile.risk, role), set())
        if profile.transparency and profile.risk != "prohibited":
            codes |= TRANSPARENCY_BY_ROLE.get(role, set())
    if profile.gpai_model and "provider" in profile.roles:
        codes.add("gpai_model_documentation")
        if profile.systemic_risk:
            codes.add("gpai_systemic_risk")
    return codes


def test_it_derives_the_duties_of_every_risk_class_and_role_the_tree_concludes(official_tree):
    profiles = {Profile.from_result(ai_act_profile(labels))
                for _steps, labels, _conclusion in tree_paths(official_tree)}
    combinations = {(p.risk, role) for p in profiles for role in p.roles}
    # every risk class meets every role somewhere in the official tree
    assert {risk for risk, _role in combinations} == {"prohibited", "high", "transparency",
                                                      "minimal"}
    assert {role for _risk, role in combinations} == {"provider", "deployer", "importer",
                                                      "distributor"}
    assert len(profiles) >= 30
    for profile in profiles:
        assert {d.code for d in duties_for(profile)} == expected(profile), profile


def test_it_cites_an_article_for_every_duty():
    for duty in BY_CODE.values():
        assert duty.article.startswith(("AI-verordening art.", "Algoritmekader")), duty.code
    assert BY_CODE["deployer_logs"].article == "AI-verordening art. 26 lid 6"
    assert "zes maanden" in BY_CODE["deployer_logs"].title
    assert BY_CODE["deployer_fria"].article == "AI-verordening art. 27"
    assert BY_CODE["provider_technical_documentation"].instrument.endswith(
        "technical_docs_for_high_risk_ai.yaml")


@pytest.mark.django_db
def test_it_runs_the_task_registry_cards_the_provider_duties_name(reference_dir, client,
                                                                  make_application):
    from regie.instruments import service as instruments

    cards = [d for d in BY_CODE.values() if d.card]
    assert {d.code for d in cards} >= {"provider_technical_documentation",
                                       "provider_conformity", "provider_impact_assessment"}
    for duty in cards:
        path = reference_dir / duty.instrument
        if duty.instrument.startswith("algoritmekader/"):
            version, _created = instruments.load_instrument(path, actor=Actor(via="t", name="t"))
            assert version.key == duty.card, duty.code
    annex_iv = instruments.questionnaire_for(instruments.current_version("urn:nl:cardtd"))
    assert len([t for t in annex_iv.tasks.values() if t.answerable]) == 29
    application = make_application(slug="aanbieder", ai_act_risk="high")
    AIActRoleAssignment.objects.create(application=application, role="provider")
    client.force_login(application.owner)
    page = client.get("/ai-verordening/toepassing/aanbieder/").content.decode()
    url = "/instrumenten/aanbieder/vragenlijst/urn:nl:cardtd/"
    assert f'href="{url}"' in page
    assert client.post(url).status_code == 302
    response = client.post(url, {"sectie": 1, "action": "save",
                                 "t_1.1": "Regie-assistent, versie 2.3"})
    assert response.status_code == 302
    run = instruments.get_run(application, "urn:nl:cardtd")
    assert run.answers["1.1"]["value"] == "Regie-assistent, versie 2.3"


def _set_profile(application, risk: str, *roles: str) -> None:
    application.ai_act_risk = risk
    application.save(update_fields=["ai_act_risk"])
    AIActRoleAssignment.objects.filter(application=application).delete()
    for role in roles:
        AIActRoleAssignment.objects.create(application=application, role=role)


@pytest.mark.django_db
def test_it_keeps_the_duties_as_tasks_and_withdraws_them_without_deleting(make_application):
    application = make_application()
    _set_profile(application, "high", "deployer")
    actor = Actor(via="test", name="test")
    items = sync_obligations(application, actor=actor)
    assert {o.code for o in items} == HIGH_DEPLOYER | {"literacy"}
    fria = next(o for o in items if o.code == "deployer_fria")
    assert fria.article == "AI-verordening art. 27"
    assert fria.due_date == dt.date.today() + dt.timedelta(days=30)
    event = AuditEvent.objects.filter(event="ai_act_obligations_derived").latest("pk")
    assert set(event.data["added"]) == HIGH_DEPLOYER | {"literacy"}

    _set_profile(application, "minimal", "deployer")
    items = sync_obligations(application, actor=actor)
    assert Obligation.objects.filter(application=application).count() == 14
    assert {o.code for o in items if o.applies} == {"literacy"}
    assert not Obligation.objects.get(application=application, code="deployer_fria").applies

    assert sync_obligations(application, actor=actor)  # nothing changed: no new event
    assert AuditEvent.objects.filter(event="ai_act_obligations_derived").count() == 2


@pytest.mark.django_db
def test_it_needs_an_owner_and_evidence_before_a_duty_is_done(make_application, make_user):
    application = make_application()
    _set_profile(application, "high", "deployer")
    actor = Actor(via="test", name="test")
    sync_obligations(application, actor=actor)
    logs = Obligation.objects.get(application=application, code="deployer_logs")
    with pytest.raises(InputError, match="eigenaar"):
        update_obligation(logs, actor=actor, status="done", evidence="Gateway bewaart 190 dagen")
    with pytest.raises(InputError, match="bewijs"):
        update_obligation(logs, actor=actor, status="done", owner=application.owner)
    with pytest.raises(InputError, match="reden"):
        update_obligation(logs, actor=actor, status="not_applicable")
    logs.refresh_from_db()
    assert logs.status == "todo"
    update_obligation(logs, actor=actor, status="done", owner=application.owner,
                      evidence="Logbestanden 190 dagen bewaard (beleid I&A 2026-3)",
                      due_date=dt.date(2026, 12, 31))
    logs.refresh_from_db()
    assert (logs.status, logs.owner, logs.due_date) == ("done", application.owner,
                                                        dt.date(2026, 12, 31))
    assert logs.done_at is not None
    event = AuditEvent.objects.filter(event="ai_act_obligation_updated").latest("pk")
    assert event.data["obligation"] == "deployer_logs"
    assert event.data["before"]["status"] == "todo"


@pytest.mark.django_db
def test_it_refuses_an_owner_of_another_organisation(make_application, make_user,
                                                     other_organization):
    application = make_application()
    _set_profile(application, "high", "deployer")
    sync_obligations(application, actor=Actor(via="test", name="test"))
    item = Obligation.objects.get(application=application, code="deployer_oversight")
    stranger = make_user("projectleider", username="elders", org=other_organization)
    with pytest.raises(InputError, match="eigenaar: hoort niet bij deze organisatie"):
        update_obligation(item, actor=Actor(via="test", name="t"), status="in_progress",
                          owner=stranger)
