"""Small but real scanners for the gateway tests (the full Dutch scanner is `regie.privacy`):
BSN with the 11-proef and e-mail addresses; plus a broken and a slow one for fail-closed."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

BSN = re.compile(r"(?<!\d)\d{9}(?!\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass(frozen=True)
class Entity:
    type: str
    start: int
    end: int
    text: str


def valid_bsn(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0 and int(digits) != 0


def scan(text: str) -> list[Entity]:
    found = [Entity("BSN", m.start(), m.end(), m.group()) for m in BSN.finditer(text)
             if valid_bsn(m.group())]
    found += [Entity("EMAIL", m.start(), m.end(), m.group()) for m in EMAIL.finditer(text)]
    return sorted(found, key=lambda e: e.start)


def broken_scan(text: str) -> list[Entity]:
    raise RuntimeError("scanner defect")


def slow_scan(text: str) -> list[Entity]:
    time.sleep(5)
    return scan(text)
