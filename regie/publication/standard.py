"""The Algoritmeregister publication standard v1.0 as Regie's own compact field definitions.

`FIELDS` holds, per field, what a record must satisfy: type, whether it is required, the
maximum length (counted without HTML for fields that allow HTML), the permitted values and
the sub-fields of list items. It is derived from the register's `v1_0.json`; a test checks it
against the official file, and `load_definitions` reads a user's own copy of that file into the
same shape, so the validator works on either.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from regie.core import safeload
from regie.core.errors import InputError

__all__ = ["FieldDef", "FIELDS", "definitions_from_json", "load_definitions"]

STANDARD_VERSION = "1.0"


@dataclass(frozen=True)
class FieldDef:
    name: str
    type: str  # "string" | "enum" | "array"
    required: bool = False
    max_length: int | None = None
    permitted_values: tuple[str, ...] = ()
    html_tags: tuple[str, ...] = ()
    items: tuple[FieldDef, ...] = ()


def _f(name: str, type_: str, **extra: Any) -> FieldDef:
    return FieldDef(name, type_, **extra)


_HTML = ("div", "br", "p", "ul", "ol", "li")
_CATEGORIES = (
    "Organisatie en bedrijfsvoering",
    "Cultuur en recreatie",
    "Economie",
    "Overheidsfinanciën",
    "Wonen",
    "Internationaal",
    "Migratie en integratie",
    "Natuur en milieu",
    "Onderwijs en wetenschap",
    "Openbare orde en veiligheid",
    "Recht",
    "Ruimte en infrastructuur",
    "Sociale zekerheid",
    "Verkeer",
    "Werk",
    "Zorg en gezondheid",
)

_FIELD_LIST = (
    _f("name", "string", required=True, max_length=100),
    _f("description_short", "string", required=True, max_length=400),
    _f("organization", "string", required=True, max_length=100),
    _f("category", "array", permitted_values=_CATEGORIES),
    _f(
        "status",
        "enum",
        required=True,
        permitted_values=("In ontwikkeling", "In gebruik", "Buiten gebruik"),
    ),
    _f("begin_date", "string", max_length=7),
    _f("end_date", "string", max_length=7),
    _f("contact_email", "string", required=True, max_length=500),
    _f("website", "string", max_length=500),
    _f(
        "publication_category",
        "enum",
        required=True,
        permitted_values=("Hoog-risico AI-systeem", "Impactvolle algoritmes", "Overige algoritmes"),
    ),
    _f("url", "string", max_length=500),
    _f("goal", "string", max_length=2500, html_tags=_HTML),
    _f("proportionality", "string", max_length=2500, html_tags=_HTML),
    _f("human_intervention", "string", max_length=2500, html_tags=_HTML),
    _f("risks", "string", max_length=2500, html_tags=_HTML),
    _f("lawful_basis", "string", max_length=2500, html_tags=_HTML),
    _f(
        "lawful_basis_grouping",
        "array",
        items=(
            _f("title", "string", required=True, max_length=100),
            _f("link", "string", required=True, max_length=500),
        ),
    ),
    _f("process_index_url", "string", max_length=500),
    _f(
        "impacttoetsen_grouping",
        "array",
        items=(_f("title", "string", required=True), _f("link", "string", max_length=500)),
    ),
    _f("impacttoetsen", "string", max_length=2500, html_tags=_HTML),
    _f("source_data", "string", max_length=2500, html_tags=_HTML),
    _f(
        "source_data_grouping",
        "array",
        items=(
            _f("title", "string", required=True, max_length=500),
            _f("link", "string", required=True, max_length=500),
        ),
    ),
    _f("methods_and_models", "string", max_length=5000, html_tags=_HTML),
    _f("provider", "string", max_length=200),
    _f("publiccode", "string", max_length=500),
    _f("lang", "enum", required=True, permitted_values=("nld",)),
    _f("standard_version", "enum", permitted_values=(STANDARD_VERSION,)),
    _f("source_id", "string", max_length=100),
    _f("tags", "string", max_length=2500, html_tags=_HTML),
    _f("lars", "string"),
    _f("publication_dt", "string"),
)

FIELDS: dict[str, FieldDef] = {field.name: field for field in _FIELD_LIST}


def _flag(value: Any) -> bool:
    # The official file writes one `required` as the string "false".
    return value is True or (isinstance(value, str) and value.lower() == "true")


def _definition(name: str, raw: dict[str, Any]) -> FieldDef:
    return FieldDef(
        name=name,
        type=str(raw.get("type", "string")),
        required=_flag(raw.get("required", False)),
        max_length=raw.get("max_length"),
        permitted_values=tuple(raw.get("permitted_values") or ()),
        html_tags=tuple(raw.get("allowed_html_tags") or ()),
        items=tuple(_definition(key, value) for key, value in (raw.get("items") or {}).items()),
    )


def definitions_from_json(raw: Any, *, source: str = "") -> dict[str, FieldDef]:
    """Field definitions from the structure of the register's `v1_0.json`."""
    properties = raw.get("properties") if isinstance(raw, dict) else None
    if not isinstance(properties, dict) or not all(
        isinstance(v, dict) for v in properties.values()
    ):
        raise InputError(
            f"{source or 'velddefinities'}: verwacht een object 'properties' met "
            "per veld een definitie"
        )
    return {name: _definition(name, value) for name, value in properties.items()}


MAX_DEFINITIONS_BYTES = 5 * 1024 * 1024


def load_definitions(path: str | Path) -> dict[str, FieldDef]:
    """Read a copy of the register's field definitions (`v1_0.json`)."""
    name = str(path)
    raw = safeload.load_file(path, fmt="json", max_bytes=MAX_DEFINITIONS_BYTES)
    return definitions_from_json(raw, source=name)
