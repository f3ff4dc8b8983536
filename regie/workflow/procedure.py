"""The procedure's rules in action: transitions, advice, decisions, conditions, evidence.

Every function takes the acting `Actor`, checks the transition table (`transitions.py`), the
four-eyes principle and the preconditions, writes inside one transaction, and leaves an audit
event. The status itself is written through `regie.register.service.save_application`, so the
dossier's own history shows it too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from regie.audit.service import Actor, record_event
from regie.core.errors import InputError
from regie.core.uploads import check_upload
from regie.register.access import can_edit_application, is_installation_admin
from regie.register.constants import Advice as AdviceState
from regie.register.constants import Status
from regie.register.models import Application, User
from regie.register.roles import Role
from regie.register.service import dossier_for, save_application, with_dossier_relations
from regie.workflow import transitions as t
from regie.workflow.constants import (
    AdviceOutcome,
    AdviceRole,
    ConditionStatus,
    DecisionOutcome,
    EvidenceKind,
    TaskKind,
    Trigger,
)
from regie.workflow.gate import current_advice, evaluate, gate
from regie.workflow.models import Advice, Condition, Decision, Evidence, Transition
from regie.workflow.records import freeze
from regie.workflow.steps import CHECKLIST_KEYS, RISK_QUESTIONS, checklist_for, steps_for
from regie.workflow.tasks import close_tasks, open_task, owns

APPROVAL_PERIOD = dt.timedelta(days=365)
ADVICE_TASK = {AdviceRole.FG: TaskKind.ADVICE_FG, AdviceRole.CISO: TaskKind.ADVICE_CISO}
ADVICE_FIELD = {AdviceRole.FG: "advice_fg", AdviceRole.CISO: "advice_ciso"}


class ProcedureError(InputError):
    """A step of the procedure that is refused; the message says why, in Dutch."""


class NotAllowed(ProcedureError):
    """The actor may not do this (role, organisation, transition table): HTTP 403."""


class FourEyesError(NotAllowed):
    """Nobody advises on or decides about an application they own."""


class PreconditionFailed(ProcedureError):
    """The step exists and the actor may take it, but the dossier is not ready: HTTP 400."""


def _status_label(value: str) -> str:
    return str(dict(Status.choices).get(value, value))


def _user(actor: Actor) -> User | None:
    return actor.user if getattr(actor.user, "pk", None) else None


def may_take(rule: t.Rule, actor: Actor, application: Application) -> bool:
    """The transition table's role column, with the projectleider limited to own dossiers."""
    user = _user(actor)
    if user is None:
        return rule.automatic
    if user.organization_id != application.organization_id and not is_installation_admin(user):
        return False
    for role in rule.roles - {t.SYSTEM}:
        if role == Role.BEHEERDER and is_installation_admin(user):
            return True
        if not user.has_role(role):
            continue
        if role == Role.PROJECTLEIDER and not can_edit_application(user, application):
            continue
        return True
    return False


def _ready_for_advice(dossier: dict[str, Any]) -> bool:
    answers = dossier.get("risk_analysis") or {}
    return steps_for(dossier)[0].done and all(answers.get(q) for q in RISK_QUESTIONS)


def _ready_for_use(application: Application, dossier: dict[str, Any]) -> bool:
    rows = checklist_for(dossier, application.evidence.exclude(item=""))
    open_conditions = Condition.objects.filter(
        application=application, advice__superseded_at=None, status=ConditionStatus.OPEN
    )
    return all(row.met for row in rows) and not open_conditions.exists()


def _untrained_operators(application: Application) -> list:
    from regie.lifecycle.service import untrained_operators  # lifecycle calls into workflow

    return untrained_operators(application)


def unmet_preconditions(
    rule: t.Rule, application: Application, *, reason: str = "", exception_reason: str = ""
) -> list[str]:
    """The labels of the rule's preconditions that do not hold now."""
    dossier = dossier_for(with_dossier_relations(Application.objects.all()).get(pk=application.pk))
    checks = {
        t.READY_FOR_ADVICE: lambda: _ready_for_advice(dossier),
        t.REASON_GIVEN: lambda: bool(reason.strip()),
        t.GATE: lambda: gate(application).passed or bool(exception_reason.strip()),
        t.READY_FOR_USE: lambda: _ready_for_use(application, dossier),
        t.OPERATORS_TRAINED: lambda: not _untrained_operators(application),
    }
    return [str(t.PRECONDITION_LABELS[p]) for p in rule.preconditions if not checks[p]()]


def _locked(application: Application) -> Application:
    return Application.objects.select_for_update().get(pk=application.pk)


def _check_rule(application: Application, to_status: str, actor: Actor) -> t.Rule:
    rule = t.rule_for(application.status, to_status)
    if rule is None:
        raise NotAllowed(
            _("veld 'status': van '%(a)s' naar '%(b)s' is geen toegestane overgang")
            % {"a": _status_label(application.status), "b": _status_label(to_status)}
        )
    if not may_take(rule, actor, application):
        roles = ", ".join(sorted(str(r) for r in rule.roles if r != t.SYSTEM))
        raise NotAllowed(
            _(
                "veld 'status': u mag '%(label)s' niet doen bij deze toepassing "
                "(toegestaan voor: %(roles)s)"
            )
            % {"label": rule.label, "roles": roles}
        )
    return rule


def _owner_of(application: Application) -> User | None:
    if application.owner_id:
        return application.owner
    return application.created_by if application.created_by_id else None


def _move(
    application: Application, to_status: str, *, actor: Actor, reason: str, trigger: str
) -> Transition:
    """Write the new status and everything that comes with it (advice requests, tasks)."""
    from_status = application.status
    values: dict[str, Any] = {"status": to_status}
    if to_status == Status.IN_REVIEW:
        _supersede_advice(application)
        values |= {"advice_fg": AdviceState.REQUESTED, "advice_ciso": AdviceState.REQUESTED}
    elif from_status == Status.IN_REVIEW and to_status == Status.DRAFT:
        given = current_advice(application)  # a withdrawn request is no longer outstanding
        values |= {
            field: AdviceState.GIVEN if role in given else AdviceState.NONE
            for role, field in ADVICE_FIELD.items()
        }
    save_application(application, values, actor=actor)
    user = _user(actor)
    move = Transition.objects.create(
        application=application,
        from_status=from_status,
        to_status=to_status,
        trigger=trigger,
        actor=user,
        actor_name=str(user) if user else actor.label,
        reason=reason.strip(),
    )
    record_event(
        "application_transition",
        actor=actor,
        obj=application,
        data={"from": from_status, "to": to_status, "trigger": trigger, "reason": reason.strip()},
    )
    if from_status == Status.IN_REVIEW:
        close_tasks(application, TaskKind.ADVICE_FG, TaskKind.ADVICE_CISO, TaskKind.DECISION)
    if from_status == Status.REJECTED:
        close_tasks(application, TaskKind.RESUBMIT)
    if to_status == Status.IN_REVIEW:
        for kind in ADVICE_TASK.values():
            open_task(application, kind)
    if to_status == Status.REJECTED and _owner_of(application):
        open_task(application, TaskKind.RESUBMIT, assignee=_owner_of(application))
    return move


def _supersede_advice(application: Application) -> int:
    now = timezone.now()
    stale = Condition.objects.filter(
        application=application, advice__superseded_at=None, status=ConditionStatus.OPEN
    )
    for condition in stale:
        close_tasks(application, TaskKind.CONDITION, condition=condition)
    return application.advices.filter(superseded_at=None).update(superseded_at=now)


def transition(
    application: Application,
    to_status: str,
    *,
    actor: Actor,
    reason: str = "",
    trigger: str = Trigger.MANUAL,
) -> Transition:
    """Move the application to `to_status` if the table allows it for this actor and the
    preconditions hold. Approval and rejection go through `decide` (reason = rationale)."""
    if to_status in t.DECISION_STATUSES:
        decision = decide(application, actor=actor, outcome=to_status, rationale=reason)
        return decision.application.transitions.order_by("-pk").first()
    with transaction.atomic():
        locked = _locked(application)
        rule = _check_rule(locked, to_status, actor)
        missing = unmet_preconditions(rule, locked, reason=reason)
        if missing:
            raise PreconditionFailed(
                _("veld 'status': '%(label)s' kan nog niet. Eerst moet dit kloppen: %(why)s")
                % {"label": rule.label, "why": "; ".join(missing)}
            )
        move = _move(locked, to_status, actor=actor, reason=reason, trigger=trigger)
    application.refresh_from_db()
    return move


def give_advice(
    application: Application,
    *,
    actor: Actor,
    role: str,
    outcome: str,
    text: str,
    conditions: list[str] | tuple[str, ...] = (),
) -> Advice:
    """Record the FG's or CISO's written advice; conditions become follow-up items."""
    user = _user(actor)
    conditions = [c.strip() for c in conditions if c and c.strip()]
    if role not in AdviceRole.values:
        raise ProcedureError(_("veld 'role': onbekende adviseur %(r)r") % {"r": role})
    if outcome not in AdviceOutcome.values:
        raise ProcedureError(
            _("veld 'outcome': kies positief, positief onder voorwaarden of negatief")
        )
    with transaction.atomic():
        locked = _locked(application)
        if (
            user is None
            or user.organization_id != locked.organization_id
            or not user.has_role(role)
        ):
            raise NotAllowed(
                _("alleen de %(role)s van de organisatie geeft dit advies")
                % {"role": AdviceRole(role).label}
            )
        if owns(locked, user):
            raise FourEyesError(
                _(
                    "vier ogen: u bent eigenaar of opsteller van deze toepassing "
                    "en mag er niet over adviseren"
                )
            )
        if locked.status != Status.IN_REVIEW:
            raise PreconditionFailed(
                _("advies kan alleen worden gegeven terwijl de toepassing in beoordeling is")
            )
        if not text.strip():
            raise PreconditionFailed(_("veld 'text': een schriftelijke onderbouwing is verplicht"))
        if (outcome == AdviceOutcome.CONDITIONAL) != bool(conditions):
            raise PreconditionFailed(
                _(
                    "veld 'conditions': voorwaarden horen bij (en alleen bij) "
                    "een positief advies onder voorwaarden"
                )
            )
        previous = current_advice(locked).get(role)
        if previous is not None:
            previous.superseded_at = timezone.now()
            previous.save(update_fields=["superseded_at"])
            for condition in previous.conditions.filter(status=ConditionStatus.OPEN):
                close_tasks(locked, TaskKind.CONDITION, condition=condition)
        advice = Advice.objects.create(
            application=locked,
            role=role,
            outcome=outcome,
            text=text.strip(),
            adviser=user,
            adviser_name=str(user),
        )
        owner = _owner_of(locked)
        for text_ in conditions:
            condition = Condition.objects.create(application=locked, advice=advice, text=text_)
            if owner is not None:
                open_task(locked, TaskKind.CONDITION, assignee=owner, condition=condition)
        save_application(locked, {ADVICE_FIELD[role]: AdviceState.GIVEN}, actor=actor)
        record_event(
            "advice_given",
            actor=actor,
            obj=locked,
            data={
                "advice": advice.pk,
                "role": role,
                "outcome": outcome,
                "text": advice.text,
                "conditions": conditions,
            },
        )
        close_tasks(locked, ADVICE_TASK[role])
        if len(current_advice(locked)) == len(AdviceRole.values):
            open_task(locked, TaskKind.DECISION)
    application.refresh_from_db()
    return advice


def decide(
    application: Application,
    *,
    actor: Actor,
    outcome: str,
    rationale: str,
    exception_reason: str = "",
) -> Decision:
    """The directie approves or rejects, with a rationale. Approval past a shut gate needs
    `exception_reason`; the decision is frozen in a `DecisionRecord`."""
    user = _user(actor)
    if outcome not in DecisionOutcome.values:
        raise ProcedureError(_("veld 'outcome': kies goedkeuren of afwijzen"))
    with transaction.atomic():
        locked = _locked(application)
        rule = _check_rule(locked, outcome, actor)
        if owns(locked, user):
            raise FourEyesError(
                _(
                    "vier ogen: u bent eigenaar of opsteller van deze toepassing "
                    "en mag er niet over besluiten"
                )
            )
        if not rationale.strip():
            raise PreconditionFailed(_("veld 'rationale': een motivering is verplicht"))
        evaluation = evaluate(locked, actor=actor, store=True)
        result = gate(locked, evaluation=evaluation)
        exception_reason = exception_reason.strip() if outcome == DecisionOutcome.APPROVED else ""
        if result.passed:
            exception_reason = ""
        elif outcome == DecisionOutcome.APPROVED and not exception_reason:
            raise PreconditionFailed(
                _(
                    "veld 'exception_reason': goedkeuren kan nog niet, omdat: %(why)s. Wacht "
                    "tot dit is opgelost, of leg uit waarom de directie toch een uitzondering "
                    "maakt"
                )
                % {"why": "; ".join(result.reasons)}
            )
        decision = Decision.objects.create(
            application=locked,
            outcome=outcome,
            rationale=rationale.strip(),
            exception_reason=exception_reason,
            decided_by=user,
            decided_by_name=str(user) if user else actor.label,
            valid_until=(
                timezone.localdate() + APPROVAL_PERIOD
                if outcome == DecisionOutcome.APPROVED
                else None
            ),
        )
        _move(locked, rule.to_status, actor=actor, reason=rationale, trigger=Trigger.DECISION)
        record = freeze(decision, evaluation=evaluation, gate=result)
        record_event(
            "decision_taken",
            actor=actor,
            obj=locked,
            data={
                "decision": decision.pk,
                "outcome": outcome,
                "rationale": decision.rationale,
                "exception": exception_reason,
                "gate": result.reasons,
                "record_digest": record.digest,
            },
        )
    application.refresh_from_db()
    return decision


def add_evidence(
    application: Application,
    *,
    actor: Actor,
    kind: str,
    item: str = "",
    condition: Condition | None = None,
    file: UploadedFile | None = None,
    url: str = "",
    note: str = "",
) -> Evidence:
    """Confirm a checklist item (or meet a condition) with a file, a link or a note."""
    user = _user(actor)
    if condition is None and item not in CHECKLIST_KEYS:
        raise ProcedureError(_("veld 'item': onbekend checklistpunt %(i)r") % {"i": item})
    if kind not in EvidenceKind.values:
        raise ProcedureError(_("veld 'kind': kies bestand, link of toelichting"))
    if user is None or user.organization_id != application.organization_id:
        raise NotAllowed(_("alleen medewerkers van de organisatie leggen bewijs vast"))
    values: dict[str, Any] = {"kind": kind, "note": note.strip()}
    if kind == EvidenceKind.FILE:
        if file is None:
            raise ProcedureError(_("veld 'file': kies een bestand"))
        try:
            values |= {"file": file, "file_name": check_upload(file)}
        except InputError as exc:
            raise ProcedureError(str(exc)) from exc
    elif kind == EvidenceKind.LINK:
        if not url.strip().lower().startswith(("https://", "http://")):
            raise ProcedureError(_("veld 'url': geef een link die begint met https://"))
        values["url"] = url.strip()[:500]
    elif not values["note"]:
        raise ProcedureError(_("veld 'note': schrijf een toelichting"))
    with transaction.atomic():
        evidence = Evidence.objects.create(
            application=application,
            item=item,
            condition=condition,
            confirmed_by=user,
            confirmed_by_name=str(user),
            **values,
        )
        record_event(
            "evidence_added",
            actor=actor,
            obj=application,
            data={
                "evidence": evidence.pk,
                "item": item,
                "condition": condition.pk if condition else None,
                "kind": kind,
                "file": evidence.file_name,
                "url": evidence.url,
                "note": evidence.note,
            },
        )
    return evidence


def meet_condition(
    condition: Condition,
    *,
    actor: Actor,
    kind: str,
    file: UploadedFile | None = None,
    url: str = "",
    note: str = "",
) -> Condition:
    """Close a condition of an advice, with its evidence."""
    application = condition.application
    user = _user(actor)
    if user is None or not (can_edit_application(user, application) or owns(application, user)):
        raise NotAllowed(
            _("alleen de eigenaar van de toepassing of een beheerder vult voorwaarden in")
        )
    if condition.status != ConditionStatus.OPEN:
        raise PreconditionFailed(_("deze voorwaarde is al voldaan"))
    with transaction.atomic():
        add_evidence(
            application, actor=actor, kind=kind, condition=condition, file=file, url=url, note=note
        )
        condition.status, condition.met_by, condition.met_at = (
            ConditionStatus.MET,
            user,
            timezone.now(),
        )
        condition.save(update_fields=["status", "met_by", "met_at"])
        close_tasks(application, TaskKind.CONDITION, condition=condition)
        record_event(
            "condition_met",
            actor=actor,
            obj=application,
            data={"condition": condition.pk, "text": condition.text},
        )
    return condition


def on_dossier_change(
    application_id: int, changes: list[dict[str, Any]], *, changed_by: str, via: str
) -> None:
    """After a material change: approved / in use → back to review; in review → advice given
    so far lapses and is requested again (the advice was about other facts)."""
    fields = t.material_changes(changes)
    if not fields:
        return
    application = Application.objects.filter(pk=application_id).first()
    if application is None:
        return
    regie = Actor(via=via, name=f"regie (wijziging door {changed_by})")
    reason = _("Wezenlijke wijziging van het dossier: %(f)s") % {"f": ", ".join(fields)}
    if application.status in (Status.APPROVED, Status.IN_USE):
        transition(
            application,
            Status.IN_REVIEW,
            actor=regie,
            reason=reason,
            trigger=Trigger.MATERIAL_CHANGE,
        )
    elif (
        application.status == Status.IN_REVIEW
        and application.advices.filter(superseded_at=None).exists()
    ):
        with transaction.atomic():
            _supersede_advice(application)
            save_application(
                application,
                {"advice_fg": AdviceState.REQUESTED, "advice_ciso": AdviceState.REQUESTED},
                actor=regie,
            )
            close_tasks(application, TaskKind.DECISION)
            for kind in ADVICE_TASK.values():
                open_task(application, kind)
            record_event("advice_superseded", actor=regie, obj=application, data={"fields": fields})


def review_due(*, today: dt.date | None = None, actor: Actor) -> list[Application]:
    """Send every application in use whose periodic evaluation is overdue (the lifecycle's
    `next_due`) back to review. Applications never decided in Regie (e.g. imported from the
    public register) are left to the lifecycle's reminders."""
    from regie.lifecycle.service import next_due

    today = today or timezone.localdate()
    moved = []
    decided = Application.objects.filter(
        status=Status.IN_USE, decisions__outcome=DecisionOutcome.APPROVED
    )
    for application in decided.distinct().order_by("pk"):
        due = next_due(application)
        if due < today:
            transition(
                application,
                Status.IN_REVIEW,
                actor=actor,
                trigger=Trigger.EVALUATION_DUE,
                reason=_("De periodieke evaluatie was uiterlijk %(d)s nodig.")
                % {"d": due.isoformat()},
            )
            moved.append(application)
    return moved
