"""The approval gate: what stands between an application in review and approval.

Approval needs a policy evaluation without open blocking or required findings, current
advice of both the FG and the CISO (seed 002: advice of CIO and FG before use; seed 004 §5),
and neither advice negative. The directie may approve anyway only with a written, reasoned
exception, which the decision record and every page then show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from regie.register.models import Application
from regie.register.service import dossier_for, with_dossier_relations
from regie.workflow.constants import AdviceOutcome, AdviceRole
from regie.workflow.models import Advice

GATE_LEVELS = ("blocking", "required")


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
    return policy.evaluate_dossier(
        dossier_for(fresh), policy=policy.active_policy(application.organization_id)
    )


def finding_dict(finding: Any) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "level": finding.level,
        "message": str(finding.message),
        "sources": list(finding.sources),
        "field": getattr(finding, "field", None),
    }


def open_findings(application: Application, *, evaluation: Any = None) -> list[dict[str, Any]]:
    """The open blocking and required findings of the policy evaluation. Without a policy
    service, one blocking finding says so: no approval without an evaluation."""
    if evaluation is None:
        evaluation = evaluate(application)
    if evaluation is None:
        return [
            {
                "rule": "policy_unavailable",
                "level": "blocking",
                "sources": [],
                "field": None,
                "message": _("De beleidstoets is niet beschikbaar; zonder toets geen goedkeuring."),
            }
        ]
    return [finding_dict(f) for f in evaluation.findings if f.level in GATE_LEVELS]


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
    result = Gate(open_findings(application, evaluation=evaluation), missing, negative, evaluation)
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
