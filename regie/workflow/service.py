"""The procedure's public face: move an application through its statuses, advise, decide,
confirm the checklist, reuse another organisation's dossier, and read what waits for whom.

Other apps import from here. Errors are `ProcedureError` subclasses with a Dutch message:
`NotAllowed` (role, organisation, four eyes → 403) and `PreconditionFailed` (→ 400).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from regie.audit.service import Actor
from regie.register.models import Application, User
from regie.register.service import evidenced_dossier, with_dossier_relations
from regie.workflow import transitions as t
from regie.workflow.constants import AdviceRole, Trigger
from regie.workflow.gate import (
    Gate,
    UseGate,
    current_advice,
    evaluate,
    gate,
    open_findings,
    use_gate,
)
from regie.workflow.models import Advice, Condition, Decision, DecisionRecord, Origin
from regie.workflow.procedure import (
    FourEyesError,
    NotAllowed,
    PreconditionFailed,
    ProcedureError,
    add_evidence,
    decide,
    give_advice,
    may_take,
    meet_condition,
    review_due,
    transition,
    unmet_preconditions,
    withdraw_advice,
)
from regie.workflow.records import decided_endpoint_sets, decided_endpoints
from regie.workflow.reuse import published_dossiers, reuse_dossier
from regie.workflow.steps import ChecklistRow, Step, checklist_for, steps_for
from regie.workflow.tasks import Inbox, inbox_for, open_task, owns

__all__ = [
    "Advice",
    "Decision",
    "DecisionRecord",
    "FourEyesError",
    "Inbox",
    "NotAllowed",
    "PreconditionFailed",
    "ProcedureError",
    "ProcedureView",
    "add_evidence",
    "decide",
    "decided_endpoints",
    "decided_endpoint_sets",
    "exception_decision",
    "gate",
    "give_advice",
    "inbox_for",
    "meet_condition",
    "open_checklist_items",
    "open_findings",
    "open_task",
    "overview",
    "owns",
    "published_dossiers",
    "reuse_dossier",
    "review_due",
    "transition",
    "Trigger",
    "UseGate",
    "allowed_transitions",
    "unmet_preconditions",
    "use_gate",
    "withdraw_advice",
]


def exception_decision(application: Application) -> Decision | None:
    """The approval the directie gave past a shut gate, while it is the latest decision —
    pages show it prominently wherever the application appears."""
    latest = application.decisions.order_by("-decided_at", "-pk").first()
    return latest if latest is not None and latest.is_exception else None


@dataclass
class ProcedureView:
    """Everything the procedure page of one application shows, for one user."""

    application: Application
    dossier: dict[str, Any]
    facts: dict[str, Any]
    steps: list[Step]
    checklist: list[ChecklistRow]
    gate: Gate
    use_gate: UseGate
    advice: dict[str, Advice]
    all_advice: list[Advice]
    conditions: list[Condition]
    decisions: list[Decision]
    transitions: list[Any]
    actions: list[t.Rule]
    exception: Decision | None
    origin: Origin | None
    own: bool

    @property
    def steps_done(self) -> int:
        return sum(1 for s in self.steps if s.done)

    @property
    def declared_advice(self) -> dict[str, Any]:
        """Per adviser role, a typed "given" without an advice record (shown, never counted)."""
        return {role: fact for role in AdviceRole.values
                if (fact := self.facts.get(f"advice.{role}")) and fact.state == "declared"}

    @property
    def checklist_done(self) -> int:
        return sum(1 for row in self.checklist if row.met)


def open_checklist_items(application: Application) -> list[ChecklistRow]:
    """The checklist items neither the dossier as it counts nor confirmed evidence meets."""
    dossier, facts = evidenced_dossier(application)
    rows = checklist_for(dossier, application.evidence.exclude(item=""), facts)
    return [row for row in rows if not row.met]


def allowed_transitions(application: Application, actor: Actor) -> list[t.Rule]:
    """The transitions from the current status this actor's roles allow (preconditions may
    still be unmet: `unmet_preconditions` says which)."""
    return [r for r in t.rules_from(application.status) if may_take(r, actor, application)]


def overview(application: Application, *, user: User) -> ProcedureView:
    application = with_dossier_relations(Application.objects.all()).get(pk=application.pk)
    dossier, facts = evidenced_dossier(application)
    evaluation = evaluate(application)
    actor = Actor(user=user, via="web")
    decisions = list(application.decisions.select_related("record").order_by("-decided_at"))
    return ProcedureView(
        application=application,
        dossier=dossier,
        facts=facts,
        steps=steps_for(dossier),
        checklist=checklist_for(dossier, application.evidence.exclude(item=""), facts),
        gate=gate(application, evaluation=evaluation),
        use_gate=use_gate(application, evaluation=evaluation),
        advice=current_advice(application),
        all_advice=list(application.advices.order_by("-given_at")),
        conditions=list(
            application.conditions.select_related("advice")
            .prefetch_related("evidence")
            .filter(advice__superseded_at=None)
        ),
        decisions=decisions,
        transitions=list(application.transitions.order_by("-created_at", "-pk")),
        actions=[
            r for r in allowed_transitions(application, actor)
            if r.to_status not in t.DECISION_STATUSES
        ],
        exception=decisions[0] if decisions and decisions[0].is_exception else None,
        origin=Origin.objects.filter(application=application).first(),
        own=owns(application, user),
    )
