"""Per-application rate limit and monthly token budget, shared by every gateway worker.

Each limit is a counter row per window; a worker only adds to it with a conditional UPDATE
(`value <= limit - amount`), so two workers can never both take the last unit. Tokens are
reserved before forwarding (an estimate) and settled with the upstream's count afterwards,
in batches (a fraction of a second later, before the requests' records are written).

On PostgreSQL these updates commit without waiting for the write-ahead log to reach the
disk (`synchronous_commit` off for just these transactions): other workers see them at
once, so limits hold exactly, and a request no longer waits a disk flush (about 2 ms) for a
counter. A database crash can forget the last fraction of a second of counting; records
and audit events keep committing durably.
"""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager

from django.db import IntegrityError, connections, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from regie.gateway.errors import Refusal
from regie.gateway.grants import Grant
from regie.gateway.models import CounterKind, UsageCounter


def minute_window(now: dt.datetime) -> dt.datetime:
    return now.astimezone(dt.UTC).replace(second=0, microsecond=0)


def month_window(now: dt.datetime) -> dt.datetime:
    return now.astimezone(dt.UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)


@contextmanager
def counting():
    """A transaction for counter updates that does not wait for the disk (PostgreSQL)."""
    with transaction.atomic(using=UsageCounter.objects.db):
        connection = connections[UsageCounter.objects.db]
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
        yield


def _add(application_id: int, kind: str, window: dt.datetime, amount: int,
         limit: int | None) -> bool:
    rows = UsageCounter.objects.filter(application_id=application_id, kind=kind,
                                       window_start=window)
    if limit is not None:
        if amount > limit:
            return False
        rows = rows.filter(value__lte=limit - amount)
    if rows.update(value=F("value") + amount):
        return True
    try:
        with transaction.atomic():
            UsageCounter.objects.create(application_id=application_id, kind=kind,
                                        window_start=window, value=amount)
        return True
    except IntegrityError:
        # Another worker created the row first (or it exists and is full): try once more.
        return bool(rows.update(value=F("value") + amount))


def take_request(grant: Grant, now: dt.datetime) -> None:
    limit = grant.policy.rate_limit_per_minute
    if limit is None:
        return
    if not _add(grant.application_id, CounterKind.RATE, minute_window(now), 1, limit):
        raise Refusal(429, "rate_limit_exceeded", ngettext(
            "Toepassing '%(app)s' heeft de grens van %(limit)s verzoek per minuut bereikt "
            "(ingesteld in het register).",
            "Toepassing '%(app)s' heeft de grens van %(limit)s verzoeken per minuut bereikt "
            "(ingesteld in het register).", limit) % {"app": grant.application_slug,
                                                       "limit": limit},
            kind="rate_limit_error")


def reserve_tokens(grant: Grant, estimate: int, now: dt.datetime) -> dt.datetime | None:
    """Reserve `estimate` tokens of this month's budget; the window to settle in, or None
    when the application has no budget."""
    budget = grant.policy.monthly_token_budget
    if budget is None:
        return None
    window = month_window(now)
    if not _add(grant.application_id, CounterKind.TOKENS, window, estimate, budget):
        raise Refusal(429, "token_budget_exhausted", _(
            "Toepassing '%(app)s' heeft haar tokenbudget van %(budget)s per maand opgebruikt "
            "(ingesteld in het register).") % {"app": grant.application_slug,
                                                "budget": budget},
            kind="insufficient_quota")
    return window


def take(grant: Grant, estimate: int) -> dt.datetime | None:
    """Count the request against the rate limit and reserve its tokens, in one transaction;
    a request refused for its budget still counts towards the rate limit. Returns the
    month window to settle in (None without a budget)."""
    now = timezone.now()
    refusal = None
    with counting():
        take_request(grant, now)
        try:
            return reserve_tokens(grant, estimate, now)
        except Refusal as exc:
            refusal = exc  # leave the block normally: the rate-limit count is kept
    raise refusal


def settle_tokens(deltas: dict[tuple[int, dt.datetime], int]) -> None:
    """Correct reservations with the real token counts: per (application, month window) the
    sum of `used - reserved` of a batch of requests (the gateway settles in batches)."""
    with counting():
        for (application_id, window), delta in deltas.items():
            if delta:
                UsageCounter.objects.filter(application_id=application_id,
                                            kind=CounterKind.TOKENS, window_start=window,
                                            ).update(value=F("value") + delta)


def estimate_tokens(text_length: int, max_tokens: int | None) -> int:
    """A rough count (4 characters a token) for reservations; settled afterwards."""
    return text_length // 4 + 1 + (max_tokens or 0)
