"""The two gates of the procedure, in the seeds' order.

- **Approval** (the directie's decision): no open blocking finding and no open required
  finding of a rule at gate `approval` (purpose, risk analysis and required instruments,
  supplier agreements, …), current advice of both the FG and the CISO (seed 002: advice of
  CIO and FG before use; seed 004 §5), and neither advice negative. The directie may approve
  anyway only with a written, reasoned exception, which the decision record and every page
  then show.
- **Use** (going into use, seed 004 Bijlage 2 "vóór ingebruikname"): the whole ten-item
  checklist met by the dossier as it counts (publication, trained operators, … from their
  records), every condition of the advice met, and no open required finding at gate `use`.

Both read the dossier as it counts (`evidenced_dossier`): a typed claim alone never passes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from regie.register.models import Application
from regie.register.service import evidenced_dossier, with_dossier_relations
from regie.workflow.constants import AdviceOutcome, AdviceRole, ConditionStatus
from regie.workflow.models import Advice, Condition
from regie.workflow.steps import checklist_for

GATE_LEVELS = ("blocking", "required")
APPROVAL, USE = "approval", "use"
# Evidenced facts that only going into use needs (policy rules at gate `use`): an approved
# application does not go back to review while they are still missing or withdrawn.
USE_GATE_FACTS = frozenset(
    {"registers.algoritmeregister", "registers.cmdb", "training.users_trained"}
)


def _policy():
    """The policy service, or None while it is not installed (then the gate stays shut)."""
    try:
        from regie.policy import service
    except ImportError:
        return None
    return service


def evaluate(application: Application, *, actor=None, store: bool = False) -> Any:
    """The policy evaluation of the current dossier against the organisation's active policy:
    stored (with its policy version) when `store`, as for a decision; otherwise only computed."""
    policy = _policy()
    if policy is None:
        return None
    if store:
        return policy.evaluate_application(application, actor=actor)
    fresh = with_dossier_relations(Application.objects.all()).get(pk=application.pk)
    dossier, _facts = evidenced_dossier(fresh)
    return policy.evaluate_dossier(
        dossier, policy=policy.active_policy(application.organization_id)
    )


def finding_dict(finding: Any) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "level": finding.level,
        "message": str(finding.message),
        "sources": list(finding.sources),
        "field": getattr(finding, "field", None),
        "gate": getattr(finding, "gate", APPROVAL),
    }


def open_findings(application: Application, *, evaluation: Any = None,
                  stage: str | None = None) -> list[dict[str, Any]]:
    """The open blocking and required findings of the policy evaluation, of one gate
    (`stage`: approval or use) or both. Blocking findings count at both gates. Without a
    policy service, one blocking finding says so: no approval without an evaluation."""
    if evaluation is None:
        evaluation = evaluate(application)
    if evaluation is None:
        return [
            {
                "rule": "policy_unavailable",
                "level": "blocking",
                "sources": [],
                "field": None,
                "gate": APPROVAL,
                "message": _("De beleidstoets is niet beschikbaar; zonder toets geen goedkeuring."),
            }
        ]
    return [
        finding_dict(f)
        for f in evaluation.findings
        if f.level in GATE_LEVELS
        and (stage is None or f.level == "blocking" or getattr(f, "gate", APPROVAL) == stage)
    ]


def current_advice(application: Application) -> dict[str, Advice]:
    """The advice that counts now, per role (the newest, not superseded)."""
    result: dict[str, Advice] = {}
    for advice in application.advices.filter(superseded_at=None).order_by("given_at", "pk"):
        result[advice.role] = advice
    return result


@dataclass
class Gate:
    findings: list[dict[str, Any]]
    missing_advice: list[str]
    negative_advice: list[str]
    evaluation: Any = None
    reasons: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not (self.findings or self.missing_advice or self.negative_advice)


LEVEL_LABELS = {"blocking": gettext_lazy("Blokkerend"), "required": gettext_lazy("Vereist"),
                "advice": gettext_lazy("Advies")}


def gate(application: Application, *, evaluation: Any = None) -> Gate:
    if evaluation is None:
        evaluation = evaluate(application)
    advice = current_advice(application)
    missing = [r for r in AdviceRole.values if r not in advice]
    negative = [r for r, a in advice.items() if a.outcome == AdviceOutcome.NEGATIVE]
    result = Gate(
        open_findings(application, evaluation=evaluation, stage=APPROVAL),
        missing,
        negative,
        evaluation,
    )
    labels = dict(AdviceRole.choices)
    result.reasons = [
        *(
            _("%(level)s: %(message)s") % {"level": LEVEL_LABELS.get(f["level"], f["level"]),
                                           "message": f["message"]}
            for f in result.findings
        ),
        *(_("Advies ontbreekt: %(role)s") % {"role": labels[r]} for r in missing),
        *(_("Negatief advies: %(role)s") % {"role": labels[r]} for r in negative),
    ]
    return result


@dataclass
class UseGate:
    """What stands between an approved application and its use."""

    findings: list[dict[str, Any]]
    checklist_open: list[str]
    conditions_open: list[str]
    reasons: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not (self.findings or self.checklist_open or self.conditions_open)


def use_gate(application: Application, *, evaluation: Any = None) -> UseGate:
    fresh = with_dossier_relations(Application.objects.all()).get(pk=application.pk)
    dossier, facts = evidenced_dossier(fresh)
    if evaluation is None:
        evaluation = evaluate(application)
    rows = checklist_for(dossier, application.evidence.exclude(item=""), facts)
    conditions = Condition.objects.filter(
        application=application, advice__superseded_at=None, status=ConditionStatus.OPEN
    ).order_by("pk")
    result = UseGate(
        open_findings(application, evaluation=evaluation, stage=USE),
        [str(row.item.label) for row in rows if not row.met],
        [c.text for c in conditions],
    )
    result.reasons = [
        *(
            _("%(level)s: %(message)s") % {"level": f["level"], "message": f["message"]}
            for f in result.findings
        ),
        *(_("Checklist open: %(item)s") % {"item": label} for label in result.checklist_open),
        *(_("Voorwaarde open: %(text)s") % {"text": text} for text in result.conditions_open),
    ]
    return result
