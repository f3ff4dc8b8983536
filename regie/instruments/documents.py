"""Reading instrument files: YAML or JSON through the shared bounded loader
(`regie.core.safeload`), and JSON Schema validation with a message that names the place in
the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema

from regie.core import safeload
from regie.instruments.errors import InstrumentError

MAX_FILE_BYTES = 10 * 1024 * 1024


def _refused(exc: safeload.LoadError, source: str) -> InstrumentError:
    return InstrumentError(exc.problem, place=exc.place, source=source)


def parse_text(text: str, *, source: str) -> Any:
    try:
        return safeload.load_text(text, source="", fmt="json" if source.endswith(".json")
                                  else "yaml", max_bytes=MAX_FILE_BYTES)
    except safeload.LoadError as exc:
        raise _refused(exc, source) from exc


def read_document(path: Path) -> Any:
    """The parsed file; refuses missing, huge, unreadable or hostile files."""
    source = str(path)
    if not path.is_file():
        raise InstrumentError("bestand niet gevonden", source=source)
    try:
        text = safeload.read_bounded(path, max_bytes=MAX_FILE_BYTES)
    except safeload.LoadError as exc:
        raise _refused(exc, source) from exc
    return parse_text(text, source=source)


def validate_schema(
    document: Any, schema: dict[str, Any], *, place_of=lambda path: "/".join(str(p) for p in path)
) -> None:
    """Raise `InstrumentError` for the first schema violation (deepest path first)."""
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema)
    errors = sorted(
        validator.iter_errors(document),
        key=lambda e: (-len(e.absolute_path), list(map(str, e.path))),
    )
    if errors:
        error = errors[0]
        best = jsonschema.exceptions.best_match([error]) or error
        place = place_of(list(best.absolute_path)) or "bestand"
        raise InstrumentError(f"voldoet niet aan het schema: {best.message[:300]}", place=place)


def checked_schema(schema: Any, *, source: str) -> dict[str, Any]:
    """A JSON Schema that is itself valid (a broken schema file is bad input, not a crash)."""
    if not isinstance(schema, dict):
        raise InstrumentError("schema is geen object", source=source)
    try:
        jsonschema.validators.validator_for(schema).check_schema(schema)
    except jsonschema.SchemaError as exc:
        raise InstrumentError(f"ongeldig JSON Schema: {exc.message[:200]}", source=source) from exc
    return schema


def schema_beside(path: Path, names: tuple[str, ...]) -> dict[str, Any] | None:
    """The JSON Schema published beside an instrument file, when there is one."""
    for name in names:
        candidate = path.parent / name
        if candidate.is_file():
            return checked_schema(read_document(candidate), source=str(candidate))
    return None
