"""Ways to reach a person: Dutch phone numbers, e-mail addresses, IP addresses."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from regie.privacy.entities import EntityType
from regie.privacy.recognisers.base import (
    Recogniser,
    clean_start,
    line_end,
    lowered,
    preceded_by,
    registry,
)

HEX = frozenset("0123456789abcdefABCDEF")
SERVICE_PREFIXES = ("0800", "0900", "0906", "0909")
# What a phone candidate holds besides digits (cheaper to delete than a re.sub of \D).
PHONE_SEPARATORS = str.maketrans("", "", " -–()")


def _in_csv_row(text: str, position: int) -> bool:
    """Whether `position` lies on a line with at least three commas (a CSV row)."""
    line_start = text.rfind("\n", 0, position) + 1
    return text.count(",", line_start, line_end(text, position)) >= 3


def _phone_line_label(text: str, start: int) -> bool:
    """Whether `start` follows the one-letter label of a signature's phone line ("T 14 0512",
    "M: 06 …")."""
    return text[text.rfind("\n", 0, start) + 1 : start].strip(" \t:.") in ("T", "M")


def _phone_start(text: str, start: int) -> bool:
    """Whether a number may start at `start`: not glued to a word, a number or a currency;
    after a colon only that of a label ("TEL;TYPE=CELL:+31 6 …", "T:+31 …"), not a time's."""
    if not clean_start(text, start, "+/.€-"):
        return False
    return text[start - 1 : start] != ":" or text[start - 2 : start - 1].isalpha()


# The time that opens a chat message ("[10-03 19:10] Wim: …", "09:14 Wim: …"); a label with
# a colon alone may be a count ("Totaal: 14 050").
CHAT_TIME = re.compile(r"[ \t]*\[?[\d\-/ ]{0,11}\d{1,2}[:.]\d{2}")


# The label of another number right before ("Werknemersnummer: 14033", "relatienummer 14 051"):
# no phone, though "nummer" is a calling word.
OTHER_NUMBER_LABEL = re.compile(
    r"(?<![^\W\d_])(?!telefoon|tel|mobiel|gsm|doorkies|contact|service|bel|nood|fax|sms)"
    r"[a-z]+nummer[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
# Calling after the number, within a few words ("14 078 kunnen bellen", "14 020 bellen").
BELLEN_AFTER = re.compile(r"(?:[ \t]+[a-z]+){0,2}[ \t]+(?:bellen|bel|belt|call)\b")


@registry.register
class PhoneRecogniser(Recogniser):
    """Dutch numbers: 0 + nine digits (area code 2–4 digits or 06 mobile), +31 / 0031 with
    an optional (0), 0800/090x service numbers; spaces, dashes (also en dashes) and brackets
    as separators.
    Numbers abroad in international form (+ and a country code, 8 to 15 digits). A
    municipality's short number (14 and its area code: "14 020", "14 0318") after a word
    about calling."""

    entity_type = EntityType.PHONE
    priority = 1
    # Every alternative starts with a literal, so the engine skips in C to "(", "+" and "0".
    # (an en dash too: text copied from a PDF turns "020 - 753 18 00" into "020 – 753 18 00")
    candidate = re.compile(r"(?:\((?:\+31|0)|\+31|0)[\d \-–()]{6,24}")
    # Numbers abroad: "+", a country code other than 31 and 7 to 14 more digits (E.164 has
    # at most 15), grouped with spaces, dashes or brackets.
    international = re.compile(r"\+(?!31)[1-9][\d \-()]{7,22}")
    # The same dialled with "00" for the "+" ("0048 601 224 973"), the country code followed
    # by a space or dash, as no Dutch number is written.
    international_00 = re.compile(r"00(?!31)[1-9]\d{0,2}[ -]\d[\d \-()]{6,20}")
    municipal = re.compile(r"14 ?0[1-9]\d{1,2}(?![\w€%]|[ \t]?[-.,/]?\d)")
    # ("tel" with what follows it in a phone's label: not "telt", "hotel")
    calling_words = (
        *("bel", "tel.", "tel:", "tel ", "telefo", "nummer", "via", "call", "phone", "contact"),
        *("bereikbaar", "lijn", "line"),  # ("KCC-lijn 14 024", "the hotline 14 020")
        *("bereiken", "reach us", "reach me"),  # (not "bereikt", "reached")
        *("nr ", "nr."),  # ("zijn nr 14 050 en dan vragen naar leerplicht")
    )
    # (not the end of a longer number: "Tel. 0113 496 0781"; the first digit before the
    # look-behinds, so the engine skips to a digit)
    caribbean = re.compile(
        r"[2-9](?<![\w+.,/-][2-9])(?<!\d [2-9])\d{2}[ -]\d{4}(?![\w.,/-]|[ -]\d)"
    )
    caribbean_calling_words = ("telefon", "tel", "phone", "bel", "call")
    # (the end of a line or a sentence, or an extension after it: "(14 024, toestel 3381)")
    municipal_end = re.compile(
        r"[ \t]*(?:$|\n|[.)]+(?:\s|$)|,[ \t]*(?:toestel|tst\.?|ext\.?)[ \t])"
    )
    # A number written in pairs with dots, as French and some Dutch forms write it
    # ("06.48.21.37.90"); dots make no other phone (amounts, dates, IP addresses).
    dotted = re.compile(r"0[1-9](?:\.\d\d){4}(?![\w.]|\.\d)")
    date_like = re.compile(r"\(?0\d-\d{1,2}-\d{2,4}(?!\d)")
    area_code = re.compile(r"\(0\d{1,3}\)")
    bank_code = re.compile(r"[A-Z]{2}\d{2} ?[A-Z]{4} ?$")

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        position = 0
        while (match := self.candidate.search(text, position)) is not None:
            start = match.start()
            # a refused candidate may hold the start of a number ("Laan 180      06-51007713":
            # the candidate opens at the 0 of 180): the search goes on right after its start
            position = start + 1
            if not _phone_start(text, start) or (
                start > 1
                and text[start - 1] == ","
                and text[start - 2].isdigit()
                and not _in_csv_row(text, start)
            ):
                continue  # "1,06…" is a decimal; ",06…" in a CSV row is a cell
            span = self._measure(text, match.start(), match.end())
            if span is None or self.date_like.match(text, span[0], span[1]):
                continue
            if self.bank_code.search(text, max(0, span[0] - 12), span[0]):
                continue  # the account part of an IBAN that failed its check
            position = span[1]
            yield span
        if "." in text:
            for match in self.dotted.finditer(text):
                if clean_start(text, match.start(), "+/.,€-"):
                    yield match.span()
        if "+" in text:
            yield from self._international(text, self.international)
        if "00" in text:
            # (with the "00" at least 11 digits: "KASSABON 0012-4471-09" is a receipt)
            yield from self._international(text, self.international_00, least=11)
        lower = lowered(text)
        islands = any(word in lower for word in self.caribbean_calling_words)
        for match in self.caribbean.finditer(text) if islands else ():
            # a seven-digit number of Bonaire, Sint Eustatius, Saba, Curaçao or Aruba, right
            # after a calling word ("telefon 786 4412", "phone 416 4419")
            if preceded_by(text, match.start(), self.caribbean_calling_words, 16):
                yield match.span()
        if "14" in text:
            for match in self.municipal.finditer(text):
                start = match.start()
                if (
                    clean_start(text, start, "+/.,:€-")
                    and OTHER_NUMBER_LABEL.search(text, max(0, start - 30), start) is None
                ) and (
                    preceded_by(text, start, self.calling_words, 30)
                    or _phone_line_label(text, start)
                    # alone at the end of a line or a sentence, as signatures and letters
                    # give it ("gemeente Leiden\n14 071", "Gemeente Eindhoven | 14 040",
                    # "Team Geldzaken, 14 040).")
                    or self.municipal_end.match(text, match.end()) is not None
                    # in a contact line before a mail address ("Inge Bos, 14 050,
                    # i.bos@…"), a table's cell, or the whole message after a chat speaker
                    # ("[19:10] Wim: 14 0318 en dan vragen naar grondzaken")
                    or self._in_contact_line(text, start, match.end())
                ):
                    yield match.span()

    @staticmethod
    def _in_contact_line(text: str, start: int, end: int) -> bool:
        line_end = text.find("\n", end)
        after = text[end : len(text) if line_end < 0 else line_end]
        if after.startswith((",", " of ", " or ")) and "@" in after:
            return True  # ("14 058 of h.dejong@leeuwarden.nl")
        before = text[max(0, start - 3) : start].rstrip(" ")[-1:]
        if before in (";", "\t", "|") and after.lstrip(" ")[:1] in ("", ";", "\t", "|"):
            return True  # a table's cell of its own ("mw. K. Oduya;14 070;;", "| 14 036 |")
        if BELLEN_AFTER.match(after):
            return True  # the verb after it ("voor vragen 14 078 kunnen bellen")
        line = text[text.rfind("\n", 0, start) + 1 : start]
        return line.rstrip().endswith(":") and CHAT_TIME.match(line) is not None

    @staticmethod
    def _international(text: str, pattern: re.Pattern, least: int = 8) -> Iterator[tuple[int, int]]:
        for match in pattern.finditer(text):
            start = match.start()
            number = match.group().rstrip(" -(")
            while number.endswith(")") and number.count(")") > number.count("("):
                # the bracket around the number in the sentence ("(+48 601 234 567)")
                number = number[:-1].rstrip(" -(")
            end = start + len(number)
            digits = sum(ch.isdigit() for ch in number)
            if (
                _phone_start(text, start)
                and least <= digits <= 15
                and number.count("(") == number.count(")")
                and not (end < len(text) and text[end].isalnum())
            ):
                yield start, end

    def _measure(self, text: str, start: int, limit: int) -> tuple[int, int] | None:
        raw = text[start:limit]
        bracket = raw.startswith("(")
        if raw.startswith(("+31", "0031"), bracket):
            position, target = start + bracket + (3 if raw[bracket] == "+" else 4), 9
            if text.startswith("(0)", position) or text.startswith(" (0)", position):
                position = text.index(")", position) + 1
        else:
            digits = raw.translate(PHONE_SEPARATORS)
            if len(digits) < 8 or digits[1] == "0":
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
        if text[start] == "(" and not self.area_code.match(text, start):
            start += 1  # "(0201234567)": the bracket belongs to the sentence
        return start, end


@registry.register
class EmailRecogniser(Recogniser):
    """Found from each '@' (or '(at)' and '[at]', as people write an address to keep it from
    spam robots): the local part backwards, the domain (with a TLD) forwards."""

    entity_type = EntityType.EMAIL
    priority = 2
    local_chars = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+'-")
    domain = re.compile(
        r"(?:@|\(at\)|\[at\])[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-])"
    )

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for sign in ("@", "(at)", "[at]"):
            at = text.find(sign)
            while at != -1:
                match = self.domain.match(text, at)
                if match is not None:
                    start = at
                    while start > 0 and text[start - 1] in self.local_chars and at - start < 64:
                        start -= 1
                    while start < at and not text[start].isalnum():
                        start += 1
                    if start < at and clean_start(text, start):
                        yield start, match.end()
                at = text.find(sign, at + 1)


@registry.register
class IpAddressRecogniser(Recogniser):
    """IPv4 in dotted quads and IPv6 (full or compressed), checked by `ipaddress`."""

    entity_type = EntityType.IP_ADDRESS
    priority = 1
    v4 = re.compile(r"\d\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d)")
    # What every IPv4 match holds, from its first dot (a literal: found fast).
    v4_hint = re.compile(r"\.\d{1,3}\.\d{1,3}\.\d")
    # From the first colon (a literal, so the engine skips ahead fast); hex digits before it
    # are added in Python.
    v6 = re.compile(r":(?:[0-9A-Fa-f]{0,4}:){1,7}[0-9A-Fa-f]{0,4}(?![\w:])")

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        v4 = self.v4.finditer(text) if self.v4_hint.search(text) else ()
        for match in v4:
            parts = match.group().split(".")
            if clean_start(text, match.start(), ".") and all(
                int(part) <= 255 and (part == "0" or not part.startswith("0")) for part in parts
            ):
                yield match.span()
        if text.count(":") < 2:
            return
        for match in self.v6.finditer(text):
            start = match.start()
            while start > 0 and start > match.start() - 4 and text[start - 1] in HEX:
                start -= 1
            if not clean_start(text, start, ":."):
                continue
            try:
                ipaddress.IPv6Address(text[start : match.end()])
            except ValueError:
                continue
            yield start, match.end()
