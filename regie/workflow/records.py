"""The decision record: everything the directie decided on, frozen at that moment.

The snapshot holds plain JSON (the declared dossier as `dossier_for` gave it, each
evidenced fact with its declaration and evidence, the evaluation with its
policy version, the advice and conditions, steps, checklist, history), so later edits of the
dossier, the policy or the advice never change what the record says. Its SHA-256 digest is
also in the audit trail, and it holds the audit trail's chain head of that moment
(`audit_anchor`), which `regie audit verify` checks. The model endpoints in its dossier, and
since issue 17 every endpoint of each model (`endpoints`, with the extra endpoints the dossier
format does not hold), are what the decision covered: the gateway forwards to no other
(`decided_endpoint_sets`).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from regie.audit.service import Anchor, chain_head
from regie.register.models import Application
from regie.register.service import (
    decision_endpoints,
    dossier_for,
    evidenced_dossier,
    with_dossier_relations,
)
from regie.workflow.constants import DecisionOutcome
from regie.workflow.models import Decision, DecisionRecord
from regie.workflow.steps import checklist_for, steps_for

RECORD_VERSION = 2  # 2: the evidenced facts beside the declared dossier


def _evaluation_dict(evaluation: Any) -> dict[str, Any] | None:
    if evaluation is None:
        return None
    return {**evaluation.as_dict(), "policy_version": str(evaluation.policy_version)}


def advice_summary(application: Application) -> list[dict[str, Any]]:
    return [
        {
            "role": a.role,
            "role_label": a.get_role_display(),
            "outcome": a.outcome,
            "outcome_label": a.get_outcome_display(),
            "text": a.text,
            "adviser": a.adviser_name,
            "given_at": a.given_at.isoformat(),
            "current": a.superseded_at is None,
            "conditions": [{"text": c.text, "status": c.status} for c in a.conditions.all()],
        }
        for a in application.advices.prefetch_related("conditions").order_by("given_at", "pk")
    ]


def canonical(snapshot: dict[str, Any]) -> str:
    return json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def freeze(decision: Decision, *, evaluation: Any, gate: Any) -> DecisionRecord:
    """Write the immutable record of `decision` (call inside the decision's transaction)."""
    application = with_dossier_relations(Application.objects.all()).get(pk=decision.application_id)
    declared = dossier_for(application)
    dossier, facts = evidenced_dossier(application)
    origin = getattr(application, "origin", None)
    snapshot = json.loads(
        canonical(
            {
                "record_version": RECORD_VERSION,
                "organization": application.organization.name,
                "application": {"slug": application.slug, "name": application.name},
                "decision": {
                    "outcome": decision.outcome,
                    "outcome_label": decision.get_outcome_display(),
                    "rationale": decision.rationale,
                    "exception_reason": decision.exception_reason,
                    "decided_by": decision.decided_by_name,
                    "decided_at": decision.decided_at.isoformat(),
                    "valid_until": decision.valid_until.isoformat()
                    if decision.valid_until
                    else None,
                },
                "dossier": declared,
                "endpoints": decision_endpoints(application),
                "facts": {path: fact.as_dict() for path, fact in facts.items()},
                "evaluation": _evaluation_dict(evaluation),
                "gate": {"passed": gate.passed, "reasons": gate.reasons, "findings": gate.findings},
                "advice": advice_summary(application),
                "steps": [s.as_dict() for s in steps_for(dossier)],
                "checklist": [
                    r.as_dict()
                    for r in checklist_for(
                        dossier, application.evidence.exclude(item=""), facts
                    )
                ],
                "transitions": [
                    {
                        "from": m.from_status,
                        "to": m.to_status,
                        "from_label": m.get_from_status_display(),
                        "to_label": m.get_to_status_display(),
                        "by": m.actor_name,
                        "reason": m.reason,
                        "trigger": m.trigger,
                        "at": m.created_at.isoformat(),
                    }
                    for m in application.transitions.order_by("created_at", "pk")
                ],
                "audit_anchor": chain_head().as_dict(),
                "origin": (
                    {"organization": origin.source_organization, "slug": origin.source_slug}
                    if origin
                    else None
                ),
            }
        )
    )
    digest = hashlib.sha256(canonical(snapshot).encode()).hexdigest()
    return DecisionRecord.objects.create(
        organization_id=application.organization_id,
        decision=decision,
        snapshot=snapshot,
        digest=digest,
    )


def verify(record: DecisionRecord) -> bool:
    """True when the stored snapshot still matches its digest."""
    return hashlib.sha256(canonical(record.snapshot).encode()).hexdigest() == record.digest


def decided_endpoints(application_id: int) -> dict[str, tuple[str, str]] | None:
    """What the application's latest decision covered: model name → (endpoint base URL,
    model name at the endpoint), read from its decision record. None when the latest
    decision is not an approval, or there is none in Regie."""
    snapshot = _latest_approval(application_id)
    return None if snapshot is None else _dossier_endpoints(snapshot)


def _dossier_endpoints(snapshot: dict) -> dict[str, tuple[str, str]]:
    dossier = snapshot.get("dossier") or {}
    covered = {}
    for model in [dossier.get("model"), *(dossier.get("other_models") or [])]:
        if model and model.get("name"):
            endpoint = model.get("endpoint") or {}
            covered[model["name"]] = (
                (endpoint.get("base_url") or "").rstrip("/"),
                endpoint.get("model") or model["name"],
            )
    return covered


def decided_endpoint_sets(application_id: int) -> dict[str, frozenset[tuple[str, str]]] | None:
    """Every endpoint the application's latest decision covered, per model name: the one in
    its dossier and the model's other endpoints recorded beside it (issue 17). None as in
    `decided_endpoints`."""
    snapshot = _latest_approval(application_id)
    if snapshot is None:
        return None
    covered = {name: {endpoint} for name, endpoint in _dossier_endpoints(snapshot).items()}
    for name, endpoints in (snapshot.get("endpoints") or {}).items():
        covered.setdefault(name, set()).update(
            (str(base_url).rstrip("/"), str(model)) for base_url, model in endpoints)
    return {name: frozenset(endpoints) for name, endpoints in covered.items()}


def _latest_approval(application_id: int) -> dict | None:
    """The record snapshot of the application's latest decision when it is an approval."""
    latest = (
        Decision.objects.filter(application_id=application_id)
        .order_by("-decided_at", "-pk")
        .values_list("outcome", "record__snapshot")
        .first()
    )
    if latest is None or latest[0] != DecisionOutcome.APPROVED or not latest[1]:
        return None
    return latest[1]


def decision_record_anchors() -> list[Anchor]:
    """The chain heads frozen in decision records, for `regie audit verify`."""
    return [
        Anchor(length=a["length"], hash=a["hash"], source=f"besluitvastlegging {pk}")
        for pk, a in DecisionRecord.objects.filter(snapshot__has_key="audit_anchor")
        .order_by("pk")
        .values_list("pk", "snapshot__audit_anchor")
        if a
    ]
