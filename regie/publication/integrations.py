"""What publication reads from the other apps, in one place.

Policy, workflow, instruments and lifecycle are built alongside this app. Each function here
asks the other app's public service when it offers the named function and otherwise answers
`None` (or a fallback from the register itself), so reports and dashboards show what exists
today and pick up the rest as soon as it lands. `docs/publication.md` lists these points.
"""

from __future__ import annotations

import datetime as dt
from importlib import import_module
from typing import Any

from django.apps import apps
from django.db.models import Count, Model, OuterRef, QuerySet, Subquery
from django.utils.translation import gettext as _

from regie.register.evidence import counted_expression
from regie.register.models import Application, Organization

__all__ = [
    "latest_evaluation",
    "instrument_results",
    "workflow_records",
    "review_dates",
    "open_findings",
    "overdue_evaluations",
    "lifecycle_figures",
    "training_figures",
    "ai_act_figures",
]


def _service(name: str, attribute: str) -> Any:
    try:
        module = import_module(f"regie.{name}.service")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith(f"regie.{name}"):
            return None
        raise
    return getattr(module, attribute, None)


def latest_evaluation(application: Application) -> dict[str, Any] | None:
    """The policy's latest stored evaluation: decision, findings in full, instruments, AI Act."""
    function = _service("policy", "latest_evaluation")
    record = function(application) if function else None
    if record is None:
        return None
    resolve = _service("policy", "record_findings")
    findings = resolve(record) if resolve else []
    display = getattr(record, "get_decision_display", None)
    return {
        "decision": display() if display else record.decision,
        "findings": [
            {"rule": f.rule, "level": f.level, "message": f.message, "sources": list(f.sources)}
            for f in findings
        ],
        "required_instruments": list(getattr(record, "required_instruments", []) or []),
        "ai_act": getattr(record, "ai_act", None) or {},
        "policy_version": str(getattr(record, "policy_version", "") or ""),
        "created_at": getattr(record, "created_at", None),
    }


def instrument_results(application: Application) -> list[dict[str, Any]] | None:
    """Per instrument run: instrument, status, completion and a readable outcome; None while
    the instruments app is absent."""
    function = _service("instruments", "instrument_results")
    if function is None:
        return None
    return [{**row, "outcome": _readable(row.get("result"))} for row in function(application)]


def _readable(value: Any, limit: int = 600) -> str:
    if isinstance(value, dict):
        text = "; ".join(f"{key}: {_readable(item, limit)}" for key, item in value.items())
    elif isinstance(value, list | tuple):
        text = ", ".join(_readable(item, limit) for item in value)
    else:
        text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def workflow_records(application: Application, model_name: str) -> list[Model] | None:
    """Advice or decisions of the workflow for this application, oldest first; None while the
    workflow has no such model."""
    try:
        model = apps.get_model("workflow", model_name)
    except LookupError:
        return None
    if not any(f.name == "application" for f in model._meta.get_fields()):
        return None
    return list(model.objects.filter(application=application).order_by("pk"))


def review_dates(applications: QuerySet[Application]) -> dict[int, dt.date]:
    """Next evaluation per application: the lifecycle's `next_due` when present, else one
    year after the dossier last changed (the yearly evaluation of seed 004)."""
    function = _service("lifecycle", "next_due")
    if function:
        # the interval follows the AI-Act class as it counts, read here for all at once
        counted = applications.annotate(
            counted_risk=counted_expression("assessments.ai_act.risk", "ai_act_risk"))
        return {app.pk: function(app) for app in counted}
    return {
        pk: (updated + dt.timedelta(days=365)).date()
        for pk, updated in applications.values_list("pk", "updated_at")
    }


def _count(app: str, function: str, organization: Organization) -> Any:
    found = _service(app, function)
    return found(organization=organization) if found else None


def open_findings(organization: Organization) -> dict[str, int] | None:
    """Applications by the outcome of their latest policy evaluation (not allowed = open
    blocking findings, conditional = open required ones); None without the policy app."""
    try:
        record = apps.get_model("policy", "EvaluationRecord")
    except LookupError:
        return None
    latest = (
        record.objects.filter(application=OuterRef("pk"))
        .order_by("-created_at", "-pk")
        .values("decision")[:1]
    )
    rows = (
        Application.objects.filter(organization=organization)
        .annotate(outcome=Subquery(latest))
        .order_by()
        .values("outcome")
        .annotate(n=Count("pk"))
    )
    counts = {row["outcome"]: row["n"] for row in rows}
    labels = dict(record._meta.get_field("decision").choices or [])
    result = {
        str(labels.get(key, key)): counts.get(key, 0)
        for key in ("not_allowed", "conditional", "allowed")
    }
    result[str(_("Nog niet beoordeeld"))] = counts.get(None, 0)
    return result


def overdue_evaluations(organization: Organization) -> int | None:
    return _count("lifecycle", "overdue_evaluation_count", organization)


def lifecycle_figures(organization: Organization) -> dict[str, Any] | None:
    """Open incidents from the lifecycle's yearly-evaluation figures; None without the
    lifecycle app."""
    function = _service("lifecycle", "policy_figures")
    if function is None:
        return None
    return {"incidents": function(organization).get("incidents_open")}


def training_figures(organization: Organization | None) -> tuple[int, int] | None:
    """(trained, total) employees of the organisation (None: of all), from the training
    records as the AI-literacy page counts them — never from what dossiers declare; None
    without the lifecycle app."""
    function = _service("lifecycle", "employee_coverage")
    if function is None:
        return None
    cover = function(organization)
    return cover.trained, cover.total


def ai_act_figures(organization: Organization) -> dict[str, int] | None:
    """Serious incidents awaiting their report and overdue AI-Act duties; None without the
    AI-Act app."""
    function = _service("aiact", "ai_act_figures")
    return function(organization) if function is not None else None
