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
from django.db.models import Model, QuerySet

from regie.register.models import Application, Organization

__all__ = ["latest_evaluation", "instrument_results", "workflow_records", "review_dates",
           "open_findings", "overdue_evaluations", "incident_count", "training_coverage"]


def _service(name: str, attribute: str) -> Any:
    try:
        module = import_module(f"regie.{name}.service")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith(f"regie.{name}"):
            return None
        raise
    return getattr(module, attribute, None)


def latest_evaluation(application: Application) -> dict[str, Any] | None:
    """The policy's latest stored evaluation as the design brief's JSON, or None."""
    function = _service("policy", "latest_evaluation")
    record = function(application) if function else None
    if record is None:
        return None
    for candidate in (record, getattr(record, "evaluation", None)):
        as_dict = getattr(candidate, "as_dict", None)
        if callable(as_dict):
            return {**as_dict(), "policy_version": getattr(record, "policy_version", None),
                    "created_at": getattr(record, "created_at", None)}
    result = getattr(record, "result", None)
    return dict(result) if isinstance(result, dict) else None


def instrument_results(application: Application) -> Any:
    """The instruments' results (AI-Act profile, questionnaires) for an application, or None."""
    function = _service("instruments", "application_results")
    return function(application) if function else None


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
    """Next yearly evaluation per application: the lifecycle's planning when present, else one
    year after the dossier last changed (the yearly evaluation of seed 004)."""
    function = _service("lifecycle", "next_evaluation_dates")
    if function:
        return dict(function(applications=applications))
    return {pk: (updated + dt.timedelta(days=365)).date()
            for pk, updated in applications.values_list("pk", "updated_at")}


def _count(app: str, function: str, organization: Organization) -> Any:
    found = _service(app, function)
    return found(organization=organization) if found else None


def open_findings(organization: Organization) -> dict[str, int] | None:
    """Open findings per level (blocking / required / advice) over the latest evaluations."""
    return _count("policy", "open_finding_counts", organization)


def overdue_evaluations(organization: Organization) -> int | None:
    return _count("lifecycle", "overdue_evaluation_count", organization)


def incident_count(organization: Organization) -> int | None:
    return _count("lifecycle", "open_incident_count", organization)


def training_coverage(organization: Organization) -> tuple[int, int] | None:
    """(trained, total) operators; the lifecycle's records when present."""
    return _count("lifecycle", "training_coverage", organization)
