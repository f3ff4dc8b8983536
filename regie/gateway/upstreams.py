"""Several endpoints per model (issue 17): which endpoint a request goes to, one retry on
another after a failure that cannot have reached the model, and each endpoint's health.

- Balancing: the healthy endpoint with the fewest requests in flight in this worker; ties
  take turns (round robin), so at low load the endpoints alternate.
- Retry: a connection that failed (refused, reset or closed before an answer) or an answer
  502/503/504 is tried once more on another healthy endpoint. Only before anything went to
  the client: a stream that started is never retried. A read timeout is not retried (the
  model may be working on it).
- Health: passive, `failures_to_down` consecutive such failures take an endpoint out; active,
  every `check_seconds` a GET of its health path (`/models` under the base URL by default);
  an endpoint that is out is probed with back-off (0.5 s doubling to 10 s) and put back when it
  answers. When none of a model's decided endpoints is healthy: 503 `upstream_unhealthy`.

State is per worker; changes are reported to `on_change` (the gateway writes them to
`UpstreamHealth` for the beheerder's model page).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import ngettext

import aiohttp

from regie.gateway.errors import Refusal
from regie.gateway.grants import Endpoint, Route

RETRY_STATUSES = frozenset({502, 503, 504})
# Failures after which the request cannot have reached the model (or the server is gone).
CONNECT_ERRORS = (aiohttp.ClientConnectorError, aiohttp.ServerDisconnectedError,
                  aiohttp.ClientOSError)
PROBE_TIMEOUT = 2.0
BACKOFF_FIRST, BACKOFF_MAX = 0.5, 10.0


@dataclass
class Health:
    in_flight: int = 0
    failures: int = 0  # consecutive
    down_since: float | None = None
    next_probe: float = 0.0
    backoff: float = BACKOFF_FIRST
    last_error: str = ""
    endpoint: Endpoint | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Target:
    """Where a request goes: the decided endpoints of its model and the API path under each
    base URL; `headers(endpoint)` gives the upstream headers (with that endpoint's key)."""

    route: Route
    path: str
    headers: Callable[[Any], dict[str, str]]


class UpstreamPool:
    def __init__(self, client: Callable[[], aiohttp.ClientSession], *, failures_to_down: int,
                 check_seconds: float, health_path: str,
                 on_change: Callable[[Endpoint, Health], None] | None = None) -> None:
        self.client = client
        self.failures_to_down = max(1, failures_to_down)
        self.check_seconds = check_seconds
        self.health_path = "/" + health_path.strip("/")
        self.on_change = on_change
        self.health: dict[str, Health] = {}
        self._turn = itertools.count()
        self._monitor: asyncio.Future | None = None

    def state(self, endpoint: Endpoint) -> Health:
        health = self.health.get(endpoint.base_url)
        if health is None:
            health = self.health[endpoint.base_url] = Health(
                endpoint=endpoint, next_probe=time.monotonic() + self.check_seconds)
        return health

    def choose(self, endpoints: tuple[Endpoint, ...], tried: list[Endpoint]) -> Endpoint | None:
        """The healthy endpoint not tried yet with the fewest requests in flight; ties take
        turns."""
        self.start_monitor()
        if len(endpoints) == 1 and not tried:
            return endpoints[0] if self.state(endpoints[0]).down_since is None else None
        healthy = [e for e in endpoints
                   if e not in tried and self.state(e).down_since is None]
        if len(healthy) <= 1:
            return healthy[0] if healthy else None
        turn = next(self._turn) % len(healthy)
        return min(healthy[turn:] + healthy[:turn], key=lambda e: self.health[e.base_url].in_flight)

    @contextlib.asynccontextmanager
    async def post(self, target: Target, payload: dict[str, Any]):
        """POST `payload` (its `model` set to the endpoint's) to a healthy endpoint of the
        target, retrying once on another as described above; yields the response."""
        tried: list[Endpoint] = []
        while True:
            endpoint = self.choose(target.route.endpoints, tried)
            if endpoint is None:
                raise unhealthy(target.route)
            tried.append(endpoint)
            health = self.health[endpoint.base_url]
            headers = target.headers(endpoint)
            health.in_flight += 1
            try:
                response = await self.client().post(
                    f"{endpoint.base_url}/{target.path}", headers=headers,
                    data=json.dumps({**payload, "model": endpoint.upstream_model}))
            except CONNECT_ERRORS as exc:
                health.in_flight -= 1
                self.failed(endpoint, type(exc).__name__)
                if len(tried) < 2 and self.choose(target.route.endpoints, tried) is not None:
                    continue
                raise
            except BaseException:
                health.in_flight -= 1
                raise
            if response.status in RETRY_STATUSES:
                self.failed(endpoint, f"HTTP {response.status}")
                if len(tried) < 2 and self.choose(target.route.endpoints, tried) is not None:
                    response.release()
                    health.in_flight -= 1
                    continue
            else:
                self.succeeded(endpoint)
            break
        try:
            yield response
        except CONNECT_ERRORS as exc:  # the server went away while answering
            self.failed(endpoint, type(exc).__name__)
            raise
        finally:
            response.release()
            health.in_flight -= 1

    def failed(self, endpoint: Endpoint, error: str) -> None:
        health = self.state(endpoint)
        health.failures += 1
        health.last_error = error
        if health.down_since is None and health.failures >= self.failures_to_down:
            health.down_since = time.monotonic()
            health.backoff = BACKOFF_FIRST
            health.next_probe = health.down_since + health.backoff
            self.changed(endpoint, health)

    def succeeded(self, endpoint: Endpoint) -> None:
        health = self.state(endpoint)
        health.failures = 0
        if health.down_since is not None:
            health.down_since = None
            health.next_probe = time.monotonic() + self.check_seconds
            self.changed(endpoint, health)

    def changed(self, endpoint: Endpoint, health: Health) -> None:
        if self.on_change is not None:
            self.on_change(endpoint, health)

    # --- active health checks ------------------------------------------------------------
    def start_monitor(self) -> None:
        if self._monitor is None or self._monitor.done():
            self._monitor = asyncio.ensure_future(self.monitor())

    async def monitor(self) -> None:
        """Probe each known endpoint when it is due: every `check_seconds` while healthy
        (0: only after failures), with back-off while it is out."""
        while True:
            await asyncio.sleep(0.25)
            now = time.monotonic()
            due = [h for h in self.health.values() if h.next_probe <= now and (
                h.down_since is not None or self.check_seconds > 0)]
            if due:
                await asyncio.gather(*(self.probe(h) for h in due))

    async def probe(self, health: Health) -> None:
        endpoint = health.endpoint
        key = os.environ.get(endpoint.api_key_env) if endpoint.api_key_env else None
        try:
            async with self.client().get(
                    f"{endpoint.base_url}{self.health_path}",
                    headers={"authorization": f"Bearer {key}"} if key else None,
                    timeout=aiohttp.ClientTimeout(total=PROBE_TIMEOUT)) as response:
                ok, error = response.status < 500, f"HTTP {response.status}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            ok, error = False, type(exc).__name__
        if ok:
            health.next_probe = time.monotonic() + self.check_seconds
            self.succeeded(endpoint)
            return
        if health.down_since is None:  # an active check that fails takes it out at once
            health.failures = self.failures_to_down - 1
            self.failed(endpoint, error)
        else:
            health.last_error = error
            health.backoff = min(health.backoff * 2, BACKOFF_MAX)
            health.next_probe = time.monotonic() + health.backoff


def unhealthy(route: Route) -> Refusal:
    count = len(route.endpoints)
    return Refusal(503, "upstream_unhealthy", ngettext(
        "Het goedgekeurde endpoint van model '%(model)s' is nu niet bereikbaar (de "
        "gezondheidscontrole faalt); probeer het later opnieuw.",
        "Geen van de %(count)s goedgekeurde endpoints van model '%(model)s' is nu bereikbaar "
        "(de gezondheidscontrole faalt); probeer het later opnieuw.", count) % {
            "count": count, "model": route.name}, kind="api_error")


def save_health(base_url: str, healthy: bool, error: str) -> None:
    """Write an endpoint's new health for the model page (from a database thread)."""
    from django.utils import timezone

    from regie.gateway.models import UpstreamHealth

    UpstreamHealth.objects.update_or_create(base_url=base_url, defaults={
        "healthy": healthy, "last_error": "" if healthy else error[:200],
        "changed_at": timezone.now()})
