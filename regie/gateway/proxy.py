"""The gateway as a lean ASGI application for `/v1/` (mounted in `regie/asgi.py` in front of
Django): authorise against the register, scan, enforce limits, forward to the model's
OpenAI-compatible endpoint with a pooled HTTP client (aiohttp: under concurrency it carries
several times the requests per second of httpx's async pool on the same core), filter the
answer, record.

Every path refuses rather than forwards when something cannot be checked: an unreadable
register, a failing or slow scanner, a missing upstream key.
"""

from __future__ import annotations

import asyncio
import atexit
import json
import os
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from django.db import DatabaseError, close_old_connections, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

import aiohttp

from regie.gateway import budgets, config, formats, limits, media, people, records, upstreams
from regie.gateway.errors import Refusal
from regie.gateway.grants import (
    Endpoint,
    Grant,
    Route,
    TtlCache,
    check_key,
    check_model,
    load_grant,
)
from regie.gateway.injection_gate import check_injection  # issue 17: prompt injection
from regie.gateway.keys import hash_key
from regie.gateway.models import Decision, PrivacyAction, ResponseAction
from regie.gateway.records import Outcome
from regie.gateway.redaction import Pseudonyms, replace_entities, request_texts
from regie.gateway.responses import AnswerFilter, StreamFilter
from regie.gateway.scanner import ScannerUnavailable, load_scanner
from regie.gateway.scanning import ScanFailed, ScanPool, checked, checked_scan
from regie.gateway.texts import MAX_DEPTH, TooDeep
from regie.gateway.trained import check_user

JSON_HEADERS = [(b"content-type", b"application/json")]
AI_HEADER = (b"x-regie-ai-generated", b"true")
UPSTREAM_ERRORS = (aiohttp.ClientError, TimeoutError)
# Records kept from an outage are written this many per transaction, between the batches.
KEPT_PER_FLUSH = 500
ROUTES = {
    ("POST", "/v1/chat/completions"): "chat",
    ("POST", "/v1/embeddings"): "embeddings",
    ("GET", "/v1/models"): "models",
    # issue 17: the other APIs clients use (`formats.py`, `media.py`)
    ("POST", "/v1/completions"): "completions",
    ("POST", "/v1/responses"): "responses",
    **media.ROUTES,
}


class GatewayApp:
    def __init__(self) -> None:
        self.config = config.load()
        self.cache = TtlCache(self.config.cache_seconds)
        self.users = TtlCache(self.config.people_cache_seconds, size=100_000)  # issue 17
        self.budget_rules = TtlCache(self.config.cache_seconds)  # issue 17
        self.db_pool = ThreadPoolExecutor(self.config.db_threads, thread_name_prefix="gw-db")
        self._scan = None
        # Long texts are scanned in separate processes, each driven by one thread.
        self.scan_pool = ScanPool(self.config.scanner, self.config.scan_processes,
                                  self.config.scan_timeout)
        self.scan_threads = ThreadPoolExecutor(self.config.scan_processes,
                                               thread_name_prefix="gw-scan")
        self._loading: dict[Any, asyncio.Future] = {}
        self._client: aiohttp.ClientSession | None = None
        self._client_loop: asyncio.AbstractEventLoop | None = None
        # Records of forwarded requests, written in batches (fewer database round trips
        # and less contention for the interpreter on the hot path); what is left at exit
        # is written then.
        # Token settlements wait for the same batch, summed per (application, month).
        self._pending: list[Outcome] = []
        self._settles: dict[tuple[int, Any], int] = {}
        # What could not be written while the database was unreachable, retried with
        # every flush: records that are not batched (refusals with their audit events,
        # content logs) and the applications whose token settlements are still open. At most
        # REGIE_GATEWAY_KEEP_MAX records are kept; `lost` counts the ones that were not.
        self._kept: list[Outcome] = []
        self._unsettled: set[int] = set()
        self.lost = 0
        self._flusher: asyncio.Future | None = None
        atexit.register(self.write_pending)
        atexit.register(self.scan_pool.close)
        self.settlements = budgets.Settlements(self.db)  # issue 17: budget token settlements
        self.chat_only: dict[str, float] = {}  # issue 17: upstreams without /responses
        atexit.register(self.settlements.write_now)
        # issue 17: on PostgreSQL budgets are counted in the event loop (no thread hop)
        self.counter = budgets.AsyncCounter() if budgets.AsyncCounter.available() else None
        self.upstreams = upstreams.UpstreamPool(  # issue 17: several endpoints per model
            self.client, failures_to_down=self.config.upstream_failures,
            check_seconds=self.config.health_seconds, health_path=self.config.health_path,
            on_change=self.health_changed)

    # --- plumbing ------------------------------------------------------------------------
    async def db(self, fn, *args):
        """Run ORM work in a worker thread. The thread's connection is health-checked
        first (`CONN_HEALTH_CHECKS`), so one left over from before a database restart is
        replaced instead of failing the call; a database error closes it."""
        def call():
            from django.db import connection

            close_old_connections()
            try:
                connection.close_if_health_check_failed()
                return fn(*args)
            except DatabaseError:
                connection.close()
                raise

        return await asyncio.get_running_loop().run_in_executor(self.db_pool, call)

    def client(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._client is None or self._client_loop is not loop:
            timeout = aiohttp.ClientTimeout(total=None, sock_connect=5,
                                            sock_read=self.config.upstream_timeout)
            self._client = aiohttp.ClientSession(
                timeout=timeout, connector=aiohttp.TCPConnector(limit=500),
                skip_auto_headers=["User-Agent"])
            self._client_loop = loop
        return self._client

    def health_changed(self, endpoint, health) -> None:
        """An endpoint was taken out or put back (issue 17): shown on the model page."""
        asyncio.ensure_future(self.attempt(upstreams.save_health, None, endpoint.base_url,
                                           health.down_since is None, health.last_error))

    def scanner(self):
        if self._scan is None:
            try:
                self._scan = load_scanner(self.config.scanner)
            except ScannerUnavailable as exc:
                raise Refusal(503, "scanner_unavailable", _(
                    "De privacyscanner is niet beschikbaar; de gateway stuurt niets ongescand "
                    "door.")) from exc
        return self._scan

    @staticmethod
    async def send_json(send, status: int, body: bytes, extra=()) -> None:
        await send({"type": "http.response.start", "status": status, "headers": [
            *JSON_HEADERS, (b"content-length", str(len(body)).encode()), *extra]})
        await send({"type": "http.response.body", "body": body})

    # --- entry -----------------------------------------------------------------------------
    async def __call__(self, scope, receive, send) -> None:
        endpoint = ROUTES.get((scope["method"], scope["path"].rstrip("/")))
        if endpoint is None:
            refusal = Refusal(404, "not_found", _("Onbekend adres: %(path)s") % {
                "path": scope["path"]}, kind="invalid_request_error")
            await self.send_json(send, 404, refusal.body())
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope["headers"]}
        outcome = Outcome(endpoint=endpoint, started=time.perf_counter())
        try:
            try:
                await self.handle(endpoint, headers, receive, send, outcome)
            except DatabaseError as exc:
                raise register_unavailable() from exc
            except (Refusal, asyncio.CancelledError):
                raise
            except Exception as exc:
                # A defect still answers in the OpenAI shape and is recorded (fail closed).
                records.logger.exception("gateway request failed")
                raise Refusal(500, "internal_error", _(
                    "De gateway kon het verzoek niet afhandelen."),
                    kind="api_error") from exc
        except Refusal as refusal:
            outcome.status_code = refusal.status
            outcome.reason = refusal.code
            outcome.entity_types = refusal.entity_types or outcome.entity_types
            if outcome.decision == Decision.FORWARDED:
                outcome.decision = Decision.REFUSED
            outcome.latency_ms = (time.perf_counter() - outcome.started) * 1000
            # Refusals are recorded before the answer, so the trail is complete on return.
            await self.record(outcome)
            try:
                await self.send_json(send, refusal.status, refusal.body())
            except OSError:
                pass  # the client is gone
            return
        outcome.latency_ms = (time.perf_counter() - outcome.started) * 1000
        await self.record(outcome)

    async def record(self, outcome: Outcome) -> None:
        if not records.needs_immediate_save(outcome):
            self._pending.append(outcome)
            self.schedule_flush()
            return
        if not self._kept:  # otherwise after the ones kept earlier, in order
            try:
                await self.db(records.save, outcome)
                return
            except DatabaseError:
                records.logger.warning("gateway request kept: the database is unreachable")
        self._kept.append(outcome)
        self.enforce_keep_limit()
        self.schedule_flush()

    def settle(self, grant: Grant, window, reserved: int, used: int) -> None:
        key = (grant.application_id, window)
        self._settles[key] = self._settles.get(key, 0) + used - reserved
        self.schedule_flush()

    def check_counted(self, grant: Grant) -> None:
        """Fail closed on budgets: while this worker holds token counts of an application
        it could not write, that application's budget is not known, so it gets nothing."""
        if grant.application_id in self._unsettled:
            raise Refusal(503, "budget_uncounted", _(
                "Het tokenverbruik van toepassing '%(app)s' kan nu niet worden bijgehouden; "
                "de gateway weigert tot het register weer bereikbaar is.") % {
                    "app": grant.application_slug}, kind="api_error")

    def schedule_flush(self, delay: float = 0.1) -> None:
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.ensure_future(self.flush_records(delay))

    async def flush_records(self, delay: float) -> None:
        """Write what waits: token settlements and forwarded requests in one batch, then
        up to KEPT_PER_FLUSH records kept from an outage. What fails is kept and tried
        again a second later; what arrived meanwhile gets the next flush."""
        await asyncio.sleep(delay)
        batch, settles, kept = self.take_pending()
        batch, settles = await self.attempt(self.write_batch, (batch, settles), batch, settles)
        self._unsettled = {application_id for application_id, _window in settles}
        failed = bool(batch or settles)
        if kept and not failed:
            written = await self.attempt(self.write_kept, 0, kept[:KEPT_PER_FLUSH])
            failed = not written
            kept = kept[written:]
        self.keep(batch, settles, kept)
        if self._pending or self._settles or self._kept:
            self._flusher = asyncio.ensure_future(self.flush_records(1.0 if failed else 0.1))

    async def attempt(self, write, on_error, *args):
        try:
            return await self.db(write, *args)
        except Exception:  # noqa: BLE001 - keep everything, try again
            records.logger.exception("gateway records could not be written")
            return on_error

    def write_pending(self) -> None:
        """At exit: write what is left; what cannot be written now is lost, and said."""
        batch, settles, kept = self.take_pending()
        batch, settles = self.write_batch(batch, settles)
        if kept and not (batch or settles):
            kept = kept[self.write_kept(kept):]
        lost = len(batch) + len(kept)
        if lost or settles:
            self.lost += lost
            records.logger.error("gateway stopped with %s request records and the token "
                                 "counts of %s applications unwritten", lost, len(settles))

    def take_pending(self) -> tuple[list[Outcome], dict, list[Outcome]]:
        batch, self._pending = self._pending, []
        settles, self._settles = self._settles, {}
        kept, self._kept = self._kept, []
        return batch, settles, kept

    def keep(self, batch: list[Outcome], settles: dict, kept: list[Outcome]) -> None:
        """Put back what could not be written, before what arrived meanwhile."""
        self._pending[:0] = batch
        self._kept[:0] = kept
        for key, delta in settles.items():
            self._settles[key] = self._settles.get(key, 0) + delta
        self.enforce_keep_limit()

    def enforce_keep_limit(self) -> None:
        excess = len(self._pending) + len(self._kept) - self.config.keep_max
        if excess <= 0:
            return
        dropped = min(excess, len(self._pending))  # forwarded requests first, then refusals
        del self._pending[:dropped]
        del self._kept[:excess - dropped]
        self.lost += excess
        records.logger.error("%s gateway request records dropped (REGIE_GATEWAY_KEEP_MAX=%s "
                             "reached while the database is unreachable); %s lost so far",
                             excess, self.config.keep_max, self.lost)

    @staticmethod
    def write_batch(batch: list[Outcome], settles: dict) -> tuple[list[Outcome], dict]:
        """Settle token counts, then write the records (a request's record is never
        visible before its tokens are counted). Returns what could not be written."""
        from django.db import connection

        try:
            if settles:
                limits.settle_tokens(settles)
                settles = {}
            if batch:
                records.save_many(batch)
        except DatabaseError as exc:
            records.logger.warning("%s gateway records and %s token settlements kept: %s",
                                   len(batch), len(settles), exc)
            connection.close()
            return batch, settles
        return [], {}

    @staticmethod
    def write_kept(kept: list[Outcome]) -> int:
        """Records kept from an outage (refusals with their audit events), in order and in
        one transaction; how many were written (all or none)."""
        from django.db import connection

        try:
            with transaction.atomic():
                for outcome in kept:
                    records.save(outcome)
        except DatabaseError:
            connection.close()
            return 0
        return len(kept)

    async def authorise(self, headers: dict[str, str]) -> Grant:
        auth = headers.get("authorization", "")
        token = auth[7:].strip() if auth[:7].lower() == "bearer " else headers.get("api-key", "")
        if not token:
            raise Refusal(401, "missing_api_key", _(
                "Geen gatewaysleutel meegestuurd. Maak een sleutel voor een geregistreerde "
                "toepassing (regie apikey create --application KENMERK) en stuur die mee als "
                "Bearer-token."), kind="authentication_error")
        key_hash = hash_key(token)
        found, grant = self.cache.get(key_hash)
        if not found:
            grant = await self.load_shared(self.cache, key_hash, load_grant, key_hash)
        return check_key(grant, timezone.now())

    async def load_shared(self, cache: TtlCache, key, fn, *args):
        """Read the register for a key that is not (or no longer) cached. Requests that miss
        together share one read, so an expired entry under load costs one database query,
        not one per waiting request. Any failure refuses (fail closed)."""
        loading = self._loading.get(key)
        if loading is None or loading.get_loop() is not asyncio.get_running_loop():
            loading = self._loading[key] = asyncio.ensure_future(self.db(fn, *args))
            loading.add_done_callback(
                lambda done: self._loading.get(key) is done and self._loading.pop(key))
        try:
            value = await asyncio.shield(loading)  # one leaving client does not cancel it
        except Exception as exc:  # noqa: BLE001 - an unreadable register refuses the request
            raise register_unavailable() from exc
        cache.put(key, value)
        return value

    # --- issue 17: people and budgets ---------------------------------------------------
    async def identify(self, grant: Grant, headers) -> people.Person:
        """The person a request is for (see `people.py`), read from the register once per
        cache period."""
        if grant.key_user_id is not None:
            key, load, args = ("user", grant.key_user_id), people.load_user, (grant.key_user_id,)
        elif name := people.forwarded_name(grant, headers):
            key, load, args = ("name", name.lower()), people.load_named, (name,)
        elif session := people.session_key(headers):
            key, load, args = ("session", session), people.load_session, (session,)
        else:
            return people.NOBODY
        key = (grant.organization_id, *key)
        found, person = self.users.get(key)
        if not found:
            person = await self.load_shared(self.users, key, load, grant.organization_id,
                                            *args)
        return person

    async def take_budgets(self, grant: Grant, person: people.Person,
                           estimate: int) -> budgets.Ticket | None:
        """Count the request against the organisation's budgets (None: it has none)."""
        found, rules = self.budget_rules.get(grant.organization_id)
        if not found:
            rules = await self.load_shared(self.budget_rules, grant.organization_id,
                                           budgets.load_rules, grant.organization_id)
        if not rules:
            return None
        if self.counter is not None:
            return await self.counter.take(rules, grant, person, estimate, self.db)
        return await self.db(budgets.take, rules, grant, person, estimate)

    async def handle(self, endpoint: str, headers, receive, send, outcome: Outcome) -> None:
        grant = outcome.grant = await self.authorise(headers)
        if endpoint == "models":
            outcome.user_label = f"key:{grant.key_prefix}"
            await self.list_models(grant, send)
            return
        person = await self.identify(grant, headers)  # issue 17
        outcome.user_label = person.label or f"key:{grant.key_prefix}"
        outcome.user_id, outcome.department = person.user_id, person.department
        if grant.policy.require_trained_users:
            check_user(grant, person.name, person.status)
        media.check_output_type(grant, endpoint)  # issue 17: images and audio
        payload = await self.read_json(headers, receive, forms=endpoint in media.REQUIRED_TASK)
        model = payload.get("model")
        if not isinstance(model, str) or not model:
            raise Refusal(400, "invalid_request", _("Veld 'model' ontbreekt of is geen tekst."),
                          kind="invalid_request_error")
        outcome.model = model
        route = check_model(grant, model)
        upstream_headers = self.upstream_headers(route)
        # issue 17: prompt-injection signals, recorded or refused per application
        await check_injection(payload, grant, outcome, self.config.scan_inline_chars)
        pseudonyms, scanned_length = await self.protect(payload, endpoint, grant, outcome)
        max_tokens = (payload.get("max_completion_tokens") or payload.get("max_tokens")
                      or payload.get("max_output_tokens"))
        estimate = limits.estimate_tokens(
            scanned_length, max_tokens if isinstance(max_tokens, int) else None)
        window = None
        policy = grant.policy
        if policy.rate_limit_per_minute is not None or policy.monthly_token_budget is not None:
            if policy.monthly_token_budget is not None:
                self.check_counted(grant)
            window = await self.db(limits.take, grant, estimate)
        ticket = await self.take_budgets(grant, person, estimate)  # issue 17
        if ticket is not None:
            outcome.headers += [(b"x-regie-budget-warning", w.encode()) for w in ticket.warnings]
        payload["model"] = route.upstream_model
        text_answer = endpoint in formats.TEXT_ANSWERS
        answer = AnswerFilter(
            scan=checked_scan(self.scanner()), pseudonyms=pseudonyms,
            redact=grant.policy.response_action == ResponseAction.REDACT and text_answer,
            disclosure=grant.policy.disclosure_text if text_answer else "")
        fmt = formats.FORMATS.get(endpoint)
        target = upstreams.Target(  # issue 17: the decided endpoints of the model
            route, fmt.path if fmt else "embeddings", self.upstream_headers)
        try:
            if endpoint == "responses":  # issue 17
                await formats.forward_responses(self, route, payload, answer, receive, send,
                                                outcome)
            elif endpoint in media.REQUIRED_TASK:  # issue 17
                await media.forward(self, route, upstream_headers, payload, send, outcome)
            elif fmt is not None and payload.get("stream"):
                await self.forward_stream(target, payload, answer, receive, send, outcome, fmt)
            else:
                await self.forward(target, payload, answer, send, outcome, fmt)
        finally:
            if window is not None:
                self.settle(grant, window, estimate,
                            outcome.prompt_tokens + outcome.completion_tokens)
            if ticket is not None:  # issue 17
                self.settlements.add(ticket, outcome.prompt_tokens + outcome.completion_tokens)
        if grant.policy.response_action == ResponseAction.LOG and answer.upstream_text:
            await self.scan_answer(answer, outcome)

    @staticmethod
    def upstream_headers(route: Route | Endpoint) -> dict[str, str]:
        headers = {"content-type": "application/json"}
        if route.api_key_env:
            key = os.environ.get(route.api_key_env)
            if not key:
                raise Refusal(503, "upstream_key_missing", _(
                    "De omgevingsvariabele %(env)s met de sleutel voor model '%(model)s' is niet "
                    "gezet.") % {"env": route.api_key_env, "model": route.name}, kind="api_error")
            headers["authorization"] = f"Bearer {key}"
        return headers

    def too_large(self) -> Refusal:
        return Refusal(413, "request_too_large", _(
            "Het verzoek is groter dan de %(limit)s MB die de gateway aanneemt; maak de "
            "tekst korter of verdeel hem over meer verzoeken.") % {
                "limit": f"{self.config.max_request_bytes / 1024 / 1024:g}"},
            kind="invalid_request_error")

    async def read_json(self, headers, receive, *, forms: bool = False) -> dict[str, Any]:
        """The request body as a JSON object (or, with `forms`, a multipart/form-data
        upload's fields); a body larger than the limit is refused as soon as that is known
        (from Content-Length, or while reading), never kept whole."""
        limit = self.config.max_request_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise self.too_large()
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise Refusal(499, "client_disconnected", "", kind="invalid_request_error")
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > limit:
                raise self.too_large()
            if not message.get("more_body"):
                break
        try:
            if forms and media.is_form(headers):  # issue 17: image and audio uploads
                return media.parse_form(b"".join(chunks), headers["content-type"])
            payload = json.loads(b"".join(chunks))
        except RecursionError as exc:  # nested deeper than the parser goes
            raise too_deep("body") from exc
        except ValueError as exc:
            raise Refusal(400, "invalid_json", _("Het verzoek is geen geldige JSON."),
                          kind="invalid_request_error") from exc
        if not isinstance(payload, dict):
            raise Refusal(400, "invalid_json", _("Het verzoek moet een JSON-object zijn."),
                          kind="invalid_request_error")
        return payload

    # --- privacy -------------------------------------------------------------------------
    async def run_scan(self, texts: list[str]) -> list[list]:
        """Short texts are scanned in the event loop (well under a millisecond; a hop to
        a thread or process per request costs more under load). Longer ones go to a scanner
        process, which is killed at the deadline, so the event loop keeps serving other
        requests meanwhile (`scanning.py`). A scan that fails, answers something malformed
        or takes longer than the timeout refuses the request."""
        scan = self.scanner()  # fails closed when the scanner cannot be loaded at all
        try:
            if sum(len(text) for text in texts) <= self.config.scan_inline_chars:
                started = time.perf_counter()
                found = [checked(text, scan(text)) for text in texts]
                if time.perf_counter() - started > self.config.scan_timeout:
                    raise ScanFailed("scan took longer than the timeout")
                return found
            return await asyncio.get_running_loop().run_in_executor(
                self.scan_threads, self.scan_pool.scan, texts)
        except Exception as exc:  # noqa: BLE001 - any scanner failure refuses the request
            records.logger.warning("scanner failed: %s", exc)
            raise scanner_failed() from exc

    async def protect(self, payload, endpoint: str, grant: Grant, outcome: Outcome):
        try:
            slots = request_texts(payload, endpoint)
        except TooDeep as exc:
            raise too_deep(exc.args[0]) from exc
        except ValueError as exc:
            raise Refusal(400, "invalid_request", _(
                "Veld '%(field)s' ontbreekt of bevat iets anders dan tekst; de gateway stuurt "
                "alleen tekst door die gescand kan worden.") % {"field": exc.args[0]},
                kind="invalid_request_error") from exc
        texts = [container[key] for container, key in slots]
        found = await self.run_scan(texts)
        pseudonyms = Pseudonyms(actions={}, default_action=PrivacyAction.BLOCK)
        types = sorted({entity.type for entities in found for entity in entities})
        outcome.entity_types = types
        if types and slots.fixed:
            check_fixed(slots.fixed, found, outcome)
        blocked = [t for t in types if grant.action_for(t) == PrivacyAction.BLOCK]
        if blocked:
            outcome.decision = Decision.BLOCKED
            raise Refusal(400, "personal_data_blocked", _(
                "Het verzoek bevat gegevens die deze toepassing niet naar een AI-model mag "
                "sturen: %(types)s. Haal ze weg of vraag de beheerder de instellingen in het "
                "register aan te passen.") % {"types": ", ".join(blocked)},
                kind="invalid_request_error", entity_types=types)
        pseudonyms.actions = {t: grant.action_for(t) for t in types}
        for (container, key), text, entities in zip(slots, texts, found, strict=True):
            if entities:
                container[key] = replace_entities(text, entities, pseudonyms)
        if grant.policy.log_content:
            outcome.prompt_text = "\n\n".join(container[key] for container, key in slots)
        return pseudonyms, sum(len(text) for text in texts)

    async def scan_answer(self, answer: AnswerFilter, outcome: Outcome) -> None:
        """Log mode: which kinds of data the answer held (recorded, not changed)."""
        try:
            found = await self.run_scan(["".join(answer.upstream_text)])
        except Refusal:
            outcome.response_entity_types = ["SCAN_FAILED"]
            return
        outcome.response_entity_types = sorted({e.type for e in found[0]})

    # --- upstream ------------------------------------------------------------------------
    async def list_models(self, grant: Grant, send) -> None:
        data = []
        for name in sorted(grant.routes):
            try:
                check_model(grant, name)
            except Refusal:
                continue
            data.append({"id": name, "object": "model", "created": 0, "owned_by": "regie"})
        await self.send_json(send, 200, json.dumps({"object": "list", "data": data}).encode())

    @staticmethod
    def upstream_failure(exc: Exception) -> Refusal:
        if isinstance(exc, TimeoutError):
            return Refusal(504, "upstream_timeout", _(
                "Het AI-model antwoordde niet op tijd."), kind="api_error")
        return Refusal(502, "upstream_unavailable", _(
            "Het AI-model is niet bereikbaar (%(error)s).") % {"error": type(exc).__name__},
            kind="api_error")

    @staticmethod
    def upstream_status(outcome: Outcome, status: int, body: bytes) -> Refusal:
        outcome.decision = Decision.UPSTREAM_ERROR
        try:
            detail = json.loads(body)["error"]["message"]
        except (ValueError, KeyError, TypeError):
            detail = body[:200].decode("utf-8", "replace")
        if status >= 500:
            return Refusal(502, "upstream_error", _(
                "Het AI-model gaf een fout (status %(status)s): %(detail)s") % {
                    "status": status, "detail": detail}, kind="api_error")
        return Refusal(status, "upstream_rejected", _(
            "Het AI-model weigerde het verzoek (status %(status)s): %(detail)s") % {
                "status": status, "detail": detail}, kind="invalid_request_error")

    async def forward(self, target: upstreams.Target, payload, answer: AnswerFilter, send,
                      outcome: Outcome, fmt=None) -> None:
        try:
            async with self.upstreams.post(target, payload) as response:
                status, body = response.status, await response.read()
        except UPSTREAM_ERRORS as exc:
            outcome.decision = Decision.UPSTREAM_ERROR
            raise self.upstream_failure(exc) from exc
        if status >= 400:
            raise self.upstream_status(outcome, status, body)
        try:
            parsed = json.loads(body)
        except ValueError as exc:
            raise self.upstream_status(outcome, 502, body) from exc
        outcome.prompt_tokens, outcome.completion_tokens = formats.tokens(parsed.get("usage"))
        if fmt is not None:
            try:
                filtered = fmt.answer(answer, parsed)
            except Exception as exc:  # noqa: BLE001 - a failing scan never lets text through
                raise scanner_failed() from exc
            if answer.active or fmt.rewrites:
                body = json.dumps(filtered, ensure_ascii=False).encode()
            outcome.response_entity_types = sorted(answer.found)
            outcome.response_text = "".join(answer.upstream_text)
        await self.send_json(send, 200, body, [AI_HEADER, *outcome.headers])

    async def forward_stream(self, target: upstreams.Target, payload, answer: AnswerFilter,
                             receive, send, outcome: Outcome,
                             fmt=formats.FORMATS["chat"]) -> None:
        stream = fmt.stream(answer, payload)
        pump = asyncio.ensure_future(
            self.pump(target, payload, stream, send, outcome))
        watch = asyncio.ensure_future(self.watch_disconnect(receive))
        try:
            done, _pending = await asyncio.wait({pump, watch},
                                                return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (pump, watch):
                task.cancel()
            await asyncio.gather(pump, watch, return_exceptions=True)
        if pump not in done:
            outcome.reason = "client_disconnected"
            return
        if pump.exception() is not None:
            raise pump.exception()
        usage = stream.usage or {}
        outcome.prompt_tokens, outcome.completion_tokens = formats.tokens(usage)
        if not usage:
            outcome.completion_tokens = len("".join(answer.upstream_text)) // 4
        outcome.response_entity_types = sorted(answer.found)
        outcome.response_text = "".join(answer.upstream_text)

    @staticmethod
    async def watch_disconnect(receive) -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    async def pump(self, target: upstreams.Target, payload, stream: StreamFilter, send,
                   outcome: Outcome) -> None:
        started = False
        try:
            async with self.upstreams.post(target, payload) as response:
                if response.status >= 400:
                    raise self.upstream_status(outcome, response.status,
                                               await response.read())
                await send({"type": "http.response.start", "status": 200, "headers": [
                    (b"content-type", b"text/event-stream; charset=utf-8"),
                    (b"cache-control", b"no-cache"), AI_HEADER, *outcome.headers]})
                started = True
                try:
                    async for chunk in response.content.iter_any():
                        for event in stream.feed(chunk):
                            await send({"type": "http.response.body", "body": event,
                                        "more_body": True})
                except asyncio.CancelledError:
                    response.close()  # the client left: drop the upstream connection
                    raise
            tail = b"".join(stream.finish())
        except Exception as exc:
            if isinstance(exc, Refusal) and not started:
                raise
            if isinstance(exc, OSError) and not isinstance(exc, UPSTREAM_ERRORS):
                outcome.reason = "client_disconnected"  # a server that raises on send
                return
            if isinstance(exc, UPSTREAM_ERRORS):
                outcome.decision = Decision.UPSTREAM_ERROR
                error = self.upstream_failure(exc)
            else:
                error = scanner_failed()
            if not started:
                raise error from exc
            # Headers are out: end the stream with an error event in the OpenAI shape.
            outcome.reason = error.code
            await send({"type": "http.response.body", "more_body": False,
                        "body": b"data: " + error.body() + b"\n\n"})
            return
        await send({"type": "http.response.body", "body": tail, "more_body": False})


def register_unavailable() -> Refusal:
    return Refusal(503, "register_unavailable", _(
        "Het register is niet leesbaar; de gateway weigert tot het weer bereikbaar is."),
        kind="api_error")


def too_deep(field: str) -> Refusal:
    return Refusal(400, "invalid_request", _(
        "Veld '%(field)s' is dieper genest dan %(limit)s niveaus; zo diep nest geen verzoek "
        "aan deze API's, dus de gateway stuurt het niet door.") % {
            "field": field, "limit": MAX_DEPTH}, kind="invalid_request_error")


def check_fixed(fixed: dict[int, tuple[str, bool]], found: list[list], outcome: Outcome) -> None:
    """Refuse when personal data sits in a field that cannot take a placeholder (a chat
    message's `name`, a schema's `pattern`, a key name): replacing it would make the request
    invalid, and forwarding it would send the data. Whatever the action for the type."""
    fields, types = [], set()
    for index, (field, is_key) in fixed.items():
        if found[index]:
            types.update(entity.type for entity in found[index])
            name = _("een sleutelnaam in %(field)s") % {"field": field} if is_key else field
            if name not in fields:
                fields.append(name)
    if not fields:
        return
    outcome.decision = Decision.BLOCKED
    raise Refusal(400, "personal_data_not_replaceable", ngettext(
        "Veld %(fields)s bevat persoonsgegevens (%(types)s). Daar kan de gateway ze niet door "
        "een code vervangen zonder het verzoek ongeldig te maken; haal ze weg.",
        "Velden %(fields)s bevatten persoonsgegevens (%(types)s). Daar kan de gateway ze niet "
        "door een code vervangen zonder het verzoek ongeldig te maken; haal ze weg.",
        len(fields)) % {"fields": ", ".join(f"'{name}'" for name in fields),
                        "types": ", ".join(sorted(types))},
        kind="invalid_request_error", entity_types=outcome.entity_types)


def scanner_failed() -> Refusal:
    return Refusal(503, "scanner_failed", _(
        "De privacyscanner gaf een fout of reageerde niet op tijd; het verzoek is niet "
        "doorgestuurd."), kind="api_error")
