"""Ways to reach a person: Dutch phone numbers, e-mail addresses, IP addresses."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from regie.privacy.entities import EntityType
from regie.privacy.recognisers.base import Recogniser, registry

SEPARATORS = " -()"
SERVICE_PREFIXES = ("0800", "0900", "0906", "0909")


@registry.register
class PhoneRecogniser(Recogniser):
    """Dutch numbers: 0 + nine digits (area code 2–4 digits or 06 mobile), +31 / 0031 with
    an optional (0), 0800/090x service numbers; spaces, dashes and brackets as separators."""

    entity_type = EntityType.PHONE
    priority = 1
    candidate = re.compile(r"(?<![\w+/.,:€-])(?:\+31|0031|\(?0)[\d \-()]{6,24}")
    date_like = re.compile(r"\(?0\d-\d{1,2}-\d{2,4}(?!\d)")

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for match in self.candidate.finditer(text):
            span = self._measure(text, match.start(), match.end())
            if span is not None and not self.date_like.match(text, span[0], span[1]):
                yield span

    def _measure(self, text: str, start: int, limit: int) -> tuple[int, int] | None:
        raw = text[start:limit]
        if raw.startswith("+31") or raw.startswith("0031"):
            position, target = start + (3 if raw[0] == "+" else 4), 9
            if text.startswith("(0)", position) or text.startswith(" (0)", position):
                position = text.index(")", position) + 1
        else:
            digits = re.sub(r"\D", "", raw)
            if len(digits) < 8 or digits[1] == "0" and not digits.startswith(SERVICE_PREFIXES):
                return None
            position = start
            target = 10
            if digits.startswith(SERVICE_PREFIXES):
                target = 11 if len(digits) >= 11 else 8
        count, run, end, opened = 0, 0, None, False
        for index in range(position, limit):
            ch = text[index]
            if ch.isdigit():
                count, run = count + 1, 0
                if count == target:
                    end = index + 1
                    break
            else:
                run += 1
                opened = opened or ch == "("
                if run > 3 or (ch == ")" and not opened):
                    return None
        if end is None or (end < len(text) and text[end].isalnum()):
            return None
        return start, end


@registry.register
class EmailRecogniser(Recogniser):
    entity_type = EntityType.EMAIL
    priority = 2
    pattern = re.compile(
        r"(?<![\w.%+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@"
        r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
        r"\.[A-Za-z]{2,24}(?![\w-])")

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for match in self.pattern.finditer(text):
            yield match.span()


@registry.register
class IpAddressRecogniser(Recogniser):
    """IPv4 in dotted quads and IPv6 (full or compressed), checked by `ipaddress`."""

    entity_type = EntityType.IP_ADDRESS
    priority = 1
    octet = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
    v4 = re.compile(rf"(?<![\w.]){octet}(?:\.{octet}){{3}}(?![\w]|\.\d)")
    v6 = re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|:)(?![\w:])")

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for match in self.v4.finditer(text):
            yield match.span()
        if ":" not in text:
            return
        for match in self.v6.finditer(text):
            try:
                ipaddress.IPv6Address(match.group())
            except ValueError:
                continue
            yield match.span()
