"""Incidents: reported by anyone, routed to the FG or CISO by kind (seed 004 §8), handled
and closed by them. A possible personal-data breach runs the 72-hour clock of AVG art. 33
for the decision whether to notify the Autoriteit Persoonsgegevens."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from regie.audit.service import Actor, diff, record_event
from regie.core.errors import InputError
from regie.lifecycle import constants as c
from regie.lifecycle.data import routing
from regie.lifecycle.models import Incident
from regie.register.access import is_installation_admin

MAX_DESCRIPTION = 5000
HANDLED_FIELDS = ("handler", "status", "severity", "triage_notes", "measures",
                  "possible_breach", "breach_decision", "breach_decision_reason",
                  "closing_note")


def report_incident(*, organization, kind: str, description: str, application=None,
                    reporter=None, source: str = c.IncidentSource.WEB) -> Incident:
    """Record a new incident and route it; a possible breach starts the 72-hour clock."""
    if kind not in c.IncidentKind.values:
        raise InputError(f"soort: onbekende soort incident '{kind}'")
    if source not in c.IncidentSource.values:
        raise InputError(f"bron: onbekende bron '{source}'")
    description = (description or "").strip()
    if not description:
        raise InputError("omschrijving: beschrijf kort wat er gebeurde")
    if len(description) > MAX_DESCRIPTION:
        raise InputError(f"omschrijving: maximaal {MAX_DESCRIPTION} tekens")
    if application is not None and application.organization_id != organization.pk:
        raise InputError("toepassing: hoort niet bij deze organisatie")
    route = routing()[kind]
    with transaction.atomic():
        incident = Incident.objects.create(
            organization=organization, application=application, kind=kind,
            description=description, reporter=reporter, source=source, handler=route.handler,
            possible_breach=route.possible_breach)
        if route.possible_breach:
            # Aware from the moment of reporting: the 72 hours count from then.
            incident.breach_clock_started_at = incident.created_at
            incident.save(update_fields=["breach_clock_started_at"])
        record_event("incident_reported", actor=Actor(user=reporter, via=source), obj=incident,
                     data={"kind": kind, "handler": route.handler,
                           "possible_breach": route.possible_breach,
                           "sources": list(route.sources)})
    return incident


def _snapshot(incident: Incident) -> dict[str, Any]:
    return {name: getattr(incident, name) for name in HANDLED_FIELDS}


def update_incident(incident: Incident, *, actor: Actor, **changes: Any) -> Incident:
    """Triage, measures, the breach decision and closure, checked as a whole before saving."""
    unknown = set(changes) - set(HANDLED_FIELDS)
    if unknown:
        raise InputError(f"{sorted(unknown)[0]}: dit veld kan niet worden gewijzigd")
    if incident.status == c.IncidentStatus.CLOSED:
        raise InputError("status: dit incident is al afgesloten")
    choices = {"handler": c.Handler, "status": c.IncidentStatus, "severity": c.Severity,
               "breach_decision": c.BreachDecision}
    for field, enum in choices.items():
        value = changes.get(field)
        if value and value not in enum.values:
            raise InputError(f"{field}: onbekende waarde '{value}'")
    before = _snapshot(incident)
    after = {**before, **{k: v for k, v in changes.items() if v is not None}}
    # A flagged breach stays flagged; "geen datalek" is a decision, recorded with reasons.
    after["possible_breach"] = bool(before["possible_breach"] or after["possible_breach"]
                                    or after["breach_decision"])
    if after["breach_decision"] and not after["breach_decision_reason"].strip():
        raise InputError("breach_decision_reason: onderbouw het besluit over melding bij de AP")
    if after["status"] == c.IncidentStatus.CLOSED:
        if not after["severity"]:
            raise InputError("severity: bepaal de ernst voordat u afsluit")
        if not (after["measures"].strip() or after["closing_note"].strip()):
            raise InputError("closing_note: leg maatregelen of een afsluiting vast")
        if after["possible_breach"] and not after["breach_decision"]:
            raise InputError("breach_decision: besluit eerst of het datalek bij de Autoriteit "
                             "Persoonsgegevens wordt gemeld (AVG art. 33)")
    rows = diff(before, after)
    if not rows:
        return incident
    now = timezone.now()
    for field, value in after.items():
        setattr(incident, field, value)
    if after["possible_breach"] and incident.breach_clock_started_at is None:
        # The organisation knew from the moment of reporting: the clock counts from then.
        incident.breach_clock_started_at = incident.created_at
    if after["breach_decision"] and not before["breach_decision"]:
        incident.breach_decided_at = now
    if after["status"] == c.IncidentStatus.CLOSED:
        incident.closed_at = now
    with transaction.atomic():
        incident.save()
        event = ("incident_closed" if after["status"] == c.IncidentStatus.CLOSED
                 else "incident_updated")
        record_event(event, actor=actor, obj=incident, changes=rows)
    return incident


def can_handle(user, incident: Incident) -> bool:
    return (user.organization_id == incident.organization_id
            and user.has_role(incident.handler)) or is_installation_admin(user)


def visible_incidents(user) -> QuerySet:
    """Own reports, plus those routed to a handler role the user holds."""
    if is_installation_admin(user):
        return Incident.objects.all()
    handled = [h for h in c.Handler.values if user.has_role(h)]
    return Incident.objects.filter(organization_id=user.organization_id).filter(
        Q(reporter=user) | Q(handler__in=handled))


def incidents_to_handle(user) -> list[Incident]:
    """Open incidents routed to a handler role the user holds, those whose 72-hour clock
    runs out first on top."""
    handled = [h for h in c.Handler.values if user.has_role(h)]
    if not handled or user.organization_id is None:
        return []
    open_ones = (Incident.objects.filter(organization_id=user.organization_id,
                                         handler__in=handled)
                 .exclude(status=c.IncidentStatus.CLOSED).select_related("application"))
    far = timezone.now() + dt.timedelta(days=36500)
    return sorted(open_ones, key=lambda i: (i.breach_deadline if i.breach_decision_open
                                            and i.breach_deadline else far, i.created_at))


def open_breach_decisions(organization=None) -> QuerySet:
    queryset = Incident.objects.filter(possible_breach=True, breach_decision="").exclude(
        status=c.IncidentStatus.CLOSED)
    if organization is not None:
        queryset = queryset.filter(organization=organization)
    return queryset
