"""Refusals in the OpenAI error shape, so every client shows the Dutch message."""

from __future__ import annotations

import json


class Refusal(Exception):
    """A request the gateway does not forward. `code` is stable (tests, audit, clients);
    `message` says in Dutch what is missing in the register."""

    def __init__(self, status: int, code: str, message: str, *,
                 kind: str = "permission_denied", entity_types: list[str] | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.kind = kind
        self.entity_types = entity_types or []

    def body(self) -> bytes:
        return json.dumps({"error": {"message": self.message, "type": self.kind,
                                     "param": None, "code": self.code}},
                          ensure_ascii=False).encode()
