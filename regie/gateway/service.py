"""The gateway's public face for other apps.

- `create_key` / `revoke_key`: application keys (also `regie apikey`).
- `purge_stale_counters()`: deletes rate-limit counters older than a day and budget
  counters of periods that have ended (audited); `regie reminders` calls it daily. (Logged
  content past its retention is destroyed by `regie archive`.)
- `usage_summary(...)`: requests, blocks, requests with prompt-injection signals and tokens
  per application and model, for the application page and the dashboard (template tag
  `{% gateway_usage %}` renders it); `injection_summary(...)`: per signal type how many
  requests showed it.
- `settings_for(application)`: the application's gateway settings (created with defaults).
- `person_budgets`, `department_budgets`, `department_rows` (from `usage.py`): budgets with
  this period's use, and use per department (issue 17).
- `endpoint_health(base_url)`: an upstream endpoint's health as the gateway last saw it
  (issue 17, `upstreams.py`), or None before any check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone

from regie.audit.service import SYSTEM, Actor
from regie.gateway.budgets import purge_ended_counters
from regie.gateway.keys import create_key, revoke_key
from regie.gateway.models import (
    CounterKind,
    Decision,
    GatewayRequest,
    GatewaySettings,
    UpstreamHealth,
    UsageCounter,
)
from regie.gateway.usage import department_budgets, department_rows, person_budgets
from regie.register.models import Application, Organization, User

__all__ = ["create_key", "revoke_key", "purge_stale_counters", "usage_summary",
           "injection_summary",
           "settings_for", "UsageRow", "person_budgets", "department_budgets",
           "department_rows", "endpoint_health"]


def endpoint_health(base_url: str) -> UpstreamHealth | None:
    return UpstreamHealth.objects.filter(base_url=base_url.rstrip("/")).first()


def purge_stale_counters(*, now: dt.datetime | None = None, actor: Actor = SYSTEM) -> int:
    """Delete rate-limit counters older than a day and the budget counters of periods that
    have ended (`budgets.purge_ended_counters`, audited); the number deleted."""
    now = now or timezone.now()
    deleted, _per_model = UsageCounter.objects.filter(
        kind=CounterKind.RATE, window_start__lt=now - dt.timedelta(days=1)).delete()
    return deleted + purge_ended_counters(now=now, actor=actor)


@dataclass(frozen=True)
class UsageRow:
    application: str
    application_slug: str
    model: str
    requests: int
    refused: int
    blocked: int
    prompt_tokens: int
    completion_tokens: int
    injection_flagged: int = 0  # requests with prompt-injection signals (issue 17)

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


def _requests(application: Application | None, organization: Organization | None,
              user: User | None, since: dt.datetime | None) -> QuerySet:
    if since is None:
        since = timezone.localtime().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    rows: QuerySet = GatewayRequest.objects.filter(created_at__gte=since,
                                                   application__isnull=False)
    if application is not None:
        rows = rows.filter(application=application)
    if organization is not None:
        rows = rows.filter(application__organization=organization)
    if user is not None:
        rows = rows.filter(user=user)
    return rows


def usage_summary(*, application: Application | None = None,
                  organization: Organization | None = None, user: User | None = None,
                  since: dt.datetime | None = None) -> list[UsageRow]:
    """Usage per application and model since `since` (default: the start of this month),
    optionally of one person's requests."""
    rows = _requests(application, organization, user, since)
    grouped = (rows.values("application__name", "application__slug", "model")
               .annotate(requests=Count("id"),
                         refused=Count("id", filter=Q(decision=Decision.REFUSED)),
                         blocked=Count("id", filter=Q(decision=Decision.BLOCKED)),
                         flagged=Count("id", filter=~Q(injection_signals={})),
                         prompt=Sum("prompt_tokens"), completion=Sum("completion_tokens"))
               .order_by("application__name", "model"))
    return [UsageRow(application=row["application__name"],
                     application_slug=row["application__slug"], model=row["model"],
                     requests=row["requests"], refused=row["refused"], blocked=row["blocked"],
                     prompt_tokens=row["prompt"] or 0, completion_tokens=row["completion"] or 0,
                     injection_flagged=row["flagged"])
            for row in grouped]


def injection_summary(*, application: Application | None = None,
                      organization: Organization | None = None,
                      since: dt.datetime | None = None) -> dict[str, int]:
    """Per prompt-injection signal type, how many requests since `since` (default: this
    month) showed it; only the flagged requests are read."""
    counts: dict[str, int] = {}
    flagged = _requests(application, organization, None, since).exclude(injection_signals={})
    for signals in flagged.values_list("injection_signals", flat=True):
        for signal in signals:
            counts[signal] = counts.get(signal, 0) + 1
    return dict(sorted(counts.items()))


def settings_for(application: Application) -> GatewaySettings:
    found, _created = GatewaySettings.objects.get_or_create(application=application)
    return found
