"""Periodic evaluation of applications in use and the yearly evaluation of the policy
(seed 004 §8). An evaluation can send an application back to review or retire it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.utils import timezone

from regie.audit.service import Actor, record_event
from regie.core.errors import InputError
from regie.lifecycle import constants as c
from regie.lifecycle.data import intervals
from regie.lifecycle.models import ApplicationEvaluation, Incident, PolicyEvaluation
from regie.register.constants import Status
from regie.register.evidence import counted_expression, counted_value
from regie.register.models import Application


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for dom in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=dom)
        except ValueError:
            continue
    raise AssertionError("unreachable")


RISK_FACT = "assessments.ai_act.risk"


def interval_months(application: Application) -> int:
    """By the AI-Act class as it counts (annotated as `counted_risk`, or looked up): a light
    class without the decision tree behind it is "unknown", evaluated as often as high risk."""
    config = intervals()
    risk = (application.counted_risk if hasattr(application, "counted_risk")
            else counted_value(application, RISK_FACT, application.ai_act_risk or None))
    return (config.get("by_ai_act_risk") or {}).get(risk, config["default_months"])


def with_next_due(queryset: QuerySet) -> QuerySet:
    """Annotate `last_next_due` and `last_evaluated_on` from the latest evaluation, and the
    AI-Act class as it counts (`counted_risk`)."""
    latest = ApplicationEvaluation.objects.filter(application=OuterRef("pk")).order_by(
        "-performed_on", "-pk")
    return queryset.annotate(last_next_due=Subquery(latest.values("next_due")[:1]),
                             last_evaluated_on=Subquery(latest.values("performed_on")[:1]),
                             counted_risk=counted_expression(RISK_FACT, "ai_act_risk"))


def next_due(application: Application) -> dt.date:
    """The date set by the latest evaluation, or one interval after registration."""
    if hasattr(application, "last_next_due"):
        stored = application.last_next_due
    else:
        latest = application.evaluations.order_by("-performed_on", "-pk").first()
        stored = latest.next_due if latest else None
    if stored:
        return stored
    start = application.registered_on or timezone.localdate(application.created_at)
    return add_months(start, interval_months(application))


def in_use(organization=None) -> QuerySet:
    queryset = Application.objects.filter(status=Status.IN_USE)
    if organization is not None:
        queryset = queryset.filter(organization=organization)
    return with_next_due(queryset.select_related("owner", "organization"))


def overdue_evaluation_count(organization=None, *, today: dt.date | None = None) -> int:
    """How many applications in use are past their evaluation date."""
    today = today or timezone.localdate()
    return sum(1 for application in in_use(organization) if next_due(application) < today)


def change_status(application: Application, to_status: str, *, actor: Actor,
                  reason: str) -> None:
    """The one place this app changes an application's status: through the workflow's
    `transition`, so its table, preconditions and audit apply."""
    from regie.workflow.service import NotAllowed, ProcedureError, transition

    try:
        transition(application, to_status, actor=actor, reason=reason)
    except NotAllowed as exc:
        raise PermissionDenied(str(exc)) from exc
    except ProcedureError as exc:
        raise InputError(f"uitkomst: {exc}") from exc


def record_evaluation(application: Application, *, actor: Actor, performed_on: dt.date,
                      still_needed: bool, purpose_met: bool, outcome: str,
                      incidents_note: str = "", changes_model: bool = False,
                      changes_supplier: bool = False, changes_law: bool = False,
                      changes_note: str = "", exit_needed: bool = False,
                      conclusion: str = "") -> ApplicationEvaluation:
    if application.status != Status.IN_USE:
        raise InputError("toepassing: alleen toepassingen die in gebruik zijn worden "
                         "geëvalueerd")
    if outcome not in c.EvaluationOutcome.values:
        raise InputError(f"uitkomst: onbekende waarde '{outcome}'")
    if outcome == c.EvaluationOutcome.RETIRE and not application.risk_exit_strategy.strip():
        raise InputError("uitkomst: deze toepassing heeft geen exitstrategie in het dossier; "
                         "leg die eerst vast")
    if outcome == c.EvaluationOutcome.CONTINUE and (exit_needed or not still_needed):
        raise InputError("uitkomst: een toepassing die niet meer nodig is of de exit "
                         "nodig heeft, kan niet ongewijzigd in gebruik blijven")
    previous = application.evaluations.order_by("-performed_on", "-pk").first()
    since = previous.performed_on if previous else None
    incidents = Incident.objects.filter(application=application)
    if since:
        incidents = incidents.filter(created_at__date__gt=since)
    with transaction.atomic():
        evaluation = ApplicationEvaluation.objects.create(
            application=application, performed_on=performed_on, performed_by=actor.user,
            still_needed=still_needed, purpose_met=purpose_met, incidents_note=incidents_note,
            incident_count=incidents.count(), changes_model=changes_model,
            changes_supplier=changes_supplier, changes_law=changes_law,
            changes_note=changes_note, exit_needed=exit_needed, outcome=outcome,
            conclusion=conclusion,
            next_due=(add_months(performed_on, interval_months(application))
                      if outcome == c.EvaluationOutcome.CONTINUE else None))
        record_event("application_evaluated", actor=actor, obj=evaluation,
                     application_id=application.pk,
                     organization_id=application.organization_id,
                     data={"outcome": outcome, "next_due": evaluation.next_due})
        if outcome == c.EvaluationOutcome.REVIEW:
            change_status(application, Status.IN_REVIEW, actor=actor,
                          reason=f"Evaluatie {performed_on}: terug naar beoordeling. "
                                 f"{conclusion}".strip())
        elif outcome == c.EvaluationOutcome.RETIRE:
            change_status(application, Status.RETIRED, actor=actor,
                          reason=f"Evaluatie {performed_on}: buiten gebruik volgens de "
                                 f"exitstrategie: {application.risk_exit_strategy}")
    return evaluation


def policy_figures(organization, *, today: dt.date | None = None) -> dict[str, Any]:
    """The dashboard's figures for the policy's yearly evaluation."""
    from regie.lifecycle.literacy import employee_coverage

    today = today or timezone.localdate()
    year_ago = today - dt.timedelta(days=365)
    per_status = dict(Application.objects.filter(organization=organization)
                      .values_list("status").annotate(n=Count("pk")).order_by())
    incidents = Incident.objects.filter(organization=organization,
                                        created_at__date__gt=year_ago)
    per_kind = dict(incidents.values_list("kind").annotate(n=Count("pk")).order_by())
    cover = employee_coverage(organization, today=today)
    return {
        "date": today.isoformat(),
        "applications_per_status": {s: per_status.get(s, 0) for s in Status.values},
        "incidents_last_year": sum(per_kind.values()),
        "incidents_per_kind": {k: per_kind.get(k, 0) for k in c.IncidentKind.values},
        "incidents_open": Incident.objects.filter(organization=organization)
        .exclude(status=c.IncidentStatus.CLOSED).count(),
        "possible_breaches_last_year": incidents.filter(possible_breach=True).count(),
        "evaluations_last_year": ApplicationEvaluation.objects.filter(
            application__organization=organization, performed_on__gt=year_ago).count(),
        "training_coverage": {"employees": cover.total, "trained": cover.trained,
                              "percentage": cover.percentage},
    }


def record_policy_evaluation(organization, *, actor: Actor, conclusions: str,
                             performed_on: dt.date | None = None) -> PolicyEvaluation:
    if not conclusions.strip():
        raise InputError("conclusies: leg vast wat de evaluatie oplevert")
    performed_on = performed_on or timezone.localdate()
    with transaction.atomic():
        evaluation = PolicyEvaluation.objects.create(
            organization=organization, performed_on=performed_on, performed_by=actor.user,
            figures=policy_figures(organization, today=performed_on), conclusions=conclusions)
        record_event("policy_evaluated", actor=actor, obj=evaluation,
                     data={"figures": evaluation.figures})
    return evaluation
