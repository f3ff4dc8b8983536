"""Context-bound findings: dates of birth and classification markings."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from regie.privacy import lexicon
from regie.privacy.entities import EntityType
from regie.privacy.recognisers import person_context, tables
from regie.privacy.recognisers.base import Recogniser, clean_start, lowered, registry

MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|january|february|march|may|june|july|august|october|"
    r"jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec"
)
DATE = (
    rf"(?P<d>\d{{1,2}})[-/.](?P<m>\d{{1,2}})[-/.](?P<y>(?:19|20)\d{{2}})"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{MONTHS})\.?,?\s+(?:19|20)\d{{2}}"
    rf"|(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}"
    rf"|(?:19|20)\d{{2}}[-/](?P<m2>\d{{2}})[-/](?P<d2>\d{{2}})"
)
# Where a birth date is announced (after a cue, in a birth-date column) it may also be
# written short: a two-digit year ("6/7/92", "22 mrt '94") or all digits ("19650312").
CUED_DATE = (
    rf"{DATE}|(?P<d3>\d{{1,2}})[-/.](?P<m3>\d{{1,2}})[-/.]\d{{2}}"
    rf"|\d{{1,2}}\s+(?:{MONTHS})\.?\s+['’]\d{{2}}|(?:19|20)\d{{2}}(?P<m4>[01]\d)(?P<d4>[0-3]\d)"
)
DATE_ONLY = re.compile(rf"(?:{DATE})(?!\d)", re.IGNORECASE)
YEAR = re.compile(r"(?:19|20)\d{2}")
CUED_DATE_ONLY = re.compile(rf"(?:{CUED_DATE})(?!\d)", re.IGNORECASE)
_DAY_MONTH_GROUPS = (("d", "m"), ("d2", "m2"), ("d3", "m3"), ("d4", "m4"))


def valid_date(match: re.Match) -> bool:
    """Day 1–31 and month 1–12 where the date is written in digits."""
    groups = match.groupdict()
    for day, month in _DAY_MONTH_GROUPS:
        if groups.get(day):
            return 1 <= int(groups[day]) <= 31 and 1 <= int(groups[month]) <= 12
    return True


@registry.register
class DateOfBirthRecogniser(Recogniser):
    """A date right after 'geboren (op)', 'geb.' (or 'geb' and a space), 'geboortedatum'
    (also 'geboren te X op'), 'date of birth', 'born (on)', 'DOB', 'birth date'; dates in a
    column under such a header come from `tables`."""

    entity_type = EntityType.DATE_OF_BIRTH
    priority = 2
    pattern = re.compile(
        rf"(?:geboren(?:\s+te\s+(?:'s-)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)?(?:\s+op)?"
        rf"|geb\.\s*dat(?:um\b|\.)?|geb(?:\.|(?=\s))(?:\s*op)?|gb(?:\.|(?=\s))"
        rf"|geboortedat[a-z]*|°|date\s+of\s+birth|birth\s*date|birthday|d\.?o\.?b\.?"
        rf"|born(?:\s+in\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)?(?:\s+on)?)"
        # up to three words between the cue and the date ("is listed as", "staat vermeld als")
        rf"(?:\s+(?:is|as|was|van|:|listed|stated|recorded|registered|given|shown|staat|stond"
        rf"|wordt|werd|vermeld|genoteerd|geregistreerd|als)){{0,3}}"
        # a note in brackets after the cue ("Geboortedatum (verplicht): …")
        rf"(?:\s*\([^()\n]{{1,40}}\)(?=\s*:))?\s*[:(,]?\s*"
        rf"(?P<date>{CUED_DATE})(?!\d)",
        re.IGNORECASE,
    )
    # A date in brackets right after a name is how case notes give a birth date ("Truus
    # Houben (12-10-1955)", "dochter Sofiia (02.05.2016)"); found from the bracket, the name
    # read back from it. Only a date at least a year old: a recent one is the date of a
    # letter or a call ("de mail van Jansen (28-11-2026)").
    after_name = re.compile(rf"\((?P<date>{DATE})(?!\d)(?=\s*[),–-])", re.IGNORECASE)
    name_before = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?[ \t]*$")

    # Dutch word order puts the date first: "(is) op 14 mei 1935 geboren".
    date_before_born = re.compile(
        rf"(?<![\w/.-])(?P<date>{DATE})(?:\s+(?:is|was|ben|bent|zijn|werd))?\s+$", re.IGNORECASE
    )

    # Where a cue can start: the full pattern is only tried there. Searched in the lower-cased
    # text (much faster than re.IGNORECASE), or in the text itself with the IGNORECASE twin
    # when lower-casing changes its length. ("geb" only as the pattern continues it, not as
    # in the many "gebruik", "gebeurd", "gebeld".)
    # In the lower-cased text the cues are searched by their first letter, one pattern each
    # (a one-character literal, which the regex engine finds much faster than a class).
    cues_lower = (
        re.compile(r"geb(?:oren|\.|oortedat|\s)"),
        re.compile(r"gb[.\s]"),
        re.compile(r"d(?:ate|\.?o\.?b)"),
        re.compile(r"b(?:irth|orn)"),
        re.compile(r"°"),
    )
    cue_any = re.compile("|".join(cue.pattern for cue in cues_lower), re.IGNORECASE)

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        lower = lowered(text)
        if len(lower) == len(text):
            starts = sorted(
                match.start() for cue in self.cues_lower for match in cue.finditer(lower)
            )
        else:
            starts = [match.start() for match in self.cue_any.finditer(text)]
        position = 0
        for start in starts:
            if start < position:
                continue
            match = self.pattern.match(text, start)
            if match and clean_start(text, start) and valid_date(match):
                position = match.end()
                yield match.span("date")
            elif lower.startswith("geboren", start) and clean_start(text, start):
                before = self.date_before_born.search(text, max(position, start - 40), start)
                if before and valid_date(before):
                    yield before.span("date")
        if "(" in text:
            yield from self._after_names(text)
        yield from tables.cells(text).birth_dates

    def _after_names(self, text: str) -> Iterator[tuple[int, int]]:
        names = lexicon.all_names()
        last_year = datetime.date.today().year - 1
        for match in self.after_name.finditer(text):
            year = YEAR.search(match.group("date"))
            name = self.name_before.search(text, max(0, match.start() - 40), match.start())
            if (
                year
                and int(year.group()) < last_year
                and name
                and name.group().rstrip() in names
                and not person_context.institution_before(text, name.start())
                and valid_date(match)
            ):
                yield match.span("date")


@registry.register
class ConfidentialRecogniser(Recogniser):
    """Classification markings: Departementaal Vertrouwelijk, Stg. Confidentieel / Geheim /
    Zeer Geheim, TLP:RED and TLP:AMBER, capitalised 'Confidentieel', upper-case markings,
    'Vertrouwelijk' standing alone as a heading and 'Rubricering: …' labels."""

    entity_type = EntityType.CONFIDENTIAL
    priority = 2
    named = (
        r"(?:departementaal\s+vertrouwelijk|dep\.\s*vertrouwelijk"
        r"|(?:stg\.?|staatsgeheim)\s+(?:zeer\s+geheim|geheim|confidentieel)"
        r"|tlp\s*:\s*(?:red|amber(?:\+strict)?))(?![\w+])"
    )
    labelled = (
        r"(?:rubricering|classificatie|markering)\s*:\s*"
        r"(zeer\s+geheim|geheim|vertrouwelijk|confidentieel)(?![\w])"
    )
    # Case-insensitive search runs on the lower-cased text (much faster than re.IGNORECASE);
    # the IGNORECASE twins are for the rare text whose lower-case form changes length.
    named_lower, named_any = re.compile(named), re.compile(named, re.IGNORECASE)
    label_lower, label_any = re.compile(labelled), re.compile(labelled, re.IGNORECASE)
    upper = re.compile(
        r"(?:ZEER GEHEIM|GEHEIM|VERTROUWELIJK|CONFIDENTIEEL|Confidentieel)"
        r"(?![\w])"
    )
    heading = re.compile(r"(?m)(Vertrouwelijk|Zeer geheim|Geheim)[ \t]*(?:$|[-–:])")
    hints = ("vertrouwelijk", "geheim", "confidentieel", "tlp")

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        lower = lowered(text)
        if not any(hint in lower for hint in self.hints):
            return
        same = len(lower) == len(text)
        source = lower if same else text
        named, label = (
            (self.named_lower, self.label_lower) if same else (self.named_any, self.label_any)
        )
        for match in named.finditer(source):
            if clean_start(text, match.start()):
                yield match.span()
        for match in self.upper.finditer(text):
            if clean_start(text, match.start()):
                yield match.span()
        if "Vertrouwelijk" in text or "eheim" in text:
            for match in self.heading.finditer(text):
                line_start = text.rfind("\n", 0, match.start()) + 1
                if not text[line_start : match.start()].strip(" \t"):  # alone at a line start
                    yield match.span(1)
        if "rubricering" in lower or "classificatie" in lower or "markering" in lower:
            for match in label.finditer(source):
                yield match.span(1)
