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


class _Finding:
    def __init__(self, type, start, end, text):  # noqa: A002 - the scanner protocol's name
        self.type, self.start, self.end, self.text = type, start, end, text


def malformed_scan(text: str) -> list:
    """A finding that points past the end of the text."""
    return [_Finding("BSN", 0, len(text) + 10, text)]


def not_a_list_scan(text: str):
    return {"BSN": text}
