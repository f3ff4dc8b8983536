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
import functools
import logging
from dataclasses import dataclass, field
from typing import NamedTuple

from django.core.mail import send_mail
from django.db import DatabaseError, connections, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

import psycopg
import psycopg.conninfo
from psycopg.pq import TransactionStatus

from regie.audit.service import Actor, record_event
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
UNLIMITED = 2**63 - 1  # a budget without a hard limit (only a soft one)


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


class Claim(NamedTuple):
    """What one request adds to one budget's counter (a tuple: one is made per budget and
    request)."""

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
    """The start of the local day or month (Europe/Amsterdam), as stored; reused until the
    period ends (the time zone arithmetic is a fair share of a request's counting)."""
    start, end = _windows.get(period, (None, None))
    if start is not None and start <= now < end:
        return start
    start = _window_start(period, now)
    _windows[period] = (start, resets_at(period, start))
    return start


_windows: dict[str, tuple[dt.datetime, dt.datetime]] = {}


def _window_start(period: str, now: dt.datetime) -> dt.datetime:
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


# How long a counter is kept after its period started: the longest period (a month, at most
# 31 days) has then surely ended, with two days to spare for daylight saving time and the
# clocks of workers still settling the period's last tokens.
COUNTER_KEPT = dt.timedelta(days=31 + 2)


def purge_ended_counters(*, now: dt.datetime, actor: Actor) -> int:
    """Delete the counters of periods that have ended (started more than `COUNTER_KEPT`
    before `now`), per organisation in one transaction with one audit event
    (`gateway_budget_counters_purged`); the number deleted. Nothing shows them: *Mijn
    gebruik* and the budget pages read only the current period."""
    before = now - COUNTER_KEPT
    ended = BudgetCounter.objects.filter(window_start__lt=before)
    organizations = sorted(set(ended.values_list("budget__organization_id", flat=True)))
    total = 0
    for organization_id in organizations:
        with transaction.atomic():
            deleted, _per_model = ended.filter(budget__organization_id=organization_id).delete()
            if deleted:
                record_event("gateway_budget_counters_purged", actor=actor,
                             organization_id=organization_id,
                             data={"count": deleted, "window_start_before": before})
        total += deleted
    return total


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


def claims_for(rules: tuple[Rule, ...], grant: Grant, person: Person,
               estimate: int) -> list[Claim]:
    """What one request adds to each budget that applies to it."""
    now = timezone.now()
    claims = []
    for rule in rules:
        who = subject(rule, grant, person)
        if who is not None:
            claims.append(Claim(rule, who, window_start(rule.period, now),
                                estimate if rule.metric == BudgetMetric.TOKENS else 1))
    return claims


def take(rules: tuple[Rule, ...], grant: Grant, person: Person, estimate: int) -> Ticket:
    """Count one request (and reserve `estimate` tokens) against every budget that applies;
    a hard limit refuses the request and nothing is taken."""
    claims = claims_for(rules, grant, person, estimate)
    if not claims:
        return Ticket()
    connection = connections[BudgetCounter.objects.db]
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        counted = _add_all_postgresql(connection, claims)
    else:
        counted = _add_all(connection, claims)
    ticket, to_warn = ticket_for(claims, counted)
    warn(grant, person, to_warn)
    return ticket


def ticket_for(claims: list[Claim], counted: list[tuple[int, bool]]
               ) -> tuple[Ticket, list[tuple[Claim, int]]]:
    """The request's ticket, and the soft limits reached whose e-mail may still be due."""
    ticket, to_warn = Ticket(), []
    for claim, (value, warned) in zip(claims, counted, strict=True):
        rule = claim.rule
        if rule.metric == BudgetMetric.TOKENS:
            ticket.claims.append(claim)
        if rule.soft is not None and value >= rule.soft:
            ticket.warnings.append(warning_header(claim, value))
            if not warned:
                to_warn.append((claim, value))
    return ticket, to_warn


def warn(grant: Grant, person: Person, to_warn: list[tuple[Claim, int]]) -> None:
    """Send the period's e-mail for each soft limit reached that this worker claims."""
    for claim, value in to_warn:
        if claim_warning(claim):
            send_warning(grant, person, claim, value)


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


# Over the hard limit, the upsert fails with this text as a bigint (any error rolls back every
# counter of the request); the text names the budget. It involves the row's value, so the
# database cannot evaluate it before it is needed.
EXCEEDED = "budget_exceeded:"


@functools.cache
def _upsert_sql_raising(table: str) -> str:
    return (f"INSERT INTO {table} (budget_id, subject, window_start, value, warned) "
            f"VALUES (%s, %s, %s, %s, false) "
            f"ON CONFLICT (budget_id, subject, window_start) DO UPDATE "
            f"SET value = CASE WHEN {table}.value + excluded.value <= %s "
            f"THEN {table}.value + excluded.value "
            f"ELSE ('{EXCEEDED}' || excluded.budget_id || ':' || {table}.value)::bigint END "
            f"RETURNING value, warned")


@functools.cache
def _counting_sql(table: str, claims: int) -> str:
    return "; ".join(["BEGIN", "SET LOCAL synchronous_commit TO OFF",
                      *[_upsert_sql_raising(table)] * claims, "COMMIT"])


def _counting_message(table: str, claims: list[Claim]) -> tuple[str, list]:
    """The transaction with `synchronous_commit` off, every upsert and COMMIT as one message
    (client-side binding allows several statements in one `execute`)."""
    return _counting_sql(table, len(claims)), _counting_params(claims)


def _counting_params(claims: list[Claim]) -> list:
    """The parameters of the counting upserts, five per claim; a claim over its hard limit
    on its own is refused before anything is counted."""
    params = []
    for claim in claims:
        hard = claim.rule.hard
        if hard is not None and claim.amount > hard:
            raise exceeded(claim)
        params += (claim.rule.id, claim.subject, claim.window, claim.amount,
                   hard if hard is not None else UNLIMITED)
    return params


def _add_all_postgresql(connection, claims: list[Claim]) -> list[tuple[int, bool]]:
    """`_add_all` in one round trip (`_counting_message`). A counter over its hard limit
    makes its upsert fail, which stops the message before COMMIT; then one more round trip
    rolls back, and the refusal names that budget."""
    sql, params = _counting_message(connection.ops.quote_name(BudgetCounter._meta.db_table),
                                    claims)
    connection.ensure_connection()
    counted = []
    # Database errors in Django's classes, so the gateway refuses as for any other.
    with connection.wrap_database_errors, connection.connection.cursor() as cursor:
        try:
            cursor.execute(sql, params)
        except psycopg.Error as exc:
            _roll_back(cursor.connection, cursor.execute, exc, claims)
        cursor.nextset()  # past BEGIN and SET
        for _claim in claims:
            cursor.nextset()
            row = cursor.fetchone()
            counted.append((row[0], bool(row[1])))
    return counted


def _roll_back(pg_connection, execute, exc: Exception, claims: list[Claim]):
    """After a failed counting message: ROLLBACK (sync `execute`; the async counter does its
    own), then refuse for the budget it names, or re-raise."""
    if pg_connection.info.transaction_status in (TransactionStatus.INERROR,
                                                 TransactionStatus.INTRANS):
        execute("ROLLBACK")
    refused = _refused_claim(exc, claims)
    if refused is None:
        raise exc
    raise exceeded(refused) from None


@functools.cache
def _counting_statement(table: str, claims: int) -> str:
    """All upserts of one request as ONE statement (data-modifying CTEs, each row tagged
    with its claim's position): atomic on its own, one result to read. An upsert over its
    hard limit fails the whole statement, so nothing is taken."""
    upsert = _upsert_sql_raising(table)
    parts = [f"c{n} AS ({upsert})" for n in range(claims)]
    rows = " UNION ALL ".join(f"SELECT {n}, value, warned FROM c{n}" for n in range(claims))
    return f"WITH {', '.join(parts)} {rows}"


class AsyncCounter:
    """Budget counting on PostgreSQL in the event loop (issue 17): one connection of its
    own per worker (autocommit, `synchronous_commit` off for the whole session: it only
    counts), no thread hop, one prepared statement and one round trip per request
    (`_counting_statement`: the same conditional upserts as `_add_all_postgresql`, so
    limits hold the same way across workers; prepared, the values travel as parameters
    instead of being quoted into the text, about a third less CPU). Requests of one worker
    take turns on the connection and its cursor. Database failures raise `DatabaseError`
    (the gateway refuses); a broken connection is replaced on the next request."""

    def __init__(self, alias: str = "default") -> None:
        self.alias = alias
        self.table = connections[alias].ops.quote_name(BudgetCounter._meta.db_table)
        self.connection: psycopg.AsyncConnection | None = None
        self.cursor: psycopg.AsyncCursor | None = None
        self.lock: asyncio.Lock | None = None

    @staticmethod
    def available(alias: str = "default") -> bool:
        return connections[alias].vendor == "postgresql"

    async def connect(self) -> psycopg.AsyncCursor:
        """The connection's cursor (reused: one fewer object per request), connecting
        first when there is no usable connection."""
        if self.connection is None or self.connection.closed:
            settings = connections[self.alias].settings_dict
            options = settings.get("OPTIONS", {})
            conninfo = psycopg.conninfo.make_conninfo(
                dbname=settings["NAME"], user=settings["USER"] or None,
                password=settings["PASSWORD"] or None, host=settings["HOST"] or None,
                port=str(settings["PORT"]) if settings["PORT"] else None,
                connect_timeout=str(options.get("connect_timeout", 5)),
                options="-c synchronous_commit=off",
                **{k: v for k, v in options.items() if k in ("sslmode", "application_name")})
            self.connection = await psycopg.AsyncConnection.connect(conninfo, autocommit=True)
            self.cursor = self.connection.cursor()
        return self.cursor

    async def count(self, claims: list[Claim]) -> list[tuple[int, bool]]:
        # A request that is cancelled meanwhile does not cut the round trip short (that could
        # leave the connection mid-statement for the next one).
        return await asyncio.shield(self._count(claims))

    async def _count(self, claims: list[Claim]) -> list[tuple[int, bool]]:
        params = _counting_params(claims)
        sql = _counting_statement(self.table, len(claims))
        if self.lock is None:
            self.lock = asyncio.Lock()
        async with self.lock:
            try:
                cursor = await self.connect()
                try:
                    await cursor.execute(sql, params, prepare=True)
                except psycopg.Error as exc:
                    if (refused := _refused_claim(exc, claims)) is not None:
                        raise exceeded(refused) from None
                    raise
                counted: list[tuple[int, bool]] = [(0, False)] * len(claims)
                for position, value, warned in await cursor.fetchall():
                    counted[position] = (value, bool(warned))
                return counted
            except psycopg.Error as exc:
                if self.connection is not None and (
                        self.connection.broken or self.connection.info.transaction_status
                        != TransactionStatus.IDLE):
                    await self.connection.close()  # a new one for the next request
                raise DatabaseError(str(exc)) from exc

    async def take(self, rules: tuple[Rule, ...], grant: Grant, person: Person, estimate: int,
                   run_db) -> Ticket:
        """`take` with the counting in the event loop; only a soft limit's e-mail, when one
        may be due, goes to a database thread (`run_db`)."""
        claims = claims_for(rules, grant, person, estimate)
        if not claims:
            return Ticket()
        ticket, to_warn = ticket_for(claims, await self.count(claims))
        if to_warn:
            await run_db(warn, grant, person, to_warn)
        return ticket


def _refused_claim(error: Exception, claims: list[Claim]) -> Claim | None:
    """The claim whose budget the upsert's error names (None: another error)."""
    if not isinstance(error, psycopg.errors.InvalidTextRepresentation):
        return None
    _before, found, rest = str(error).partition(EXCEEDED)
    budget_id = rest.split(":", 1)[0] if found else ""
    return next((c for c in claims if str(c.rule.id) == budget_id), None)


def quantity(metric: str, count: int) -> str:
    """`count` of a budget's metric, singular or plural ("1 verzoek", "2 verzoeken")."""
    if metric == BudgetMetric.TOKENS:
        return ngettext("%(count)s token", "%(count)s tokens", count) % {"count": count}
    return ngettext("%(count)s verzoek", "%(count)s verzoeken", count) % {"count": count}


def exceeded(claim: Claim) -> Refusal:
    rule = claim.rule
    reset = timezone.localtime(resets_at(rule.period, claim.window))
    return Refusal(429, f"budget_exceeded_{rule.name}", _(
        "Het budget '%(budget)s' is op: %(limit)s %(period)s (%(scope)s). Het budget gaat "
        "weer open op %(reset)s. Vraag zo nodig de beheerder om een hoger budget.") % {
            "budget": rule.name, "limit": quantity(rule.metric, rule.hard),
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
        if connection.vendor == "postgresql":  # one statement for the whole batch
            values = ", ".join(["(%s, %s, %s, %s::timestamptz)"] * len(rows))
            cursor.execute(
                f"UPDATE {table} SET value = {table}.value + v.delta FROM (VALUES {values}) "
                f"AS v(delta, budget_id, subject, window_start) WHERE {table}.budget_id = "
                f"v.budget_id AND {table}.subject = v.subject AND {table}.window_start = "
                f"v.window_start", [value for row in rows for value in row])
        else:
            cursor.executemany(f"UPDATE {table} SET value = value + %s WHERE budget_id = %s "
                               "AND subject = %s AND window_start = %s", rows)


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
