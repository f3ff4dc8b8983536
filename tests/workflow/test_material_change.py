"""A material change of the dossier sends an approved or used application back to review;
during review it makes the advice given so far lapse."""

import datetime as dt

from regie.audit.service import SYSTEM
from regie.register.constants import Status
from regie.register.models import Application
from regie.register.service import (
    dossier_for,
    import_dossier,
    save_application,
    with_dossier_relations,
)
from regie.workflow import service
from regie.workflow.constants import Trigger
from regie.workflow.models import Transition

from .conftest import actor, advise, use_evidence


def _approve(in_review, users):
    """Approved, and with what going into use needs (publication, CMDB, trained operator)."""
    application = in_review()
    advise(application, users)
    service.decide(
        application, actor=actor(users["directie"]), outcome="approved", rationale="Akkoord."
    )
    use_evidence(application, users)
    return Application.objects.get(pk=application.pk)


def test_it_sends_an_application_in_use_back_to_review_when_its_data_changes(in_review, users):
    application = _approve(in_review, users)
    service.transition(application, Status.IN_USE, actor=actor(users["owner"]))
    save_application(
        Application.objects.get(pk=application.pk),
        {"data_personal": True},
        actor=actor(users["owner"]),
    )
    application.refresh_from_db()
    assert application.status == Status.IN_REVIEW
    move = Transition.objects.latest("pk")
    assert move.trigger == Trigger.MATERIAL_CHANGE
    assert "data.personal_data" in move.reason
    assert application.advice_fg == "requested" and application.advice_ciso == "requested"
    assert service.gate(application).missing_advice == ["fg", "ciso"]


def test_it_leaves_the_status_alone_for_a_change_that_is_not_material(in_review, users):
    application = _approve(in_review, users)
    save_application(
        application,
        {"human_oversight": "Twee medewerkers controleren."},
        actor=actor(users["owner"]),
    )
    application.refresh_from_db()
    assert application.status == Status.APPROVED


def test_it_makes_advice_lapse_when_the_model_changes_during_review(in_review, users):
    application = in_review()
    advise(application, users)
    data = dossier_for(with_dossier_relations(Application.objects.all()).get(pk=application.pk))
    data["model"]["hosting"] = "eu_cloud"
    import_dossier(data, actor=actor(users["owner"]))
    application.refresh_from_db()
    assert application.status == Status.IN_REVIEW
    assert application.advices.filter(superseded_at=None).count() == 0
    assert [t.application_id for t in service.inbox_for(users["fg"]).advice] == [application.pk]
    assert service.inbox_for(users["directie"]).decisions == []


def test_it_sends_applications_back_when_the_yearly_evaluation_is_due(in_review, users):
    application = _approve(in_review, users)
    service.transition(application, Status.IN_USE, actor=actor(users["owner"]))
    assert service.review_due(actor=SYSTEM) == []  # registered today: due in a year
    Application.objects.filter(pk=application.pk).update(
        registered_on=dt.date.today() - dt.timedelta(days=800)
    )
    moved = service.review_due(actor=SYSTEM)
    assert [a.pk for a in moved] == [application.pk]
    move = Transition.objects.latest("pk")
    assert move.trigger == Trigger.EVALUATION_DUE and "evaluatie" in move.reason


def test_it_runs_the_daily_review_due_command(in_review, users, capsys):
    from django.core.management import call_command

    application = _approve(in_review, users)
    service.transition(application, Status.IN_USE, actor=actor(users["owner"]))
    Application.objects.filter(pk=application.pk).update(registered_on=dt.date(2020, 1, 1))
    call_command("procedure", "review-due")
    assert f"{application.slug}: terug naar beoordeling" in capsys.readouterr().out
    application.refresh_from_db()
    assert application.status == Status.IN_REVIEW
    assert Transition.objects.latest("pk").actor_name.startswith("cli:")


def test_it_shows_the_owner_evaluations_coming_due(in_review, users):
    application = _approve(in_review, users)
    service.transition(application, Status.IN_USE, actor=actor(users["owner"]))
    assert service.inbox_for(users["owner"]).evaluations == []
    Application.objects.filter(pk=application.pk).update(
        registered_on=dt.date.today() - dt.timedelta(days=355)
    )
    [(due, when)] = service.inbox_for(users["owner"]).evaluations
    assert due.pk == application.pk and when <= dt.date.today() + dt.timedelta(days=30)
    assert service.inbox_for(users["fg"]).evaluations == []
