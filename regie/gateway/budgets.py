"""Budgets and quotas at every level (issue 17): per person, per department, per
application and for the whole organisation; tokens or requests, per day or per month.

A budget's `soft_limit` adds an `X-Regie-Budget-Warning` header to the answer and sends one
e-mail per period to whoever owns the budget (the employee, the application's owner, or the
organisation's beheerders); its `hard_limit` refuses with 429, naming the limit and when it
resets (recorded and audited like every refusal).

Counting works like the application limits in `limits.py`: one counter row per budget,
subject and period, changed only by a conditional upsert (`value + amount <= hard_limit`),
so two gateway workers can never both take the last unit; all counters of one request
change in one transaction (a refusal by one budget takes nothing from the others). Tokens
are reserved with the request's estimate and settled with the upstream's count in batches
a fraction of a second later (`Settlements`). A soft limit crossed only by a settlement
warns on the next request.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass, field

from django.core.mail import send_mail
from django.db import DatabaseError, connections
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from regie.gateway.errors import Refusal
from regie.gateway.grants import Grant
from regie.gateway.limits import counting
from regie.gateway.models import (
    Budget,
    BudgetCounter,
    BudgetMetric,
    BudgetPeriod,
    BudgetScope,
)
from regie.gateway.people import Person

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rule:
    """A budget as the gateway holds it in memory (cached per worker like grants)."""

    id: int
    scope: str
    application_id: int | None
    department: str
    user_id: int | None
    metric: str
    period: str
    soft: int | None
    hard: int | None

    @property
    def name(self) -> str:
        """Stable and machine-readable: `person_tokens_day` and so on."""
        return f"{self.scope}_{self.metric}_{self.period}"


@dataclass(frozen=True)
class Claim:
    rule: Rule
    subject: str
    window: dt.datetime
    amount: int


@dataclass
class Ticket:
    """What one request took: token claims to settle, warnings for the answer's headers."""

    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def load_rules(organization_id: int) -> tuple[Rule, ...]:
    return tuple(Rule(id=b.pk, scope=b.scope, application_id=b.application_id,
                      department=b.department, user_id=b.user_id, metric=b.metric,
                      period=b.period, soft=b.soft_limit, hard=b.hard_limit)
                 for b in Budget.objects.filter(organization_id=organization_id))


def subject(rule: Rule, grant: Grant, person: Person) -> str | None:
    """Whose counter a request adds to under `rule`; None when the rule does not apply."""
    if rule.scope == BudgetScope.PERSON:
        if rule.user_id is not None:
            return f"u:{person.user_id}" if person.user_id == rule.user_id else None
        if person.user_id is not None:
            return f"u:{person.user_id}"
        return f"n:{person.name.lower()}" if person.name else None
    if rule.scope == BudgetScope.DEPARTMENT:
        if not person.department or rule.department not in ("", person.department):
            return None
        return f"d:{person.department}"
    if rule.scope == BudgetScope.APPLICATION:
        if rule.application_id not in (None, grant.application_id):
            return None
        return f"a:{grant.application_id}"
    return f"o:{grant.organization_id}"


def window_start(period: str, now: dt.datetime) -> dt.datetime:
    """The start of the local day or month (Europe/Amsterdam), as stored."""
    local = timezone.localtime(now)
    day = local.date().replace(day=1) if period == BudgetPeriod.MONTH else local.date()
    return timezone.make_aware(dt.datetime.combine(day, dt.time()))


def resets_at(period: str, window: dt.datetime) -> dt.datetime:
    day = timezone.localtime(window).date()
    if period == BudgetPeriod.MONTH:
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    else:
        day += dt.timedelta(days=1)
    return timezone.make_aware(dt.datetime.combine(day, dt.time()))


def _upsert_sql(connection, limited: bool) -> str:
    table = connection.ops.quote_name(BudgetCounter._meta.db_table)
    return (f"INSERT INTO {table} (budget_id, subject, window_start, value, warned) "
            f"VALUES (%s, %s, %s, %s, %s) "
            f"ON CONFLICT (budget_id, subject, window_start) DO UPDATE "
            f"SET value = {table}.value + excluded.value"
            + (f" WHERE {table}.value + excluded.value <= %s" if limited else "")
            + " RETURNING value, warned")


def _add(connection, cursor, claim: Claim) -> tuple[int, bool] | None:
    """Add to the counter, within the hard limit; (new value, warned) or None when full."""
    hard = claim.rule.hard
    if hard is not None and claim.amount > hard:
        return None
    params = [claim.rule.id, claim.subject,
              connection.ops.adapt_datetimefield_value(claim.window), claim.amount, False]
    if hard is not None:
        params.append(hard)
    cursor.execute(_upsert_sql(connection, hard is not None), params)
    row = cursor.fetchone()
    return None if row is None else (row[0], bool(row[1]))


def take(rules: tuple[Rule, ...], grant: Grant, person: Person, estimate: int) -> Ticket:
    """Count one request (and reserve `estimate` tokens) against every budget that applies;
    a hard limit refuses the request and nothing is taken."""
    now = timezone.now()
    claims = []
    for rule in rules:
        who = subject(rule, grant, person)
        if who is not None:
            claims.append(Claim(rule, who, window_start(rule.period, now),
                                estimate if rule.metric == BudgetMetric.TOKENS else 1))
    ticket, to_warn = Ticket(), []
    if not claims:
        return ticket
    connection = connections[BudgetCounter.objects.db]
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        counted = _add_all_postgresql(connection, claims)
    else:
        counted = _add_all(connection, claims)
    for claim, (value, warned) in zip(claims, counted, strict=True):
        rule = claim.rule
        if rule.metric == BudgetMetric.TOKENS:
            ticket.claims.append(claim)
        if rule.soft is not None and value >= rule.soft:
            ticket.warnings.append(warning_header(claim, value))
            if not warned and claim_warning(claim):
                to_warn.append((claim, value))
    for claim, value in to_warn:
        send_warning(grant, person, claim, value)
    return ticket


def _add_all(connection, claims: list[Claim]) -> list[tuple[int, bool]]:
    """All claims in one transaction; the first that does not fit refuses (rolled back)."""
    counted = []
    with counting(), connection.cursor() as cursor:
        for claim in claims:
            result = _add(connection, cursor, claim)
            if result is None:
                raise exceeded(claim)
            counted.append(result)
    return counted


def _add_all_postgresql(connection, claims: list[Claim]) -> list[tuple[int, bool]]:
    """`_add_all` in two round trips instead of one per statement (the hot path of every
    request with budgets): the transaction, `synchronous_commit` off and every upsert in one
    message, then COMMIT or ROLLBACK. Django's client-side binding allows several
    statements in one `execute`."""
    statements, params = ["BEGIN", "SET LOCAL synchronous_commit TO OFF"], []
    for claim in claims:
        hard = claim.rule.hard
        if hard is not None and claim.amount > hard:
            raise exceeded(claim)
        statements.append(_upsert_sql(connection, hard is not None))
        params += [claim.rule.id, claim.subject, claim.window, claim.amount, False]
        if hard is not None:
            params.append(hard)
    connection.ensure_connection()
    counted, refused = [], None
    # Database errors in Django's classes, so the gateway refuses as for any other.
    with connection.wrap_database_errors, connection.connection.cursor() as cursor:
        try:
            cursor.execute("; ".join(statements), params)
            cursor.nextset()  # past BEGIN and SET
            for claim in claims:
                cursor.nextset()
                row = cursor.fetchone()
                if row is None:
                    refused = refused or claim
                else:
                    counted.append((row[0], bool(row[1])))
        finally:
            cursor.execute("ROLLBACK" if refused or len(counted) != len(claims) else "COMMIT")
    if refused:
        raise exceeded(refused)
    return counted


def exceeded(claim: Claim) -> Refusal:
    rule = claim.rule
    reset = timezone.localtime(resets_at(rule.period, claim.window))
    return Refusal(429, f"budget_exceeded_{rule.name}", _(
        "Het budget '%(budget)s' is op: %(limit)s %(metric)s %(period)s (%(scope)s). Het "
        "budget gaat weer open op %(reset)s. Vraag zo nodig de beheerder om een hoger "
        "budget.") % {"budget": rule.name, "limit": rule.hard,
                      "metric": BudgetMetric(rule.metric).label.lower(),
                      "period": BudgetPeriod(rule.period).label.lower(),
                      "scope": BudgetScope(rule.scope).label.lower(),
                      "reset": formats.date_format(reset, "DATETIME_FORMAT")},
        kind="insufficient_quota" if rule.metric == BudgetMetric.TOKENS else "rate_limit_error")


def warning_header(claim: Claim, value: int) -> str:
    """ASCII for the `X-Regie-Budget-Warning` header (one per soft limit reached)."""
    rule = claim.rule
    limit = rule.hard if rule.hard is not None else rule.soft
    return (f"{rule.name}; used={value}; soft={rule.soft}; hard={rule.hard or ''}; "
            f"limit={limit}; resets={resets_at(rule.period, claim.window).isoformat()}")


def claim_warning(claim: Claim) -> bool:
    """True for the one worker that claims this period's warning e-mail."""
    return bool(BudgetCounter.objects.filter(
        budget_id=claim.rule.id, subject=claim.subject, window_start=claim.window,
        warned=False).update(warned=True))


def owner_addresses(grant: Grant, person: Person, rule: Rule) -> list[str]:
    """Who hears of a soft limit: the employee (person budgets), the application's owner
    (application budgets), the organisation's beheerders (department and organisation)."""
    from regie.register.models import Application, User
    from regie.register.roles import Role

    if rule.scope == BudgetScope.PERSON:
        users = User.objects.filter(pk=person.user_id)
    elif rule.scope == BudgetScope.APPLICATION:
        owner = (Application.objects.filter(pk=grant.application_id)
                 .values_list("owner_email", flat=True).first())
        if owner:
            return [owner]
        users = User.objects.none()
    else:
        users = User.objects.filter(organization_id=grant.organization_id,
                                    groups__name=Role.BEHEERDER)
    return sorted({u.email for u in users.filter(is_active=True) if u.email})


def send_warning(grant: Grant, person: Person, claim: Claim, value: int) -> None:
    """The period's one e-mail about a soft limit; a mail failure never fails the request."""
    rule = claim.rule
    addresses = owner_addresses(grant, person, rule)
    if not addresses:
        return
    who = {BudgetScope.PERSON: person.label,
           BudgetScope.DEPARTMENT: person.department,
           BudgetScope.APPLICATION: grant.application_name}.get(rule.scope, "")
    subject_line = _("[Regie] Budget bijna op: %(budget)s") % {"budget": rule.name}
    body = _(
        "Het gebruik van de AI-gateway heeft de waarschuwingsgrens bereikt.\n\n"
        "Budget: %(scope)s, %(metric)s %(period)s %(who)s\n"
        "Gebruikt: %(value)s (waarschuwen vanaf %(soft)s, weigeren boven %(hard)s)\n"
        "Het budget gaat weer open op %(reset)s.\n\n"
        "U krijgt deze e-mail één keer per periode.") % {
            "scope": BudgetScope(rule.scope).label, "metric": BudgetMetric(rule.metric).label,
            "period": BudgetPeriod(rule.period).label.lower(),
            "who": f"({who})" if who else "", "value": value, "soft": rule.soft,
            "hard": rule.hard if rule.hard is not None else "-",
            "reset": formats.date_format(timezone.localtime(
                resets_at(rule.period, claim.window)), "DATETIME_FORMAT")}
    try:
        send_mail(subject_line, body, None, addresses)
    except OSError:
        logger.exception("budget warning for %s could not be sent", rule.name)


def settle(deltas: dict[tuple[int, str, dt.datetime], int]) -> None:
    """Correct token reservations with the real counts, summed per counter, in one
    `executemany` (with many people nearly every request has a counter of its own)."""
    connection = connections[BudgetCounter.objects.db]
    table = connection.ops.quote_name(BudgetCounter._meta.db_table)
    rows = [(delta, budget_id, who, connection.ops.adapt_datetimefield_value(window))
            for (budget_id, who, window), delta in deltas.items() if delta]
    if not rows:
        return
    with counting(), connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {table} SET value = value + %s "
                           "WHERE budget_id = %s AND subject = %s AND window_start = %s", rows)


class Settlements:
    """Token settlements of one gateway worker, written in batches by `run_db`."""

    def __init__(self, run_db):
        self.run_db = run_db
        self.pending: dict[tuple[int, str, dt.datetime], int] = {}
        self.task: asyncio.Future | None = None

    def add(self, ticket: Ticket, used: int) -> None:
        for claim in ticket.claims:
            key = (claim.rule.id, claim.subject, claim.window)
            self.pending[key] = self.pending.get(key, 0) + used - claim.amount
        if ticket.claims and (self.task is None or self.task.done()):
            self.task = asyncio.ensure_future(self.flush())

    def take_pending(self) -> dict:
        pending, self.pending = self.pending, {}
        return pending

    async def flush(self) -> None:
        await asyncio.sleep(0.1)
        try:
            await self.run_db(settle, self.take_pending())
        except DatabaseError:
            logger.exception("budget settlements could not be written")

    def write_now(self) -> None:
        pending = self.take_pending()
        if pending:
            try:
                settle(pending)
            except DatabaseError:
                logger.exception("budget settlements could not be written")
