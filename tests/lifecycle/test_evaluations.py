"""Applications in use are evaluated on a schedule (yearly, more often for high risk); the
outcome can send an application back to review or retire it with its exit strategy."""

import datetime as dt
import json

import pytest

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.lifecycle.evaluations import in_use
from regie.lifecycle.models import PolicyEvaluation
from regie.lifecycle.service import (
    next_due,
    record_evaluation,
    record_policy_evaluation,
    report_incident,
)
from tests import evidence

ANSWERS = {"performed_on": dt.date(2026, 11, 1), "still_needed": True, "purpose_met": True}


@pytest.fixture
def actor(make_user):
    return Actor(user=make_user("projectleider", "directie"), via="web")


def test_it_plans_yearly_and_half_yearly_for_high_risk(make_application):
    assert next_due(make_application()) == dt.date(2027, 1, 15)
    assert next_due(make_application(ai_act_risk="high")) == dt.date(2026, 7, 15)


def test_it_plans_a_light_risk_class_yearly_only_with_the_decision_tree_behind_it(
        make_application, make_user):
    application = make_application(ai_act_risk="minimal")  # typed only: counts as unknown
    assert next_due(application) == dt.date(2026, 7, 15)
    assert [a.pk for a in in_use() if next_due(a) == dt.date(2026, 7, 15)] == [application.pk]
    evidence.classify_ai_act(application, make_user("projectleider", username="eigenaar"))
    assert next_due(application) == dt.date(2027, 1, 15)
    assert [next_due(a) for a in in_use()] == [dt.date(2027, 1, 15)]


def test_it_sets_the_next_date_after_a_continuing_evaluation(make_application, actor,
                                                            organization):
    application = make_application()
    report_incident(organization=organization, kind="wrong_output", description="Fout.",
                    application=application)
    evaluation = record_evaluation(application, actor=actor, outcome="continue", **ANSWERS)
    assert evaluation.incident_count == 1
    assert next_due(application) == dt.date(2027, 11, 1)
    application.refresh_from_db()
    assert application.status == "in_use"


def test_it_sends_the_application_back_to_review(make_application, actor):
    application = make_application()
    record_evaluation(application, actor=actor, outcome="review", changes_model=True,
                      conclusion="Nieuw model van de leverancier.", **ANSWERS)
    application.refresh_from_db()
    assert application.status == "in_review"
    events = AuditEvent.objects.filter(application_id=application.pk)
    assert events.filter(event="application_evaluated").count() == 1
    status_change = events.exclude(event="application_evaluated").last()
    assert "in_review" in json.dumps([status_change.changes, status_change.data])


def test_it_retires_only_with_an_exit_strategy(make_application, actor):
    without = make_application()
    with pytest.raises(InputError, match="exitstrategie"):
        record_evaluation(without, actor=actor, outcome="retire", exit_needed=True, **ANSWERS)
    without.refresh_from_db()
    assert without.status == "in_use" and not without.evaluations.exists()

    application = make_application(risk_exit_strategy="Terug naar handmatig samenvatten.")
    record_evaluation(application, actor=actor, outcome="retire", exit_needed=True,
                      **{**ANSWERS, "still_needed": False})
    application.refresh_from_db()
    assert application.status == "retired"


def test_it_refuses_to_continue_what_is_no_longer_needed(make_application, actor):
    application = make_application()
    with pytest.raises(InputError, match="uitkomst"):
        record_evaluation(application, actor=actor, outcome="continue",
                          **{**ANSWERS, "still_needed": False})


def test_it_only_evaluates_applications_in_use(make_application, actor):
    with pytest.raises(InputError, match="in gebruik"):
        record_evaluation(make_application(status="draft"), actor=actor, outcome="continue",
                          **ANSWERS)


def test_it_records_the_policy_evaluation_with_its_figures(organization, make_application,
                                                          make_user, training):
    from regie.lifecycle.service import record_training

    make_application(), make_application(status="draft")
    trained = make_user("medewerker")
    make_user("fg")
    record_training(user=trained, training=training, completed_on=dt.date.today(),
                    actor=Actor(user=trained, via="web"),
                    evidence_url="https://leren.voorbeeld.nl/certificaat/1")
    report_incident(organization=organization, kind="bias", description="Scheve uitkomst.")
    evaluation = record_policy_evaluation(
        organization, actor=Actor(user=make_user("dagelijks_bestuur"), via="web"),
        conclusions="Beleid blijft; training verplicht voor iedereen.")
    figures = PolicyEvaluation.objects.get(pk=evaluation.pk).figures
    assert figures["applications_per_status"]["in_use"] == 1
    assert figures["applications_per_status"]["draft"] == 1
    assert figures["incidents_per_kind"]["bias"] == 1
    assert figures["training_coverage"] == {"employees": 3, "trained": 1, "percentage": 33}
    assert AuditEvent.objects.filter(event="policy_evaluated").count() == 1


def test_it_reminds_the_board_when_the_policy_evaluation_is_due(organization, make_user):
    from regie.lifecycle.reminders import policy_evaluation_due

    board = make_user("dagelijks_bestuur")
    make_user("medewerker")
    today = dt.date(2026, 11, 1)
    record_policy_evaluation(organization, actor=Actor(user=board, via="web"),
                             conclusions="Vorig jaar.", performed_on=dt.date(2025, 11, 20))
    reminders = list(policy_evaluation_due(today))
    assert [r.recipient for r in reminders] == [board.email]
    record_policy_evaluation(organization, actor=Actor(user=board, via="web"),
                             conclusions="Dit jaar.", performed_on=today)
    assert list(policy_evaluation_due(today)) == []


def test_it_counts_applications_past_their_evaluation_date(organization):
    import datetime as dt

    from regie.lifecycle.service import overdue_evaluation_count
    from regie.register.models import Application

    old = Application.objects.create(organization=organization, slug="oud", name="Oud",
                                     status="in_use", registered_on=dt.date(2020, 1, 1))
    Application.objects.create(organization=organization, slug="nieuw", name="Nieuw",
                               status="in_use", registered_on=dt.date.today())
    Application.objects.create(organization=organization, slug="concept", name="Concept",
                               status="draft", registered_on=dt.date(2020, 1, 1))
    assert overdue_evaluation_count(organization=organization) == 1
    assert old.status == "in_use"
