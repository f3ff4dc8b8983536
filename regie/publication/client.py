"""A client for the Algoritmeregister submission ("aanlever") API v1.0.

Configuration from the environment (read when a client is made, never stored):
- `REGIE_ALGORITMEREGISTER_URL`: base address including `/aanleverapi/v1_0`.
- `REGIE_ALGORITMEREGISTER_TOKEN` (or `_TOKEN_FILE`): the bearer token.
- `REGIE_ALGORITMEREGISTER_ORG_ID`: the organisation's id in the register.
Server errors (5xx, 429) and time-outs are retried with exponential back-off; client errors
(4xx) raise `PublishError` at once with the register's own explanation.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import httpx

from regie.conf.env import env_str
from regie.core.errors import InputError

__all__ = ["PublishError", "ClientConfig", "AlgoritmeregisterClient", "config_from_env"]

RETRY_STATUS = {429, 500, 502, 503, 504}


class PublishError(InputError):
    """The register refused or could not be reached; the message says why, in Dutch."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class ClientConfig:
    base_url: str
    token: str
    organisation_id: str
    timeout: float = 10.0
    attempts: int = 4
    backoff: float = 0.5


def config_from_env() -> ClientConfig:
    values = {
        "REGIE_ALGORITMEREGISTER_URL": env_str("REGIE_ALGORITMEREGISTER_URL"),
        "REGIE_ALGORITMEREGISTER_TOKEN": env_str("REGIE_ALGORITMEREGISTER_TOKEN"),
        "REGIE_ALGORITMEREGISTER_ORG_ID": env_str("REGIE_ALGORITMEREGISTER_ORG_ID"),
    }
    missing = [name for name, value in values.items() if not value]
    if missing:
        raise PublishError(
            f"Koppeling met het Algoritmeregister is niet ingesteld: {', '.join(missing)} ontbreekt"
        )
    return ClientConfig(
        base_url=values["REGIE_ALGORITMEREGISTER_URL"].rstrip("/"),
        token=values["REGIE_ALGORITMEREGISTER_TOKEN"],
        organisation_id=values["REGIE_ALGORITMEREGISTER_ORG_ID"],
    )


def _explain(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200] or response.reason_phrase
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, list):
        return "; ".join(
            f"{'.'.join(str(p) for p in item.get('loc', [])[1:] or item.get('loc', []))}: "
            f"{item.get('msg', '')}"
            for item in detail
            if isinstance(item, dict)
        )
    return str(detail or body)[:300]


_MEANING = {
    401: "geen of ongeldig token",
    403: "geen toegang",
    404: "niet gevonden",
    409: "conflict",
    422: "registratie afgekeurd",
}


class AlgoritmeregisterClient:
    def __init__(
        self,
        config: ClientConfig,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep=time.sleep,
    ) -> None:
        self.config = config
        self._sleep = sleep
        self._http = httpx.Client(
            base_url=config.base_url,
            timeout=config.timeout,
            transport=transport,
            headers={"Authorization": f"Bearer {config.token}", "Accept": "application/json"},
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> AlgoritmeregisterClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _path(self, *parts: str) -> str:
        return "/".join(["", "organizations", self.config.organisation_id, *parts])

    def _request(self, method: str, path: str, body: Any = None) -> Any:
        last = ""
        for attempt in range(self.config.attempts):
            if attempt:
                self._sleep(self.config.backoff * 2 ** (attempt - 1))
            try:
                response = self._http.request(method, path, json=body)
            except httpx.TimeoutException:
                last = "geen antwoord binnen de tijd"
                continue
            except httpx.TransportError as exc:
                last = f"niet bereikbaar ({exc.__class__.__name__})"
                continue
            if response.status_code in RETRY_STATUS:
                last = f"HTTP {response.status_code}: {_explain(response)}"
                continue
            if response.is_error:
                meaning = _MEANING.get(response.status_code, "verzoek geweigerd")
                raise PublishError(
                    f"Algoritmeregister: {meaning} (HTTP {response.status_code}): "
                    f"{_explain(response)}",
                    status=response.status_code,
                )
            return response.json() if response.content else None
        raise PublishError(
            f"Algoritmeregister: na {self.config.attempts} pogingen mislukt — {last}"
        )

    def list_algorithms(self) -> list[dict[str, Any]]:
        return self._request("GET", self._path("algorithms"))

    def create(self, record: dict[str, Any]) -> str:
        """Submit a new algorithm; returns its id in the register (LARS code)."""
        return self._request("POST", self._path("algorithms"), record)["lars_code"]

    def update(self, lars: str, record: dict[str, Any]) -> None:
        self._request("PUT", self._path("algorithms", lars), record)

    def get(self, lars: str) -> dict[str, Any]:
        return self._request("GET", self._path("algorithms", lars))

    def preview(self, lars: str) -> str:
        return self._request("GET", self._path("algorithms", lars, "preview"))["url"]

    def release(self, lars: str) -> None:
        self._request("PUT", self._path("algorithms", lars, "release"))

    def retract(self, lars: str) -> None:
        self._request("DELETE", self._path("published-algorithms", lars, "retract"))
