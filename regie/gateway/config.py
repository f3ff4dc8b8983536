"""The gateway's settings, read once from the environment (documented in docs/gateway.md)."""

from __future__ import annotations

from dataclasses import dataclass

from regie.conf.env import env_int, env_str


@dataclass(frozen=True)
class GatewayConfig:
    # REGIE_GATEWAY_SCANNER: dotted path of the PII scanner (a module or object with `scan`).
    scanner: str
    # REGIE_GATEWAY_SCAN_TIMEOUT_MS: a scan that takes longer refuses the request.
    scan_timeout: float
    # REGIE_GATEWAY_CACHE_SECONDS: how long a key's register facts are reused per worker.
    cache_seconds: float
    # REGIE_GATEWAY_UPSTREAM_TIMEOUT: seconds to wait for the model (504 after that).
    upstream_timeout: float
    # REGIE_GATEWAY_DB_THREADS: threads per worker for register reads and records.
    db_threads: int
    # REGIE_GATEWAY_MAX_REQUEST_MB: a larger request body is refused with 413.
    max_request_bytes: int
    # REGIE_GATEWAY_SCAN_PROCESSES: scanner processes per worker for long texts.
    scan_processes: int
    # REGIE_GATEWAY_SCAN_INLINE_CHARS: texts up to this length are scanned in the event loop.
    scan_inline_chars: int
    # REGIE_GATEWAY_KEEP_MAX: records and settlements kept in memory while the database is
    # unreachable; beyond that they are counted as lost and logged.
    keep_max: int
    # REGIE_GATEWAY_PEOPLE_CACHE_SECONDS: how long a person (department, training) is reused
    # per worker; thousands of people each sending a request a minute stay cached.
    people_cache_seconds: float = 60
    # Several endpoints per model (issue 17, `upstreams.py`):
    # REGIE_GATEWAY_UPSTREAM_FAILURES: consecutive failures that take an endpoint out;
    upstream_failures: int = 3
    # REGIE_GATEWAY_HEALTH_SECONDS: how often a healthy endpoint is checked (0: only after
    # failures); REGIE_GATEWAY_HEALTH_PATH: what is fetched, under the endpoint's base URL.
    health_seconds: float = 10
    health_path: str = "/models"


def load() -> GatewayConfig:
    return GatewayConfig(
        scanner=env_str("REGIE_GATEWAY_SCANNER", "regie.privacy.service"),
        scan_timeout=env_int("REGIE_GATEWAY_SCAN_TIMEOUT_MS", 1000) / 1000,
        cache_seconds=float(env_int("REGIE_GATEWAY_CACHE_SECONDS", 2)),
        upstream_timeout=float(env_int("REGIE_GATEWAY_UPSTREAM_TIMEOUT", 120)),
        db_threads=env_int("REGIE_GATEWAY_DB_THREADS", 8),
        max_request_bytes=env_int("REGIE_GATEWAY_MAX_REQUEST_MB", 10) * 1024 * 1024,
        scan_processes=max(1, env_int("REGIE_GATEWAY_SCAN_PROCESSES", 2)),
        scan_inline_chars=env_int("REGIE_GATEWAY_SCAN_INLINE_CHARS", 4096),
        keep_max=env_int("REGIE_GATEWAY_KEEP_MAX", 100000),
        people_cache_seconds=float(env_int("REGIE_GATEWAY_PEOPLE_CACHE_SECONDS", 60)),
        upstream_failures=env_int("REGIE_GATEWAY_UPSTREAM_FAILURES", 3),
        health_seconds=float(env_int("REGIE_GATEWAY_HEALTH_SECONDS", 10)),
        health_path=env_str("REGIE_GATEWAY_HEALTH_PATH", "/models"),
    )
