"""Reading instrument files: YAML or JSON, size-limited, `yaml.safe_load` only, and JSON
Schema validation with a message that names the place in the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from regie.instruments.errors import InstrumentError

MAX_FILE_BYTES = 10 * 1024 * 1024
# The safe loader, in its C implementation when PyYAML has one (the catalogue has ~170
# files): the same SafeConstructor as `yaml.safe_load`, several times faster.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_text(text: str, *, source: str) -> Any:
    try:
        if source.endswith(".json"):
            return json.loads(text)
        return yaml.load(text, Loader=_SAFE_LOADER)  # noqa: S506 - safe loader only
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        place = f"regel {mark.line + 1}" if mark is not None else ""
        if isinstance(exc, json.JSONDecodeError):
            place = f"regel {exc.lineno}"
        raise InstrumentError("geen geldige YAML of JSON", place=place, source=source) from exc


def read_document(path: Path) -> Any:
    """The parsed file; refuses missing, huge or unreadable files."""
    source = str(path)
    if not path.is_file():
        raise InstrumentError("bestand niet gevonden", source=source)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InstrumentError(
            f"bestand is groter dan {MAX_FILE_BYTES // (1024 * 1024)} MB", source=source
        )
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InstrumentError("bestand is geen UTF-8-tekst", source=source) from exc
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


def schema_beside(path: Path, names: tuple[str, ...]) -> dict[str, Any] | None:
    """The JSON Schema published beside an instrument file, when there is one."""
    for name in names:
        candidate = path.parent / name
        if candidate.is_file():
            return json.loads(candidate.read_text(encoding="utf-8"))
    return None
