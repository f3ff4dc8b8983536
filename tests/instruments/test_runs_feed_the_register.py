"""Finishing an instrument writes its result into the register, audited."""

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.instruments import service
from regie.register.models import Application


def _finish_default_tree(application, actor, answers):
    run = service.start_run(application, service.AI_ACT, actor=actor)
    for index in answers:
        position = service.tree_position(run)
        service.answer_tree(run, position.question["questionId"], index, actor=actor)
    return run


def test_it_sets_the_ai_act_profile_from_the_default_tree(application, make_user):
    actor = Actor(user=make_user("beheerder"), via="web")
    # deployer; general-purpose assistant; not prohibited; not high risk; transparency duty
    run = _finish_default_tree(application, actor, [0, 0, 1, 1, 0])
    assert run.result["conclusion_id"] == "R-TRANSPARANT-GEBRUIKER"
    application = Application.objects.get(pk=application.pk)
    assert application.ai_act_risk == "transparency"
    assert application.ai_act_gpai is True
    assert application.ai_act_role_values == ["deployer"]
    assert AuditEvent.objects.filter(
        event="application_updated", application_id=application.pk
    ).exists()
    assert service.ai_act_profile_for(application)["risk"] == "transparency"


def test_it_refuses_an_answer_that_does_not_fit_and_keeps_the_run(application, make_user):
    actor = Actor(user=make_user("beheerder"), via="web")
    run = service.start_run(application, service.AI_ACT, actor=actor)
    try:
        service.answer_tree(run, "G3", 0, actor=actor)
    except service.InstrumentError as exc:
        assert "vraag G1" in str(exc)
    else:
        raise AssertionError("expected a refusal")
    run.refresh_from_db()
    assert run.steps == []


def test_it_saves_half_way_and_fills_the_risk_analysis(application, make_user, answer_all):
    actor = Actor(user=make_user("beheerder"), via="web")
    run = service.start_run(application, service.INTAKE, actor=actor)
    service.save_answers(
        run, {"1.1": "Sneller Woo-verzoeken afhandelen", "1.2": "true"}, actor=actor, section="1"
    )
    run = service.get_run(application, service.INTAKE)
    assert run.answers["1.1"]["value"] == "Sneller Woo-verzoeken afhandelen"
    service.save_answers(
        run, {"5.1": "Terug naar handwerk binnen een dag", "6.1": ["privacy", "legal"]}, actor=actor
    )
    answer_all(run, actor)
    service.complete_questionnaire(run, actor=actor)
    application = Application.objects.get(pk=application.pk)
    assert application.risk_necessity_proportionality == "Sneller Woo-verzoeken afhandelen"
    assert application.risk_exit_strategy == "Terug naar handwerk binnen een dag"
    assert application.expert_values == ["legal", "privacy"]


def test_it_refuses_a_bad_answer_without_storing_anything(application, make_user):
    actor = Actor(user=make_user("beheerder"), via="web")
    run = service.start_run(application, service.INTAKE, actor=actor)
    try:
        service.save_answers(run, {"1.1": "goed", "6.1": ["astrologie"]}, actor=actor)
    except service.InstrumentError as exc:
        assert "task 6.1" in str(exc)
    run.refresh_from_db()
    assert run.answers == {}


def test_it_marks_the_dpia_from_the_official_prescan(
    application, make_user, reference_dir, answer_all
):
    actor = Actor(user=make_user("beheerder"), via="web")
    service.load_instrument(reference_dir / "dpia-prescan" / "prescan.yaml", actor=actor)
    run = service.start_run(application, service.PRESCAN, actor=actor)
    answer_all(run, actor, {"0.1": "true", "6.1.1": "false"})
    service.complete_questionnaire(run, actor=actor)
    application = Application.objects.get(pk=application.pk)
    assert application.assessment_dpia == "not_started"
    assert application.assessment_iama == "not_applicable"


def test_it_reopens_a_completed_questionnaire_when_an_answer_changes(
    application, make_user, answer_all
):
    actor = Actor(user=make_user("beheerder"), via="web")
    run = service.start_run(application, service.INTAKE, actor=actor)
    answer_all(run, actor, {"1.1": "Eerste versie"})
    service.complete_questionnaire(run, actor=actor)
    service.save_answers(run, {"1.1": "Eerste versie"}, actor=actor)
    assert run.status == "completed"  # nothing changed
    service.save_answers(run, {"1.1": "Tweede versie"}, actor=actor)
    assert run.status == "in_progress" and run.completed_at is None
