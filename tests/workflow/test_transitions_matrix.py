"""Every transition by every role, allowed and refused, against the transition table.

One test per (from, to) pair; inside it every role tries. A refused attempt changes nothing,
so one prepared application serves all refusals; each allowed attempt gets a fresh one."""

import pytest

from regie.audit.service import Actor
from regie.register.constants import Status
from regie.register.models import Application
from regie.register.roles import Role
from regie.workflow import service
from regie.workflow import transitions as t
from regie.workflow.models import Transition
from tests import evidence

from .conftest import REASON, actor, advise, confirm_open_items, use_evidence

ROLES = [
    "owner",
    "projectleider",
    "fg",
    "ciso",
    "directie",
    "beheerder",
    "medewerker",
    "dagelijks_bestuur",
    "system",
]
PAIRS = [(a, b) for a in Status.values for b in Status.values if a != b]


def expected(rule, role: str) -> bool:
    if rule is None:
        return False
    if role == "system":
        return rule.automatic
    if role == "owner":
        return Role.PROJECTLEIDER in rule.roles
    if role == "projectleider":
        return False  # a projectleider who neither owns nor created the dossier
    return role in rule.roles


@pytest.fixture
def prepared(make_application, users):
    """An application in `from_status` that meets every precondition of leaving it."""

    def factory(from_status: str, to_status: str) -> Application:
        application = make_application()
        if to_status == Status.IN_USE:
            confirm_open_items(application, users["owner"])
            use_evidence(application, users)
        if to_status == Status.APPROVED:
            Application.objects.filter(pk=application.pk).update(status=Status.IN_REVIEW)
            advise(application, users)
        Application.objects.filter(pk=application.pk).update(status=from_status)
        application.refresh_from_db()
        return application

    return factory


@pytest.mark.parametrize(("from_status", "to_status"), PAIRS)
def test_it_allows_exactly_the_transitions_of_the_table(prepared, users, from_status, to_status):
    rule = t.rule_for(from_status, to_status)
    refused_on = prepared(from_status, to_status)
    for role in ROLES:
        who = Actor(via="system", name="regie") if role == "system" else actor(users[role])
        before = Transition.objects.count()
        if expected(rule, role):
            application = prepared(from_status, to_status)
            service.transition(application, to_status, actor=who, reason=REASON)
            application.refresh_from_db()
            assert application.status == to_status, role
            move = Transition.objects.latest("pk")
            assert (move.application_id, move.from_status, move.to_status, move.reason) == (
                application.pk,
                from_status,
                to_status,
                REASON,
            ), role
            assert move.actor_name == ("regie" if role == "system" else str(users[role]))
        else:
            with pytest.raises(service.NotAllowed):
                service.transition(refused_on, to_status, actor=who, reason=REASON)
            refused_on.refresh_from_db()
            assert refused_on.status == from_status, role
            assert Transition.objects.count() == before, role


def test_it_names_the_missing_precondition(make_application, users):
    application = make_application(risk_analysis={"necessity_proportionality": None})
    with pytest.raises(service.PreconditionFailed, match="risicovragen"):
        service.transition(application, Status.IN_REVIEW, actor=actor(users["owner"]))
    application.refresh_from_db()
    assert application.status == Status.DRAFT


def test_it_requires_a_reason_to_retire(make_application, users):
    application = make_application()
    Application.objects.filter(pk=application.pk).update(status=Status.IN_USE)
    with pytest.raises(service.PreconditionFailed, match="toelichting"):
        service.transition(application, Status.RETIRED, actor=actor(users["owner"]), reason=" ")


def test_it_keeps_use_shut_until_the_checklist_is_complete(make_application, users):
    application = make_application()
    Application.objects.filter(pk=application.pk).update(status=Status.APPROVED)
    use_evidence(application, users)
    with pytest.raises(service.PreconditionFailed, match="checklist"):
        service.transition(application, Status.IN_USE, actor=actor(users["owner"]))
    assert service.use_gate(application).checklist_open == [
        "Technische en organisatorische maatregelen zijn getroffen",
        "De uitkomsten van de AI zijn uit te leggen",
    ]
    confirm_open_items(application, users["owner"])
    service.transition(application, Status.IN_USE, actor=actor(users["owner"]))
    application.refresh_from_db()
    assert application.status == Status.IN_USE


def test_it_keeps_the_advice_fields_of_the_dossier_in_step(in_review, users):
    application = in_review()
    assert (application.advice_fg, application.advice_ciso) == ("requested", "requested")
    service.give_advice(
        application, actor=actor(users["fg"]), role="fg", outcome="positive", text="Akkoord."
    )
    application.refresh_from_db()
    assert (application.advice_fg, application.advice_ciso) == ("given", "requested")
    service.transition(
        application, Status.DRAFT, actor=actor(users["owner"]), reason="Nog een DPIA toevoegen."
    )
    application.refresh_from_db()
    assert (application.advice_fg, application.advice_ciso) == ("given", "none")


def test_it_keeps_use_shut_while_an_operator_is_untrained(make_application, users):
    import datetime as dt

    from regie.lifecycle.models import ApplicationOperator, Training, TrainingRecord

    application = make_application()
    confirm_open_items(application, users["owner"])
    evidence.publish(application, users["beheerder"])
    evidence.cmdb_export(application, users["beheerder"])
    Application.objects.filter(pk=application.pk).update(status=Status.APPROVED)
    operator = users["medewerker"]
    ApplicationOperator.objects.create(application=application, user=operator)
    with pytest.raises(service.PreconditionFailed, match="AI-geletterdheid"):
        service.transition(application, Status.IN_USE, actor=actor(users["owner"]))
    training = Training.objects.create(organization=application.organization,
                                       name="AI-geletterdheid basis", level="basic",
                                       validity_months=12)
    TrainingRecord.objects.create(user=operator, training=training,
                                  completed_on=dt.date.today(),
                                  expires_on=dt.date.today() + dt.timedelta(days=365))
    service.transition(application, Status.IN_USE, actor=actor(users["owner"]))
    application.refresh_from_db()
    assert application.status == Status.IN_USE
