"""Serious incidents (AI-verordening art. 3 punt 49) and the clocks of art. 73, beside the
AVG's 72 hours that the lifecycle app already runs.

Marking an incident as serious starts the clock from the moment the organisation knew (by
default: when the incident was reported). The deployer informs the provider first,
immediately (art. 26 lid 5), then the market surveillance authority within 15 days, 10 days
when a person died, 2 days for a widespread infringement or a serious disruption of critical
infrastructure (art. 73 lid 2-4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from regie.aiact.models import SeriousIncident, SeriousIncidentCategory
from regie.audit.service import Actor, record_event
from regie.core.errors import InputError

REPORT_DAYS = {
    SeriousIncidentCategory.DEATH: 10,
    SeriousIncidentCategory.WIDESPREAD: 2,
    SeriousIncidentCategory.OTHER: 15,
}
SOURCES = {
    SeriousIncidentCategory.DEATH: "AI-verordening art. 73 lid 4",
    SeriousIncidentCategory.WIDESPREAD: "AI-verordening art. 73 lid 3",
    SeriousIncidentCategory.OTHER: "AI-verordening art. 73 lid 2",
}


@dataclass(frozen=True)
class Clock:
    """One running deadline of an incident, for the incident page, list and dashboard."""

    label: str
    source: str
    deadline: dt.datetime | None  # None: "onverwijld" (immediately)
    done_at: dt.datetime | None

    def hours_left(self, now: dt.datetime | None = None) -> float | None:
        if self.done_at is not None or self.deadline is None:
            return None
        return (self.deadline - (now or timezone.now())).total_seconds() / 3600

    @property
    def done(self) -> bool:
        return self.done_at is not None


def report_deadline(category: str, aware_at: dt.datetime) -> dt.datetime:
    if category not in REPORT_DAYS:
        raise InputError(f"soort: onbekende soort ernstig incident '{category}'")
    return aware_at + dt.timedelta(days=REPORT_DAYS[category])


def clocks(incident) -> list[Clock]:
    """The AVG clock (when a breach is possible) and, for a serious incident, the provider
    and the art. 73 clocks."""
    result = []
    if incident.breach_deadline is not None:
        result.append(Clock("Besluit over melding datalek aan de Autoriteit Persoonsgegevens "
                            "(72 uur)", "AVG art. 33", incident.breach_deadline,
                            incident.breach_decided_at))
    serious = getattr(incident, "serious", None) if incident.pk else None
    if serious is not None:
        result.append(Clock("Aanbieder informeren (eerst, onverwijld)",
                            "AI-verordening art. 26 lid 5", None,
                            serious.provider_informed_at))
        result.append(Clock(
            f"Melden aan de markttoezichtautoriteit ({REPORT_DAYS[serious.category]} dagen)",
            SOURCES[serious.category], report_deadline(serious.category, serious.aware_at),
            serious.authority_reported_at))
    return result


def mark_serious(incident, *, actor: Actor, category: str, reasoning: str,
                 aware_at: dt.datetime | None = None, provider_name: str = ""
                 ) -> SeriousIncident:
    """Mark an incident as a serious incident (or change its category); audited."""
    reasoning = (reasoning or "").strip()
    if category not in SeriousIncidentCategory.values:
        raise InputError(f"soort: onbekende soort ernstig incident '{category}'")
    if not reasoning:
        raise InputError("onderbouwing: leg uit waarom dit een ernstig incident is "
                         "(art. 3 punt 49)")
    aware_at = aware_at or incident.created_at
    if aware_at > timezone.now():
        raise InputError("bekend sinds: ligt in de toekomst")
    with transaction.atomic():
        serious, created = SeriousIncident.objects.update_or_create(
            incident=incident,
            defaults={"category": category, "reasoning": reasoning, "aware_at": aware_at,
                      "provider_name": provider_name.strip()[:200]},
            create_defaults={"category": category, "reasoning": reasoning,
                             "aware_at": aware_at, "provider_name": provider_name.strip()[:200],
                             "marked_by": actor.user})
        record_event("serious_incident_marked" if created else "serious_incident_updated",
                     actor=actor, obj=incident,
                     data={"category": category, "aware_at": aware_at.isoformat(),
                           "deadline": report_deadline(category, aware_at).isoformat(),
                           "reasoning": reasoning})
    return serious


def record_step(serious: SeriousIncident, *, actor: Actor, step: str,
                at: dt.datetime | None = None, reference: str = "") -> SeriousIncident:
    """Record that the provider was informed (`provider`) or the authority was notified
    (`authority`, after the provider, with its reference)."""
    at = at or timezone.now()
    if at > timezone.now() + dt.timedelta(minutes=5):
        raise InputError("datum: ligt in de toekomst")
    if step == "provider":
        serious.provider_informed_at = at
        fields = ["provider_informed_at"]
    elif step == "authority":
        if serious.provider_informed_at is None:
            raise InputError("aanbieder: informeer eerst de aanbieder (art. 26 lid 5)")
        if not reference.strip():
            raise InputError("kenmerk: vul het kenmerk van de melding in")
        serious.authority_reported_at = at
        serious.authority_reference = reference.strip()[:200]
        fields = ["authority_reported_at", "authority_reference"]
    else:
        raise InputError(f"stap: onbekende stap '{step}'")
    with transaction.atomic():
        serious.save(update_fields=fields)
        record_event(f"serious_incident_{step}_informed", actor=actor, obj=serious.incident,
                     data={"at": at.isoformat(), "reference": reference.strip()})
    return serious


def open_serious_incidents(organization=None) -> QuerySet:
    """Serious incidents not yet reported to the authority."""
    queryset = SeriousIncident.objects.filter(authority_reported_at__isnull=True)\
        .select_related("incident", "incident__organization", "incident__application")
    if organization is not None:
        queryset = queryset.filter(incident__organization=organization)
    return queryset
