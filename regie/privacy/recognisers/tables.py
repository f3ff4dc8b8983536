"""Table rows (CSV, TSV, semicolon or bar separated) under a header: cells in a name column
are persons, dates in a birth-date column are dates of birth, whatever their wording."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

NAME_COLUMNS = frozenset(
    """naam name volledige_naam full_name fullname voornaam voornamen roepnaam achternaam
    geslachtsnaam first_name firstname given_name last_name lastname surname family_name
    client cliënt aanvrager betrokkene medewerker contactpersoon melder behandelaar""".split()
)
BIRTH_COLUMNS = frozenset(
    """geboortedatum geb_datum gebdatum geboren date_of_birth dob birth_date birthdate
    birthday""".split()
)
HINT = re.compile(r"(?i)naam|name|geboortedatum|birth|dob|geb|client|cliënt")
SEPARATORS = ";\t|,"
NAME_CELL = re.compile(r"[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_][^\W\d_'’-]*){0,5}\.?")


class Cells(NamedTuple):
    persons: tuple[tuple[int, int], ...]
    birth_dates: tuple[tuple[int, int], ...]


def _column(header: str) -> str:
    return re.sub(r"[\s.-]+", "_", header.strip().strip("\"'").lower()).strip("_")


def _split(line: str, start: int, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's content, without surrounding spaces and quotes."""
    spans, position = [], start
    for cell in line.split(separator):
        left = len(cell) - len(cell.lstrip(" \"'"))
        right = len(cell.rstrip(" \"'\r"))
        spans.append((position + left, position + max(left, right)))
        position += len(cell) + 1
    return spans


@lru_cache(maxsize=8)
def cells(text: str) -> Cells:
    """The person and birth-date cells of every table in `text` (cached: both the person and
    the birth-date recogniser ask for the same text)."""
    from regie.privacy.recognisers.markings import DATE_ONLY, valid_date

    persons: list[tuple[int, int]] = []
    births: list[tuple[int, int]] = []
    if not any(separator in text for separator in SEPARATORS) or not HINT.search(text):
        return Cells((), ())
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    index = 0
    while index < len(lines):
        start, header = lines[index]
        index += 1
        separator = max(SEPARATORS, key=header.count)
        if header.count(separator) == 0 or not HINT.search(header):
            continue
        columns = [_column(header[a - start : b - start]) for a, b in _split(header, start, separator)]
        name_columns = {i for i, c in enumerate(columns) if c in NAME_COLUMNS}
        birth_columns = {i for i, c in enumerate(columns) if c in BIRTH_COLUMNS}
        if not name_columns and not birth_columns:
            continue
        while index < len(lines):
            row_start, row = lines[index]
            row_cells = _split(row, row_start, separator)
            if len(row_cells) != len(columns):
                break
            index += 1
            for column, (a, b) in enumerate(row_cells):
                value = text[a:b]
                if column in name_columns and NAME_CELL.fullmatch(value):
                    persons.append((a, b))
                elif column in birth_columns:
                    match = DATE_ONLY.fullmatch(value)
                    if match and valid_date(match):
                        births.append((a, b))
    return Cells(tuple(persons), tuple(births))
