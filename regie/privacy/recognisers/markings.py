"""Context-bound findings: dates of birth and classification markings."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from regie.privacy import lexicon
from regie.privacy.entities import EntityType
from regie.privacy.recognisers import fields, gedcom, mrz, person_context, persons, tables
from regie.privacy.recognisers.base import Recogniser, clean_start, lowered, registry
from regie.privacy.recognisers.date_forms import CUED_DATE, DATE

# tables.FOREIGN_BIRTH_DATE_LABELS as a pattern (any blanks between the words)
FOREIGN_LABELS = "|".join(
    r"\s+".join(map(re.escape, label.split())) for label in tables.FOREIGN_BIRTH_DATE_LABELS
)

# Words that make a date a bound ("vóór 1 januari 2023 geboren", "born after 1 May 2010").
BOUND_WORDS = (["voor"], ["vóór"], ["na"], ["sinds"], ["before"], ["after"], ["since"], ["tussen"])
DATE_ONLY = re.compile(rf"(?:{DATE})(?!\d)", re.IGNORECASE)
# Years a date inferred from its place must be old at least (see DateOfBirthRecogniser.find).
INFERRED_AGE = 3
# Before a date on its line: the fields of a table row (a tab, a semicolon, a bar, two
# commas with no space after them, or a quoted value between commas as in SQL rows).
TABLE_ROW = re.compile(r"[\t;|]|,(?:[^ ,\n][^,\n]*,[^ ,\n]|[ \t]*'[^'\n]*'[ \t]*,)")
# Columns lined up with runs of spaces, as registers print them ("BMR 1      21-01-2008").
SPACED_COLUMNS = re.compile(r"\S {3,}(?=\S)")
# DATE_ONLY, searched in lower-cased text (much faster than re.IGNORECASE).
DATE_IN_LOWER = re.compile(rf"(?:{DATE})(?!\d)")
YEAR = re.compile(r"(?:19|20)\d{2}")
CUED_DATE_ONLY = re.compile(rf"(?:{CUED_DATE})(?!\d)", re.IGNORECASE)
_DAY_MONTH_GROUPS = (("d", "m"), ("d2", "m2"), ("d3", "m3"), ("d4", "m4"), ("d5", "m5"))


def valid_date(match: re.Match) -> bool:
    """Day 1–31 and month 1–12 where the date is written in digits; or a day, or a day and a
    month, of 0: how the BRP records a birth date known only in part ("00-00-1941",
    "00-05-1941", the BRP's "gedeeltelijk onbekende datum"). With slashes, a month first
    where the day cannot be one, as American forms write it ("03/14/1990")."""
    groups = match.groupdict()
    for day, month in _DAY_MONTH_GROUPS:
        if groups.get(day):
            day_number, month_number = int(groups[day]), int(groups[month])
            if 12 < month_number <= 31 and 1 <= day_number <= 12 and "/" in match.group():
                return True
            return (
                0 <= day_number <= 31
                and 0 <= month_number <= 12
                and (month_number > 0 or day_number == 0)
            )
    return True


def _cue_start(text: str, start: int) -> bool:
    """Whether a birth-date cue may start at `start`: not inside a word, but after an
    underscore of a key ("partner_dob:", "child_date_of_birth:")."""
    return start == 0 or not text[start - 1].isalnum()


@registry.register
class DateOfBirthRecogniser(Recogniser):
    """A date right after 'geboren (op)', 'geb.' (or 'geb' and a space), 'geboortedatum'
    (also 'geboren te X op', 'geboren op Curaçao op'), 'date of birth', 'born (on)', 'DOB',
    'birth date', '°' or '*' or '(b.', or the label of a resident's own document
    ('Geburtsdatum', 'Data urodzenia': tables.FOREIGN_BIRTH_DATE_LABELS); dates in a column
    under such a header come from `tables`. Dates inferred from where they stand: right after
    a person's name, and further dates in the sentence of such a cue and the next."""

    entity_type = EntityType.DATE_OF_BIRTH
    priority = 2
    pattern = re.compile(
        # (the place perhaps with its country in brackets: "geboren te Paramaribo (Suriname) op")
        rf"(?:geboren(?:\s+te\s+(?:'s-)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?:\s\([A-Z][\w'’ -]*\))?"
        # (a place after "in" or "op" written with its capital, of up to three words, perhaps
        # a comma after it: "geboren op Curaçao op …", "geboren in Ziekenhuis Gelderse Vallei,
        # op …"; not "geboren op zeventien maart")
        rf"|\s+(?:in|op)\s+(?-i:[A-Z])[\w'’-]*(?:\s(?-i:[A-Z])[\w'’-]*){{0,2}}(?=,?\s+op\s))?"
        rf"(?:,?\s+op)?"
        rf"|geb\.?\s*dat(?:um\b|\.)?|gb(?:\.|(?=[\s:]))"
        # (genealogies put the place between the cue and the date: "geb. Barneveld 12 april
        # 1851", "geb. te Voorthuizen 21-09-1883")
        rf"|geb(?:\.|(?=[\s:]))(?:\s+(?:te\s+)?(?-i:[A-Z])[\w'’-]+(?=,?\s+\d))?(?:\s*op)?"
        rf"|geboortedat[a-z]*|datum\s+(?:van\s+)?geboorte|°|(?<=\()\*|(?<=\w )\*"
        rf"|(?P<bracket>(?<=\()b\.)"
        rf"|date[\s_]+of[\s_]+birth|birth[\s_]*date|birthday|bday|d\.?o\.?b\.?"
        rf"|born(?:\s+in\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?|\s+there|\s+here)?(?:\s+on)?"
        # Frisian ("berne op", "bernedatum") and Papiamentu ("nasé na", "mi a nase", "fecha di
        # nasementu")
        rf"|berne(?:\s+op)?|bernedatum|bertedatum|nas[eé](?:\s+na)?|nas[ei]mentu"
        rf"|{FOREIGN_LABELS})"
        # up to four words between the cue and the date ("is listed as", "staat vermeld als",
        # "has been registered as", "in uw aanvraag", a hesitation: ", eh,")
        rf"(?:,?\s+(?:is|as|was|van|:|listed|stated|recorded|registered|given|shown|staat|stond"
        rf"|wordt|werd|vermeld|genoteerd|geregistreerd|als|has|been|currently|now|momenteel"
        rf"|nu|in|op|on|am|uw|your|aanvraag|application|the|eh|ehm|uh|uhm|um|ta"
        # whose birth date it is, and whether it is right ("geb.datum klant 05-05-1940",
        # "geb.datum dhr: 1 januari 1979", "Geboortedatum klopt wel: 21/7/68")
        rf"|klant|cli[eë]nt|aanvrager|partner|dhr\.?|mw\.?|mevr\.?|kind|zoon|dochter|moeder"
        rf"|vader|applicant|spouse|child|son|daughter|mother|father|klopt|wel|niet|correct"
        rf"|juist)){{0,4}}"
        # a note in brackets after the cue ("Geboortedatum (verplicht): …")
        # (the blanks around an optional colon as one optional group and one run: two runs
        # side by side would try every split of a long run of blanks)
        rf"(?:\s*\([^()\n]{{1,40}}\)(?=\s*:))?(?:\s*[:(,=])?\s*"
        rf"(?P<date>{CUED_DATE})(?!\d)"
        # ("(b." only as a biography writes it, the bracket closing after the date: "Mr Haile
        # (b. 12 May 1979)", not a list item "(b. 12-05-2024 ontvangen)")
        r"(?(bracket)(?=[ \t]*[),;]))",
        re.IGNORECASE,
    )
    # A year alone right after the cue, where only the year is known or given ("Mevr. Apinsa
    # (geb. 1941, exacte geboortedatum onbekend)", "Halyna Melnyk (born 1942)", "geboren 1921
    # in Poltawa"); not "geboren in 1990", a year in a story.
    year_after_cue = re.compile(
        r"(?:geb\.|geboren|born)[ \t]+(?P<year>(?:19|20)\d{2})(?![.,/-]?\d)"
        r"(?=[ \t]*(?:[),;.]|in\b|\n|$))",
        re.IGNORECASE,
    )
    # A date in brackets right after a name is how case notes give a birth date ("Truus
    # Houben (12-10-1955)", "dochter Sofiia (02.05.2016)", "Mevrouw (19-03-1979) is
    # opgenomen", "Opa (2-2-1932)"); found from the bracket, the word read back from it: a
    # listed name, which the scanner may not report alone, a title or a family word. (Like
    # every date inferred from its place, at least INFERRED_AGE years old: "de mail van
    # Jansen (28-11-2024)" is none.)
    after_name = re.compile(rf"\((?P<date>{DATE})(?!\d)(?=\s*[),–-])", re.IGNORECASE)
    name_before = re.compile(rf"(?:{person_context.GIVEN_WORD.pattern}|[a-z]+)[ \t]*$")

    # A date right after a name the scanner found, set off by a comma, a semicolon, a dash, a
    # bar, a tab or a bracket, or by spaces alone where it ends the line or a field, is how
    # notes, lists and rows give a birth date ("dhr. Chukwuemeka Eze, 12-4-1988,", "Tsegaye,
    # Almaz – 03.03.1999", "Crijns|23-11-1921|…", "MOREAU Claire<tab>1989-04-11<tab>French",
    # "Olena Shevchenko (21.08.1989)", "Mourad El Khattabi 19-07-1987").
    after_person = re.compile(
        rf"(?:[ \t]*(?:[,(|;–—\t]|-(?=[ \t]))|(?P<spaces>))[ \t]*(?P<date>{DATE})(?!\d)"
        # (after spaces only, the date ends a line or a cell: "Mulder, Fenna    30-04-2017    zoon")
        r"(?(spaces)(?:[ \t]*(?:$|[\n;,|)]|\.(?=\s|$))| {2,}|\t))",
        re.IGNORECASE | re.MULTILINE,
    )
    # Where a text talks about a birth date, other dates in the cue's sentence and the next
    # are birth dates too ("your file says 22-02-1990 but your ID copy says 22-12-1990", "in
    # de BRP staat 01-06-1952, volgens u is dit 06-01-1952"), unless a label on their line
    # or the word before them gives them another meaning ("datum aanvraag", "sinds", "op",
    # "besluit van").
    topic_words = (
        *("geboorte", "geboren", "geb.", "geb ", "gb.", "gb ", "birth", "born", "dob"),
        *("berne", "nasé", "nase"),  # Frisian, Papiamentu
    )
    topic_reach = 250
    # (Not the dot of a list number: "1. Tsegaye, Almaz – 03.03.1999" goes on. One class
    # first and the look-behinds after it: a pattern that starts otherwise is tried at every
    # position.)
    sentence_end = re.compile(
        r"[.!?\n](?:(?<=[.!?])(?<![\n ]\d.)(?<![\n ]\d\d.)(?:\s+|$)|(?<=\n)[ \t]*\n\s*)"
    )
    other_date_label = re.compile(
        r"(?<!geboorte)datum|date(?![ \t]+of[ \t]+birth)|d\.d\.|sinds|since|vanaf|overl|died"
        r"|death|deceased|†|ingang|intake|afspraak|appointment|ontvangen|received|verzonden"
        r"|\bsent\b|ingeschreven|inschrijving|vestiging|vertrek|verhuis|registered|moved|huwelijk"
        r"|getrouwd|married|melding|besluit|aanvraag|erkenning|arrival|aankomst|joins|in dienst"
        r"|contract|peildatum|vandaag|today|afgegeven|issued|geldig|valid|verloop|expir"
        r"|ontbonden|scheiding|divorce"
        r"|(?<![^\W\d_])(?:op|van|on|of|per|tot|until|from|to|t/m|after|before|na|voor)[ \t]*$"
    )
    # A date that starts a period ("16-09-1962 t/m 30-06-1984", "2001 - heden").
    period_after = re.compile(
        r"[ \t]*(?:t/m|t\.m\.|tot|until|to|[-–])[ \t]+(?:\d|heden|nu\b|now|present)", re.IGNORECASE
    )
    # Dutch word order puts the date first: "(is) op 14 mei 1935 geboren"; a note puts a comma
    # between them before the place ("24-08-1941, geboren in Semarang").
    date_before_born = re.compile(
        rf"(?<![\w/.-])(?P<date>{DATE})(?:\s+(?:is|was|ben|bent|zijn|werd)|,)?\s+$",
        re.IGNORECASE,
    )

    # Where a cue can start: the full pattern is only tried there. Searched in the lower-cased
    # text (much faster than re.IGNORECASE), or in the text itself with the IGNORECASE twin
    # when lower-casing changes its length. ("geb" only as the pattern continues it, not as
    # in the many "gebruik", "gebeurd", "gebeld".)
    # In the lower-cased text the cues are searched by their first letter, one pattern each
    # (a one-character literal, which the regex engine finds much faster than a class).
    cues_lower = (
        re.compile(r"geb(?:oren|\.|oorte|\s|urtsdatum|dat|:)"),  # ("gebdat=19820114", "geb:")
        re.compile(r"gb[.\s:]"),
        # (with the starts of FOREIGN_LABELS that open with a "d": "data de nascimento",
        # "date de naissance", "doğum tarihi", "datum rođenja")
        re.compile(r"d(?:ate|\.?o\.?b|atum\s+(?:van\s+geboorte|geboorte|naro|ro)|ata\s|oğum)"),
        re.compile(r"b(?:irth|orn|day|erne|ertedatum)"),
        re.compile(r"nas[eé]"),
        re.compile(r"°"),
        re.compile(r"\*"),
        re.compile(r"b\.(?<=\(b\.)"),  # (a literal first: the engine jumps to each "b.")
        re.compile(r"fecha\s"),
        re.compile(r"дата\s"),
    )
    cue_any = re.compile("|".join(cue.pattern for cue in cues_lower), re.IGNORECASE)
    # "ik ben van 9 november 1956", "ben ik van 12-3-59", "ikzelf ben van 1961": how people
    # give their own birth date when they write in; not a period ("ik ben van 3 tot 5 juni
    # weg", "van 2019 t/m 2021").
    self_born = re.compile(
        rf"\b(?:ik(?:[ \t]*zelf)?[ \t]+ben|ben[ \t]+ik)[ \t]+van[ \t]+"
        rf"(?P<date>{DATE}|(?P<d3>\d{{1,2}})[-/.](?P<m3>\d{{1,2}})[-/.]\d{{2}}|(?:19|20)\d{{2}})"
        rf"(?![-/.]?\d)(?![ \t]*(?:tot\b|t/m|t\.m\.|until|[-–][ \t]*\d))",
        re.IGNORECASE,
    )

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        lower = lowered(text)
        if len(lower) == len(text):
            starts = sorted(
                match.start() for cue in self.cues_lower for match in cue.finditer(lower)
            )
        else:
            starts = [match.start() for match in self.cue_any.finditer(text)]
        position = 0
        topics: list[tuple[int, int]] = []  # (where a cue starts, where its own date ends)
        for start in starts:
            topic = text[start : start + 8].lower().startswith(self.topic_words) and _cue_start(
                text, start
            )
            if topic:
                topics.append((start, start))
            if start < position:
                continue
            match = self.pattern.match(text, start)
            if match and _cue_start(text, start) and valid_date(match):
                position = match.end()
                if topic:
                    topics[-1] = (start, position)
                yield match.span("date")
            elif (year := self.year_after_cue.match(text, start)) and _cue_start(text, start):
                if int(year["year"]) <= datetime.date.today().year:
                    position = year.end()
                    yield year.span("year")
            elif lower.startswith("geboren", start) and _cue_start(text, start):
                before = self.date_before_born.search(text, max(position, start - 40), start)
                if (
                    before
                    and valid_date(before)
                    # a bound, no birth date: "omdat uw kind vóór 1 januari 2023 is geboren"
                    and text[max(0, before.start() - 8) : before.start()].lower().split()[-1:]
                    not in BOUND_WORDS
                    and (
                        "," not in text[before.end("date") : start]
                        or lower.startswith(("geboren in ", "geboren te "), start)
                    )
                ):
                    yield before.span("date")
        # Inferred from where a date stands, not announced by a cue: only a date at least
        # INFERRED_AGE years old (the dates of letters, calls, decisions and registrations
        # near a name are mostly recent; young children's birth dates then need a cue).
        inferred_before = datetime.date.today().year - INFERRED_AGE
        if topics:
            yield from self._near_topics(text, lower, topics, inferred_before)
        if "(" in text:
            yield from self._after_names(text, inferred_before)
        for _, end in persons.person_spans(text):
            # (the pattern only where a separator or a digit follows: cheap, and most names
            # are followed by neither; also after the run of spaces between columns of text
            # copied from a PDF)
            following = text[end : end + 40].lstrip(" \t")[:1]
            if following and (following in ",(|;–—-\t" or following.isdigit()):
                match = self.after_person.match(text, end)
                if match and _older_than(match, inferred_before):
                    yield match.span("date")
        if " ben van " in lower or "ben ik van " in lower:
            for match in self.self_born.finditer(text):
                date = match.group("date")
                if valid_date(match) and (
                    _older_than(match, inferred_before) or not YEAR.search(date)
                ):
                    yield match.span("date")
        yield from tables.cells(text).birth_dates
        yield from fields.found(text).birth_dates
        if "<<" in text:
            yield from mrz.found(text).birth_dates
        if gedcom.present(text):
            yield from gedcom.found(text).birth_dates

    def _near_topics(
        self, text: str, lower: str, topics: list[tuple[int, int]], before_year: int
    ) -> Iterator[tuple[int, int]]:
        """Dates old enough in the sentence of a birth-date cue and the next (at most
        `topic_reach` on) after the cue's own date, none with a label of another date before
        it."""
        dates, searched = (DATE_IN_LOWER, lower) if len(lower) == len(text) else (DATE_ONLY, text)
        seen = 0
        for topic, cued_end in topics:
            seen = max(seen, cued_end)
            reach = min(len(text), topic + self.topic_reach)
            # from the end of the cue word ("geb." ends in a dot, not a sentence)
            end = text.find(" ", topic, reach)
            question = -1  # where the cue's sentence or the next asks ("?")
            for _ in range(2):
                found = self.sentence_end.search(text, end, reach) if end >= 0 else None
                if found and question < 0 and text[found.start()] == "?":
                    question = found.start()
                end = found.end() if found else reach
            if question >= 0:
                # a question for the birth date is answered on the next line ("Mag ik uw
                # geboortedatum?" / "W.F. Kok: 30-01-1961")
                answer = text.find("\n", question)
                if answer >= 0:
                    answer_end = text.find("\n", answer + 1)
                    end = max(end, min(reach, len(text) if answer_end < 0 else answer_end))
            # Dates are found from their year (a cheap search; the date pattern is tried only
            # in the few characters around one).
            for year in YEAR.finditer(text, max(topic, seen), end):
                if year.start() < seen:
                    continue
                # (a date that the sentence's end or the reach cuts into is read whole)
                match = dates.search(
                    searched, max(topic, seen, year.start() - 25), min(len(text), end + 12)
                )
                if match is None or match.start() > year.start() or match.end() <= year.start():
                    continue
                seen = match.end()
                # (the line read back no further than the cue: a long line stays linear)
                line_start = max(text.rfind("\n", topic, match.start()) + 1, topic)
                if (
                    TABLE_ROW.search(text, line_start, match.start())
                    or (
                        SPACED_COLUMNS.search(text, line_start, match.start() + 1)
                        and ":" not in text[line_start : match.start()]  # (not "Label:   value")
                        # (two people's birth dates side by side under their header:
                        # "12-02-1966    29-09-1969")
                        and not DATE_ONLY.fullmatch(text[line_start : match.start()].strip())
                    )
                ):
                    continue  # a table row: its header says what the column holds (`tables`)
                if self.period_after.match(text, match.end()):
                    continue  # the start of a period ("16-09-1962 t/m 30-06-1984: …")
                label_from = max(line_start, match.start() - 40)
                while label_from > 0 and text[label_from - 1].isalpha():
                    label_from -= 1  # the whole word the 40 characters cut into
                if _older_than(match, before_year) and not self.other_date_label.search(
                    text[label_from : match.start()].lower()
                ):
                    yield match.span()

    def _after_names(self, text: str, before_year: int) -> Iterator[tuple[int, int]]:
        names = lexicon.all_names()
        for match in self.after_name.finditer(text):
            name = self.name_before.search(text, max(0, match.start() - 40), match.start())
            if (
                _older_than(match, before_year)
                and name
                and (
                    name.group().rstrip() in names
                    or name.group().rstrip().lower() in person_context.LOWER_TITLE_WORDS
                    or name.group().rstrip().lower() in person_context.KINSHIP_WORDS
                )
                and not person_context.institution_before(text, name.start())
            ):
                yield match.span("date")


def _older_than(match: re.Match, before_year: int) -> bool:
    """A valid date (in group `date`, or the whole match) from before `before_year`: a recent
    date is that of a letter, a call or an appointment more often than a birth date."""
    date = match.group("date") if "date" in match.re.groupindex else match.group()
    year = YEAR.search(date)
    return year is not None and int(year.group()) < before_year and valid_date(match)


@registry.register
class ConfidentialRecogniser(Recogniser):
    """Classification markings: Departementaal Vertrouwelijk, Stg. Confidentieel / Geheim /
    Zeer Geheim, TLP:RED and TLP:AMBER, capitalised 'Confidentieel', upper-case markings,
    'Vertrouwelijk' standing alone as a heading and 'Rubricering: …' labels."""

    entity_type = EntityType.CONFIDENTIAL
    priority = 2
    # One pattern per opening literal ("dep", "st", "tlp"): the engine skips in C to that
    # literal, where one pattern of three (its first item a class of d, s and t) would test
    # every character. No match of one overlaps a match of another, so the three find what
    # the one would.
    named = (
        r"dep(?:artementaal\s+|\.\s*)vertrouwelijk(?![\w+])",
        r"st(?:g\.?|aatsgeheim)\s+(?:zeer\s+geheim|geheim|confidentieel)(?![\w+])",
        r"tlp\s*:\s*(?:red|amber(?:\+strict)?)(?![\w+])",
    )
    labelled = (
        r"(?:rubricering|classificatie|markering)\s*:\s*"
        r"(zeer\s+geheim|geheim|vertrouwelijk|confidentieel)(?![\w])"
    )
    # Case-insensitive search runs on the lower-cased text (much faster than re.IGNORECASE);
    # the IGNORECASE twins are for the rare text whose lower-case form changes length.
    named_lower = tuple(re.compile(pattern) for pattern in named)
    named_any = tuple(re.compile(pattern, re.IGNORECASE) for pattern in named)
    label_lower, label_any = re.compile(labelled), re.compile(labelled, re.IGNORECASE)
    upper = re.compile(
        r"(?:ZEER GEHEIM|GEHEIM|VERTROUWELIJK|CONFIDENTIEEL|Confidentieel)"
        r"(?![\w])"
    )
    # What `upper` needs (its first item is a class: searched only where one of them is).
    upper_words = ("GEHEIM", "VERTROUWELIJK", "CONFIDENTIEEL", "Confidentieel")
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
        for pattern in named:
            for match in pattern.finditer(source):
                if clean_start(text, match.start()):
                    yield match.span()
        if any(word in text for word in self.upper_words):
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
