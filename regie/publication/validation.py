"""Checking records against the publication standard, and reading records others wrote.

The checks follow the field definitions only (`standard.FieldDef`), so they work for Regie's
built-in definitions and for a copy of the official `v1_0.json` alike. Every problem names the
field; nothing is fixed silently.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from regie.core import safeload
from regie.core.errors import InputError
from regie.publication.standard import FIELDS, FieldDef

__all__ = [
    "Problem",
    "ReadRecord",
    "validate_record",
    "check_field",
    "text_length",
    "read_record_file",
]

MAX_FILE_BYTES = 20 * 1024 * 1024
_TAG = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)[^>]*>")


@dataclass(frozen=True)
class Problem:
    field: str
    code: str  # missing | unknown | type | too_long | not_permitted | html
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def text_length(value: str, definition: FieldDef) -> int:
    """Length as the register counts it: without HTML tags for fields that allow HTML."""
    if definition.html_tags:
        return len(html.unescape(_TAG.sub("", value)))
    return len(value)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _check_string(field: str, value: Any, definition: FieldDef) -> list[Problem]:
    if not isinstance(value, str):
        return [Problem(field, "type", f"verwacht tekst, kreeg {json.dumps(value)[:60]}")]
    problems = []
    if definition.max_length is not None:
        length = text_length(value, definition)
        if length > definition.max_length:
            problems.append(
                Problem(
                    field, "too_long", f"te lang: {length} tekens, maximaal {definition.max_length}"
                )
            )
    if definition.html_tags:
        bad = sorted({tag.lower() for tag in _TAG.findall(value)} - set(definition.html_tags))
        if bad:
            problems.append(
                Problem(field, "html", f"HTML-element(en) niet toegestaan: {', '.join(bad)}")
            )
    return problems


def _not_permitted(field: str, value: Any, definition: FieldDef) -> Problem:
    allowed = ", ".join(definition.permitted_values)
    shown = json.dumps(value, ensure_ascii=False)
    return Problem(field, "not_permitted", f"ongeldige waarde {shown}; toegestaan: {allowed}")


def check_field(field: str, value: Any, definition: FieldDef) -> list[Problem]:
    """Problems of one present value (emptiness is the caller's business)."""
    if definition.type == "enum":
        if value not in definition.permitted_values:
            return [_not_permitted(field, value, definition)]
        return []
    if definition.type == "array":
        if not isinstance(value, list):
            return [Problem(field, "type", "verwacht een lijst")]
        problems: list[Problem] = []
        for index, item in enumerate(value):
            where = f"{field}[{index}]"
            if definition.items:
                problems += _check_object(where, item, definition.items)
            elif definition.permitted_values and item not in definition.permitted_values:
                problems.append(_not_permitted(where, item, definition))
        return problems
    return _check_string(field, value, definition)


def _check_object(
    prefix: str,
    value: Any,
    definitions: tuple[FieldDef, ...] | dict[str, FieldDef],
) -> list[Problem]:
    defs = definitions if isinstance(definitions, dict) else {d.name: d for d in definitions}
    if not isinstance(value, dict):
        return [Problem(prefix or "(record)", "type", "verwacht een object met velden")]
    join = (lambda key: f"{prefix}.{key}") if prefix else (lambda key: key)
    problems = [
        Problem(join(key), "unknown", "onbekend veld in de standaard")
        for key in value
        if key not in defs
    ]
    for key, definition in defs.items():
        item = value.get(key)
        if _empty(item):
            if definition.required:
                problems.append(Problem(join(key), "missing", "ontbreekt (verplicht)"))
            continue
        problems += check_field(join(key), item, definition)
    return problems


def validate_record(record: Any, fields: dict[str, FieldDef] | None = None) -> list[Problem]:
    """Every way `record` falls short of the standard; an empty list means valid."""
    return _check_object("", record, fields or FIELDS)


@dataclass
class ReadRecord:
    """A record read from a file: its valid values, and what was left out and why."""

    source: str
    record: dict[str, Any]
    problems: list[Problem]


def _clean(
    record: dict[str, Any], problems: list[Problem], fields: dict[str, FieldDef]
) -> dict[str, Any]:
    """The record without the values the problems point at; invalid list items are dropped
    one by one, so the valid ones survive."""
    bad_fields = {p.field for p in problems if p.code != "missing"}
    clean: dict[str, Any] = {}
    for key, value in record.items():
        if key in bad_fields or key not in fields:
            continue
        if isinstance(value, list):
            value = [
                item
                for index, item in enumerate(value)
                if not any(
                    f == f"{key}[{index}]" or f.startswith(f"{key}[{index}].") for f in bad_fields
                )
            ]
        clean[key] = value
    return clean


def read_record_file(
    path: str | Path,
    fields: dict[str, FieldDef] | None = None,
) -> list[ReadRecord]:
    """Read a file with one v1.0 record or a list of them. Invalid values are reported per
    field and left out of the returned records."""
    fields = fields or FIELDS
    name = str(path)
    raw = safeload.load_file(path, fmt="json", max_bytes=MAX_FILE_BYTES)
    records = raw if isinstance(raw, list) else [raw]
    result = []
    for index, record in enumerate(records):
        source = name if not isinstance(raw, list) else f"{name}[{index}]"
        if not isinstance(record, dict):
            raise InputError(f"{source}: verwacht een object met velden")
        problems = validate_record(record, fields)
        result.append(ReadRecord(source, _clean(record, problems, fields), problems))
    return result
