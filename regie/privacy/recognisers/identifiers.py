"""Numbers with a check digit or a fixed format: BSN, IBAN, payment card, KvK, ID documents."""

from __future__ import annotations

import re
from collections.abc import Iterator

from regie.privacy.checksums import IBAN_LENGTHS, elfproef, iban_valid, luhn
from regie.privacy.entities import EntityType
from regie.privacy.recognisers.base import (
    Recogniser,
    clean_start,
    line_end,
    lowered,
    preceded_by,
    registry,
)

# Words before a number that make it a file, invoice or case reference, not a BSN.
REFERENCE_WORDS = (
    "factuur",
    "kenmerk",
    "zaaknummer",
    "zaak ",
    "dossiernummer",
    "referentie",
    "ordernummer",
    "klantnummer",
    "polisnummer",
    "artikelnummer",
    "bestelnummer",
    "relatienummer",
    "volgnummer",
    "registratienummer",
)
BSN_GLUED = ("BSN", "bsn", "Bsn")
BSN_WORDS = ("bsn", "burgerservicenummer", "sofinummer", "sofi-nummer", "citizen service number")


def _opens_with_bsn_label(text: str, start: int) -> bool:
    """Whether the number's line opens with a BSN label, a note between them ("BSN (alleen
    bij eenmanszaak zonder relatienummer): …"; read back at most 80 characters)."""
    window = text[max(0, start - 80) : start]
    line = window[window.rfind("\n") + 1 :]
    return ("\n" in window or start <= 80) and line.lstrip().lower().startswith(BSN_WORDS)


def _csv_cell_start(text: str, start: int) -> bool:
    """Whether `start` opens a cell of a comma-separated row: a comma right before it on a
    line with at least three commas that no space follows (not the decimals of an amount in
    prose, "€ 1,234567890"). Only the 200 characters of the line on either side are read,
    so a long line of such numbers stays linear."""
    if text[start - 1] != ",":
        return False
    line_start = text.rfind("\n", max(0, start - 200), start) + 1 or max(0, start - 200)
    line = text[line_start : min(line_end(text, start), start + 200)]
    return line.count(",") - line.count(", ") >= 3


@registry.register
class BsnRecogniser(Recogniser):
    """Nine digits (optionally grouped 3-3-3 with spaces, dots or dashes, 4-2-3 with dots or
    spaces, or after the word BSN 3-2-2-2, one separator throughout) that pass the 11-proef."""

    entity_type = EntityType.BSN
    priority = 3
    # The first digit is an ASCII class: the engine tests it at every position of the text,
    # and a bitmap test is much cheaper than the Unicode lookup of \d (a number that starts
    # with a non-ASCII digit, such as an Arabic-Indic one, is therefore no BSN).
    # (Not before a decimal comma, "123456782,50"; a comma and more digits is the next cell of
    # a CSV row, "…,507529170,0618452290", also a date, "…,507529170,14-02-1990", or a
    # short number in a cell of its own, "…,691682483,10,9712 HS", or a phone number written
    # in groups, "…,385280841,06 1177 2390".)
    pattern = re.compile(
        r"[0-9]\d{2}(?:\d{6}|([ .-])\d{3}\1\d{3}|\d([ .])\d{2}\2\d{3}|([ .])\d{2}\3\d{2}\3\d{2})"
        r"(?![\w]|[./-]\d|,\d{1,2}(?!\d|[-/,]|\.\d|[ \t]\d))"
    )

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for match in self.pattern.finditer(text):
            start = match.start()
            separator = match.group(1) or match.group(2) or match.group(3)  # one throughout
            digits = match.group().replace(separator, "") if separator else match.group()
            if not (
                clean_start(text, start, ".,/€-")
                or text[max(0, start - 3) : start] in BSN_GLUED
                or _csv_cell_start(text, start)
            ) or not elfproef(digits):
                continue  # (glued only to the word itself: "BSN123456782" in an export)
            if text[max(0, start - 4) : start].strip().endswith(("€", "EUR")):
                continue
            if (
                preceded_by(text, start, REFERENCE_WORDS, 30)
                and not preceded_by(text, start, BSN_WORDS, 30)
                and not _opens_with_bsn_label(text, start)
            ):
                continue
            if match.group(3) and not preceded_by(text, start, BSN_WORDS, 20):
                continue  # 3-2-2-2 is how phone numbers are grouped: only after "BSN"
            yield start, match.end()


# An IBAN of each length inside a match of IbanRecogniser.pattern (single spaces between
# characters), from its first character: the spaces between groups not counted.
IBAN_BODY = {
    length: re.compile(rf"[^ ](?: ?[^ ]){{{length - 1}}}") for length in set(IBAN_LENGTHS.values())
}


@registry.register
class IbanRecogniser(Recogniser):
    """Country code, check digits and account (spaces allowed), valid length and mod-97."""

    entity_type = EntityType.IBAN
    priority = 3
    pattern = re.compile(r"[A-Z][A-Z]\d{2}(?: ?[A-Z0-9]){11,30}")

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for match in self.pattern.finditer(text):
            length = IBAN_LENGTHS.get(match.group()[:2])
            if length is None or not clean_start(text, match.start()):
                continue
            # the end of its `length`-th character (the spaces between them not counted)
            body = IBAN_BODY[length].match(text, match.start(), match.end())
            end = None if body is None else body.end()
            if end is None or (end < len(text) and text[end].isalnum()):
                continue
            if iban_valid(text[match.start() : end].replace(" ", "")):
                yield match.start(), end


@registry.register
class CreditCardRecogniser(Recogniser):
    """13–19 digits, optionally grouped with spaces or dashes, a card prefix and Luhn."""

    entity_type = EntityType.CREDIT_CARD
    priority = 3
    pattern = re.compile(r"[2-6]\d{3}(?:[ -]?\d){9,15}(?![\w]|[.,]\d)")
    prefixes = re.compile(r"4|5[1-5]|2[2-7]|3[47]|6(?:011|5)|3(?:0[0-5]|[68])")
    # A country code and check digits before the digits: an account number that failed the
    # IBAN check ("DE94 4004 8676 7774 8849 35"), not a card.
    iban_start = re.compile(r"[A-Z]{2}\d{2} ?$")

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for match in self.pattern.finditer(text):
            digits = match.group().replace(" ", "").replace("-", "")
            start = match.start()
            if not clean_start(text, start, ".,-") or self.iban_start.search(
                text, max(0, start - 5), start
            ):
                continue
            if 13 <= len(digits) <= 19 and self.prefixes.match(digits) and luhn(digits):
                yield start, match.end()


@registry.register
class KvkRecogniser(Recogniser):
    """Eight digits announced as a Chamber of Commerce (KvK) number."""

    entity_type = EntityType.KVK
    priority = 2
    pattern = re.compile(r"\d\d{7}(?![\w]|[.,-]\d)")
    context = ("kvk", "koophandel", "handelsregister")

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        lower = lowered(text)
        if not any(word in lower for word in self.context):
            return
        for match in self.pattern.finditer(text):
            start = match.start()
            if clean_start(text, start, ".,-") and preceded_by(text, start, self.context, 40):
                yield match.span()


@registry.register
class IdDocumentRecogniser(Recogniser):
    """Dutch passport / identity card numbers (9 characters: two letters, six letters or
    digits, a digit; never the letter O) and driving-licence numbers (10 digits, in context).
    """

    entity_type = EntityType.ID_DOCUMENT
    priority = 2
    document = re.compile(r"[A-NP-Z][A-NP-Z]([A-NP-Z0-9]{6})\d(?![\w]|-\w)")
    licence = re.compile(r"\d\d{9}(?![\w]|[.,-]\d)")
    document_words = (
        "paspoort",
        "identiteitskaart",
        "id-kaart",
        "identiteitsbewijs",
        "documentnummer",
        "legitimatie",
        "reisdocument",
        "id kaart",
        "passport",
        "identity card",
        "id card",
        "document number",
        "travel document",
    )
    licence_words = ("rijbewijs", "driving licence", "driving license", "driver's license")

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for match in self.document.finditer(text):
            if not clean_start(text, match.start(), "-"):
                continue
            middle = match.group(1)  # capitals and digits: mixed unless all of one kind
            mixed = not (middle.isdigit() or middle.isalpha())
            if mixed or preceded_by(text, match.start(), self.document_words, 50):
                yield match.span()
        lower = lowered(text)
        if "rijbewijs" not in lower and "driv" not in lower:
            return
        for match in self.licence.finditer(text):
            start = match.start()
            if clean_start(text, start, ".,-") and preceded_by(text, start, self.licence_words):
                yield match.span()
