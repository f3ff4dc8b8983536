"""Table rows (CSV, TSV, semicolon or bar separated) under a header: cells in a name column
are persons, dates in a birth-date column are dates of birth, whatever their wording."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, KeysView
from functools import lru_cache
from typing import NamedTuple

from regie.privacy import lexicon
from regie.privacy.recognisers.base import line_end, word_trie
from regie.privacy.recognisers.person_context import (
    CAP,
    CAPITALS_PARTICLE,
    INITIALS,
    PARTICLE,
    plausible_name,
)

NAME_COLUMNS = frozenset(
    """naam name volledige_naam full_name fullname voornaam voornamen roepnaam achternaam
    geslachtsnaam first_name firstname given_name last_name lastname surname family_name
    client cliënt aanvrager betrokkene medewerker contactpersoon melder behandelaar contact
    leerling student pupil child beller caller werknemer vadersnaam patroniem patronymic
    middle_name foarnamme foarnammen achternamme efternamme namme nòmber nomber fam alias bijnaam
    nickname""".split()
)
# A column whose name holds one of these words is a name column too ("naam_deelnemer",
# "client_name"), unless it also names something that is not a person ("naam_organisatie")
# or another of the person's details ("taal_deelnemer", "coach_email").
NAME_COLUMN_WORDS = frozenset(
    """naam name names voornaam voornamen roepnaam achternaam geslachtsnaam surname surnames
    firstname firstnames forename forenames lastname client cliënt aanvrager betrokkene
    medewerker contactpersoon melder behandelaar deelnemer bewoner huurder patient patiënt
    employee applicant persoon person wie who owner eigenaar actiehouder trekker
    verantwoordelijke contact leerling student pupil child beller caller werknemer caseworker
    consulent begeleider buddy mentor coach casemanager klantmanager nieuwkomer newcomer
    statushouder chauffeur driver foarnamme foarnammen achternamme efternamme namme nòmber
    nomber voorletters initialen initials assigned assignee toegewezen handler reporter indiener
    ondertekenaar kandidaat candidate voorzitter chair secretaris notulist leerkracht teacher
    docent huisarts verzorger guardian overledene deceased rechthebbende vertegenwoordiger
    erfgenaam heir bewindvoerder curator debiteur debtor schuldenaar belastingplichtige taxpayer
    controleur inspecteur inspector toezichthouder leidinggevende""".split()
)
NOT_PERSON_COLUMN_WORDS = frozenset(
    """organisatie organisation organization bedrijf company instelling school straat
    street gemeente municipality project product bestand file document team afdeling
    department locatie location dienst service app applicatie systeem system model
    leverancier supplier vendor gebouw building handtekening signature gegevens details datum
    date taal language nationaliteit nationality geslacht gender rol role leeftijd age email
    mail tel telefoon phone adres address postcode woonplaats nr nummer number id functie""".split()
)
# "Date of birth" in the languages of residents' own documents and forms (Spanish and
# Papiamentu, Portuguese, French, German, Polish, Turkish, Czech, Bosnian / Croatian /
# Serbian, Romanian, Ukrainian, Russian), in lower case: a field's label, a column's name.
FOREIGN_BIRTH_DATE_LABELS = (
    "fecha de nacimiento",
    "fecha di nacimento",
    "fecha di nacemento",
    "fecha di nasementu",
    "fecha di nasimentu",
    "data de nascimento",
    "date de naissance",
    "geburtsdatum",
    "data urodzenia",
    "doğum tarihi",
    "datum narození",
    "datum rođenja",
    "data nașterii",
    "data nasterii",
    "дата народження",
    "дата рождения",
)
DUTCH_AND_ENGLISH_BIRTH_COLUMNS = frozenset(
    """geboortedatum geboortedat geb_datum gebdatum geboren geb geb_dat date_of_birth dob
    birth_date birthdate birthday bday bernedatum bertedatum born""".split()
)
BIRTH_COLUMNS = DUTCH_AND_ENGLISH_BIRTH_COLUMNS | {
    label.replace(" ", "_") for label in FOREIGN_BIRTH_DATE_LABELS
}
# A column named after whose birth date it holds ("geb_datum_hoofdaanvrager",
# "client_date_of_birth"); not "geb", "geboren" or "born" alone ("geb_plaats", "born_in" are
# places). (Of the Dutch and English names only: every column is tried against each part.)
BIRTH_COLUMN_PARTS = tuple(sorted(DUTCH_AND_ENGLISH_BIRTH_COLUMNS - {"geb", "geboren", "born"}))
# Words in a header line that make it worth reading as a table's columns, found in the
# lower-cased line (a trie of literals is searched several times faster than the same words
# with (?i)).
HINT = re.compile(
    word_trie(
        """naam name geboortedatum birth dob geb client cliënt aanvrager betrokkene medewerker
        contactpersoon melder behandelaar deelnemer bewoner huurder pati employee applicant perso
        wie who owner eigenaar actiehouder trekker verantwoordelijke contact leerling student
        pupil child beller caller werknemer vadersnaam patroniem patronymic middle caseworker
        consulent begeleider buddy mentor coach manager nieuwkomer newcomer statushouder namme
        nomber nòmber berne berte nasementu nasimentu alias bijnaam nickname voorletters
        initial assign toegewezen handler reporter indiener ondertekenaar kandida candidate
        voorzitter chair secretaris notulist leerkracht teacher docent huisarts verzorger
        guardian overledene deceased rechthebbende vertegenwoordiger erfgenaam heir
        bewindvoerder curator debiteur debtor schuldenaar belastingplichtige taxpayer controleur
        inspecteur inspector toezichthouder leidinggevende"""
    )
    # (not "fam": a Papiamentu "Fam" column stands beside "Nòmber"; "familie" is everywhere)
)
SEPARATORS = ";\t|,~"
# A line with two separators (a comma only when no space follows it, as in CSV, not prose).
# (One class first, so the regex engine skips to a separator instead of trying every position.)
TABLE_LINE = re.compile(r"[;\t|,~](?:(?<=[;\t|~])[^\n;\t|~]*[;\t|~]|(?<=,)[^ \n][^\n,]*,[^ \n])")
# A rule between a header and its rows ("-----+-----" of psql, "|---|:--|" of Markdown).
# (No "-" before the first one: a line of dashes that fails at its end then fails in one
# pass, not in one pass per dash.)
RULE_LINE = re.compile(r"[ \t|+:=]*-[ \t|+:=-]*")
# After the date in a birth-date cell or field: nothing, or the time of a timestamp.
DATE_END = re.compile(r"(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?")
# SQL rows: "INSERT INTO t (a, b) VALUES", each row "(1, 'Femke', NULL)," and its values.
INSERT_INTO = re.compile(
    r"(?i:insert)\s+(?i:into)\s+[^\s(]{1,100}\s*\((?P<columns>[^()]{1,2000})\)\s*(?i:values)\s*"
)
SQL_ROW = re.compile(r"\s*\((?P<values>(?:[^()'\n]|'[^'\n]*')*)\)\s*,?")
SQL_VALUE = re.compile(r"'[^'\n]*'|[^,'\s][^,'\n]*(?<=\S)")
# What a name cell holds when it holds no name ("anoniem", "n.v.t.", a "Totaal" row).
PLACEHOLDERS = frozenset(
    "anoniem onbekend n.v.t. nvt n.b. nb unknown anonymous geen none n/a totaal total "
    "subtotaal subtotal".split()
)
# A name in a cell, also written surname first ("Jansen, P.W.", "Yılmaz, Hatice").
NAME_CELL = re.compile(
    r"[^\W\d_][^\W\d_ .'’-]*(?:(?:[ .'’-]+|,[ \t]*)[^\W\d_][^\W\d_'’-]*){0,5}\.?"
)


# A cell written surname first, as registers list people ("KARIMI, Zahra", "Hoogeveen, A.",
# "van der Meulen-Bakker, G.J.", "DE VRIES-ATTEMA, Hiltsje", "Boer, A. de"): a person by its
# form, with or without other personal data.
SURNAME_FIRST_CELL = re.compile(
    rf"(?P<surname>(?:(?:{PARTICLE}|{CAPITALS_PARTICLE}) )*{CAP}), "
    rf"(?P<given>{INITIALS}(?: {PARTICLE})?|{CAP}(?: {CAP})?)"
)
# A date with a two-digit year, as invoices and logs write it ("16-07-24"): a row, no header.
SHORT_DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2}")
# Personal data in another cell of the same row makes a name-shaped cell a person.
PERSONAL_CELL = re.compile(
    r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{9}|"
    r"[^@\s]+@[^@\s]+\.\w+|(?:\+31|0)[\d -]{8,14}"
)


class Cells(NamedTuple):
    persons: tuple[tuple[int, int], ...]
    birth_dates: tuple[tuple[int, int], ...]


def is_name_column(column: str) -> bool:
    if column in NAME_COLUMNS:
        return True
    words = column.split("_")
    return any(w in NAME_COLUMN_WORDS for w in words) and not any(
        w in NOT_PERSON_COLUMN_WORDS for w in words
    )


# Whose birth date a column holds when it is an animal's ("animal_dob", "geb_datum_hond"):
# no person's.
ANIMAL_COLUMN_PARTS = frozenset(
    "animal dier huisdier pet hond dog kat cat paard horse pup puppy".split()
)


def is_birth_column(column: str) -> bool:
    if ANIMAL_COLUMN_PARTS.intersection(column.split("_")):
        return False
    return (
        column in BIRTH_COLUMNS
        # (one word split at its capitals: "geboorteDatum")
        or column.replace("_", "") in BIRTH_COLUMNS
        or any(
            column.startswith(part + "_") or column.endswith("_" + part)
            for part in BIRTH_COLUMN_PARTS
        )
    )


# A capital after a lower-case letter starts a word of a column's name ("RecipientLastName").
CAMEL_CASE_WORD = re.compile(r"(?<=[a-z])(?=[A-Z])")


def column_name(header: str) -> str:
    header = CAMEL_CASE_WORD.sub("_", header.strip().strip("\"'"))
    return re.sub(r"[\s.-]+", "_", header.lower()).strip("_")


def _cells(line: str, separator: str) -> list[str]:
    """The cells of a row: split at the separator, except inside double quotes (a CSV
    note such as "restaurant owner, Kruiskade" is one cell)."""
    if '"' not in line:
        return line.split(separator)
    cells, begin, quoted = [], 0, False
    for index, character in enumerate(line):
        if character == '"':
            quoted = not quoted
        elif character == separator and not quoted:
            cells.append(line[begin:index])
            begin = index + 1
    cells.append(line[begin:])
    return cells


def _split(line: str, start: int, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's content, without surrounding spaces and quotes."""
    spans, position = [], start
    for cell in _cells(line, separator):
        left = len(cell) - len(cell.lstrip(" \"'"))
        right = len(cell.rstrip(" \"'\r"))
        spans.append((position + left, position + max(left, right)))
        position += len(cell) + 1
    return spans


# The name a person goes by in brackets after a name written surname first ("Ter Steege,
# Gijsbertus (Gijs)", "Bos, Wilhelmina (Mien)"): the cell is one name, the nickname with it.
NICKNAME_AT_END = re.compile(r"[ \t]+\((?P<nickname>[^\W\d_][^\W\d_'’-]*)\)$")


def _name_part(value: str) -> str:
    """A cell's value without a listed given name in brackets at its end where the name is
    written surname first (not "Kemal Arslan (zoon)", "R. Veldhuis (Crawford)")."""
    if not value.endswith(")") or "," not in value:
        return value
    nickname = NICKNAME_AT_END.search(value)
    if nickname is None or nickname["nickname"] not in lexicon.all_first_names():
        return value
    return value[: nickname.start()]


def _row_persons(text: str, start: int, line: str, separator: str) -> list[tuple[int, int]]:
    """In a row without a header: cells written surname first with a listed name, and
    name-shaped cells (two to four words, one of them a listed name) where the row also holds
    a date, a nine-digit number, an e-mail address or a phone number."""
    spans = _split(line, start, separator)
    names = lexicon.all_names()
    found = [(a, b) for a, b in spans if _surname_first_cell(_name_part(text[a:b]), names)]
    if not any(PERSONAL_CELL.fullmatch(text[a:b]) for a, b in spans):
        return found
    for a, b in spans:
        value = text[a:b]
        words = value.split()
        if (
            2 <= len(words) <= 4
            and NAME_CELL.fullmatch(value)
            and words[0][:1].isupper()
            and any(word in names for word in words)
            and plausible_name(value)
        ):
            found.append((a, b))
    return found


def _surname_first_cell(value: str, names: KeysView[str]) -> bool:
    """Whether the cell is SURNAME_FIRST_CELL with initials, or with a listed surname or
    given name (in capitals too) and no place first ("Utrecht, Zuilen"), and a plausible
    name."""
    match = SURNAME_FIRST_CELL.fullmatch(value)
    if match is None or not plausible_name(value.replace(",", "")):
        return False
    words = match.group("surname").split()
    surname, given = words[-1], match.group("given").split()[0]
    if len(surname) < 2:
        return False  # a letter is no surname: driving licence categories ("C, CE")
    if given.endswith("."):
        return True  # initials ("Hoogeveen, A.", also a place)
    # (not a place and its district; after a tussenvoegsel no place: "Van Houten, Bas")
    return (len(words) > 1 or surname not in lexicon.cities()) and (
        any(part[:1] + part[1:].lower() in names for part in surname.split("-"))
        or given[:1] + given[1:].lower() in names
    )


def _surname_first_name_joined(
    text: str, kinds: list[str | None], row_cells: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A comma-separated row with one cell more than its header, where a name column's value
    was written surname first without quotes ("…,Haddad, Ahmad,1988-11-23,…", "Boer, A.
    de,VVD,…"): that cell and the next one joined, if exactly one name column's cell makes a
    surname-first name with the next; else the cells as they are."""
    names = lexicon.all_names()
    joins = [
        index
        for index, kind in enumerate(kinds)
        if kind == "name"
        and text[row_cells[index + 1][0] - 2 : row_cells[index + 1][0]] == ", "
        and _surname_first_cell(text[row_cells[index][0] : row_cells[index + 1][1]], names)
    ]
    if len(joins) != 1:
        return row_cells
    index = joins[0]
    return [
        *row_cells[:index],
        (row_cells[index][0], row_cells[index + 1][1]),
        *row_cells[index + 2 :],
    ]


def _may_hold_table(text: str) -> bool:
    """Whether `text` has a separator TABLE_LINE needs: one of ";", tab, "|", "~", or a comma not
    followed by a space or a line break (counted in C, much faster than the regex on prose)."""
    if ";" in text or "\t" in text or "|" in text or "~" in text:
        return True
    prose_commas = text.count(", ") + text.count(",\n") + text.endswith(",")
    return text.count(",") > prose_commas


@lru_cache(maxsize=8)
def cells(text: str) -> Cells:
    """The person and birth-date cells of every table in `text` (cached: both the person and
    the birth-date recogniser ask for the same text)."""
    persons: list[tuple[int, int]] = []
    births: list[tuple[int, int]] = []
    if "insert" in text or "INSERT" in text:
        for kinds, row_cells in _inserted_rows(text):
            _read_row(text, kinds, row_cells, persons, births)
    if "  " in text:
        for kinds, row_cells in _aligned_rows(text):
            _read_row(text, kinds, row_cells, persons, births)
    if not _may_hold_table(text) or TABLE_LINE.search(text) is None:
        return Cells(tuple(persons), tuple(births))
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    index = 0
    while index < len(lines):
        start, header = lines[index]
        index += 1
        separator = max(SEPARATORS, key=header.count)
        if header.count(separator) < 2:
            continue
        # (a line HINT finds nothing in is no header; nor is one whose words only look like
        # one: "Participatie" holds "pati"; nor a row with a date or a phone number, whose
        # cell may be a column's word: "12-01-2019;metoprolol;huisarts;", "16-07-24 | Tolken
        # Dari, cliënt M. Rezaie | …")
        cell_spans = _split(header, start, separator)
        columns = (
            [column_name(header[a - start : b - start]) for a, b in cell_spans]
            if HINT.search(header.lower())
            and not any(
                PERSONAL_CELL.fullmatch(text[a:b]) or SHORT_DATE.fullmatch(text[a:b])
                for a, b in cell_spans
            )
            else []
        )
        kinds = _column_kinds(columns)
        if not any(kinds):  # a row
            persons.extend(_row_persons(text, start, header, separator))
            continue
        blank = False
        while index < len(lines):
            row_start, row = lines[index]
            # a rule under the header ("-----+-----", "|---|---|") and a single blank line
            # between rows (as exports and pasted query results have them) go on the table
            if RULE_LINE.fullmatch(row) or (not row.strip() and not blank):
                blank = not row.strip()
                index += 1
                continue
            blank = False
            row_cells = _split(row, row_start, separator)
            if len(row_cells) == len(columns) + 1 and separator == ",":
                row_cells = _surname_first_name_joined(text, kinds, row_cells)
            if len(row_cells) != len(columns):
                break
            index += 1
            _read_row(text, kinds, row_cells, persons, births)
    return Cells(tuple(persons), tuple(births))


# Columns aligned with spaces, as text copied from a PDF or a fixed-width report has them: a
# cell is a run of characters without two spaces in a row.
ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
# How far left of its header a cell may start and still be in that column.
ALIGNMENT_SLACK = 2


def _aligned_rows(text: str) -> Iterator[tuple[list[str | None], list[tuple[int, int]]]]:
    """(column kinds, cell spans) of each row under a header of three columns or more aligned
    with two spaces or more ("Naam            Geb.datum      Status"), or of a name and a
    birth-date column ("Naam        Geboortedatum"; "Naam    Naam" are two forms side by
    side, copied from a PDF), the rows below it with their cells in the same columns; a
    line of another shape ends the table. A cell belongs to the column whose header starts
    at or just right of it. A line of two cells is a label and its value
    ("Geboortedatum     15-04-1958"), read as a row of its own. Only lines that hold two
    spaces in a row are read (found in C: most texts have few)."""
    size = len(text)
    gap = text.find("  ")
    while gap >= 0:
        header_start = text.rfind("\n", 0, gap) + 1
        header_end = line_end(text, gap)
        header = text[header_start:header_end]
        next_line = header_end + 1
        # (two spaces between two cells, not only around the line: indented lines are many)
        columns = (
            [(match.start(), match.group()) for match in ALIGNED_CELL.finditer(header)]
            if "  " in header.strip() and HINT.search(header.lower())
            else []
        )
        kinds = _column_kinds([column_name(name) for _, name in columns])
        if len(columns) == 2 and kinds[0] is not None and kinds[1] is None:
            start = header_start + columns[1][0]
            yield [kinds[0]], [(start, start + len(columns[1][1]))]
        elif (len(columns) > 2 and any(kinds)) or (
            len(columns) == 2 and all(kinds) and kinds[0] != kinds[1]
        ):
            starts = [start for start, _ in columns]
            while next_line < size:
                row_end = line_end(text, next_line)
                row = text[next_line:row_end]
                if "  " not in row:
                    break
                row_cells = [match.span() for match in ALIGNED_CELL.finditer(row)]
                places = [
                    bisect_right(starts, start + ALIGNMENT_SLACK) - 1 for start, _ in row_cells
                ]
                # two cells or more, the first in the first column; cells in one column are
                # one ("€   412,00")
                if len(row_cells) < 2 or places[0] != 0:
                    break
                by_column: list[tuple[int, int]] = [(0, 0)] * len(columns)
                for place, (start, end) in zip(places, row_cells, strict=True):
                    begin = by_column[place][0] if by_column[place][1] else next_line + start
                    by_column[place] = (begin, next_line + end)
                yield kinds, by_column
                next_line = row_end + 1
        gap = text.find("  ", next_line)


def _column_kinds(columns: list[str]) -> list[str | None]:
    """ "name", "birth" or None for each column; a birth-date column named after whose date it
    holds is one ("geboortedatum_erfgenaam", not a name column)."""
    return [
        "birth" if is_birth_column(c) else "name" if is_name_column(c) else None for c in columns
    ]


def _read_row(
    text: str,
    kinds: list[str | None],
    row_cells: list[tuple[int, int]],
    persons: list[tuple[int, int]],
    births: list[tuple[int, int]],
) -> None:
    """The persons in a row's name columns and the dates in its birth-date columns; in its
    other columns a cell written surname first, a person by its form as in a row without a
    header ("head_of_household: Hnatiuk, Olena")."""
    names = lexicon.all_names()
    for kind, (a, b) in zip(kinds, row_cells, strict=False):
        if kind == "name" and name_value(_name_part(text[a:b])):
            persons.append((a, b))
        elif kind == "birth" and (length := birth_date_length(text[a:b])):
            births.append((a, a + length))
        elif kind is None and _surname_first_cell(_name_part(text[a:b]), names):
            persons.append((a, b))


def name_value(value: str) -> bool:
    """Whether the value of a name column or field can be a name: name-shaped, no
    placeholder ("anoniem"), and capitalised unless a listed first name ("jeroen", not a
    remark such as "via cliënt")."""
    return (
        NAME_CELL.fullmatch(value) is not None
        and (not value.islower() or value.capitalize() in lexicon.all_first_names())
        and value.lower() not in PLACEHOLDERS
    )


def birth_date_length(value: str) -> int:
    """The length of the date the value of a birth-date column or field starts with, when at
    most a time follows it, else 0. The header says it is a birth date: one written with
    separators counts even when impossible ("1989-13-04" is still someone's, "4/19/1986" is
    written the American way); eight digits only when they are a date ("20031301" is a
    number)."""
    from regie.privacy.recognisers.markings import CUED_DATE_ONLY, valid_date

    date = CUED_DATE_ONLY.match(value)
    if date is None or DATE_END.fullmatch(value, date.end()) is None:
        return 0
    if date["d4"] and not valid_date(date):
        return 0
    return date.end()


def _inserted_rows(text: str) -> Iterator[tuple[list[str | None], list[tuple[int, int]]]]:
    """(column kinds, value spans) of each row of an SQL "INSERT INTO t (columns) VALUES (…),
    (…)": the column list is the header."""
    for insert in INSERT_INTO.finditer(text):
        kinds = _column_kinds(
            [column_name(c.strip('`"[] \t\n')) for c in insert["columns"].split(",")]
        )
        position = insert.end()
        while row := SQL_ROW.match(text, position):
            position = row.end()
            values = [
                (value.start() + 1, value.end() - 1)
                if value.group().startswith("'")
                else value.span()
                for value in SQL_VALUE.finditer(text, *row.span("values"))
            ]
            yield kinds, values
