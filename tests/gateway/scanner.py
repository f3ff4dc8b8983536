"""Scanners that misbehave, for the fail-closed tests (the gateway otherwise runs the real
one, `regie.privacy.service`)."""

from __future__ import annotations

import time

from regie.privacy.service import scan


def broken_scan(text: str) -> list:
    raise RuntimeError("scanner defect")


def slow_scan(text: str) -> list:
    time.sleep(2)
    return scan(text)
