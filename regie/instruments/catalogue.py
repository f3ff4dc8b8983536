"""The Algoritmekader catalogue (task-registry YAML format): requirements (`urn:nl:ak:ver:*`),
measures (`urn:nl:ak:mtr:*`) and instruments, read from a folder or a .zip/.tar.gz archive,
validated as a whole, then upserted by URN in one transaction. Recorded work refers to
measures by primary key, and reloading keeps those rows, so work survives a newer catalogue;
items missing from the new catalogue are marked withdrawn, never deleted.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from django.db import transaction

from regie.core import safeload
from regie.instruments.documents import checked_schema, parse_text, validate_schema
from regie.instruments.errors import InstrumentError
from regie.instruments.models import CatalogueInstrument, Measure, Requirement

__all__ = [
    "Catalogue",
    "read_catalogue",
    "store_catalogue",
    "requirement_applies",
    "profile_dimensions",
    "is_catalogue_path",
]

MAX_MEMBER_BYTES = 2 * 1024 * 1024
MAX_MEMBERS = 2000
_SUFFIXES = (".yaml", ".yml", ".json")
_FOLDERS = ("requirements", "measures", "instruments")
_SCHEMAS = {
    "requirements": "schema_requirements.json",
    "measures": "schema_measures.json",
    "instruments": "schema_instruments.json",
}


@dataclass
class Catalogue:
    requirements: list[dict[str, Any]]
    measures: list[dict[str, Any]]
    instruments: list[dict[str, Any]]
    sha256: str
    source: str
    warnings: list[str]


def is_catalogue_path(path: Path) -> bool:
    name = path.name.lower()
    return path.is_dir() or name.endswith((".zip", ".tar.gz", ".tgz"))


def _files(path: Path) -> dict[str, bytes]:
    """Relative path → bytes for every YAML/JSON file, from a folder or an archive (paths,
    sizes, member count and compression ratio checked by `safeload.read_archive`)."""
    if not path.is_dir():
        try:
            return safeload.read_archive(path, suffixes=_SUFFIXES,
                                         max_member_bytes=MAX_MEMBER_BYTES,
                                         max_members=MAX_MEMBERS)
        except safeload.LoadError as exc:
            raise InstrumentError(exc.problem, place=exc.place, source=str(path)) from exc
    files: dict[str, bytes] = {}
    total = 0
    for item in sorted(path.rglob("*")):
        if not item.is_file() or not item.name.endswith(_SUFFIXES):
            continue
        if len(files) >= MAX_MEMBERS:
            raise InstrumentError(f"meer dan {MAX_MEMBERS} bestanden", source=str(path))
        size = item.stat().st_size
        total += size
        if size > MAX_MEMBER_BYTES or total > safeload.MAX_ARCHIVE_BYTES:
            raise InstrumentError("bestand te groot", place=item.name, source=str(path))
        files[item.relative_to(path).as_posix()] = item.read_bytes()
    return files


def _parse_member(files: dict[str, bytes], name: str, source: str) -> Any:
    try:
        document = parse_text(files[name].decode("utf-8"), source=name)
    except UnicodeDecodeError as exc:
        raise InstrumentError("bestand is geen UTF-8-tekst", place=name, source=source) from exc
    except InstrumentError as exc:
        raise InstrumentError(
            exc.problem, place=f"{name} {exc.place}".strip(), source=source
        ) from exc
    return document


def read_catalogue(path: Path) -> Catalogue:
    """Read and validate the whole catalogue before anything is stored."""
    source = str(path)
    if not path.exists():
        raise InstrumentError("bestand of map niet gevonden", source=source)
    files = _files(path)
    # An archive may hold the catalogue inside one top folder; find the folder that has
    # `requirements/` and `measures/`.
    roots = {
        str(PurePosixPath(name).parent.parent)
        for name in files
        if PurePosixPath(name).parent.name == "requirements"
    }
    if len(roots) != 1:
        raise InstrumentError("geen Algoritmekader: map 'requirements' ontbreekt", source=source)
    root = roots.pop()
    prefix = "" if root == "." else root + "/"
    schemas = {}
    for folder, name in _SCHEMAS.items():
        schema_name = f"{prefix}schemas/{name}"
        if schema_name in files:
            schemas[folder] = checked_schema(
                _parse_member(files, schema_name, source), source=f"{source}: {schema_name}"
            )
    parsed: dict[str, list[dict[str, Any]]] = {folder: [] for folder in _FOLDERS}
    digest = hashlib.sha256()
    for name in sorted(files):
        rel = name[len(prefix) :] if name.startswith(prefix) else name
        folder = rel.split("/", 1)[0]
        if folder not in _FOLDERS or "/" not in rel:
            continue
        digest.update(name.encode() + b"\0" + files[name])
        document = _parse_member(files, name, source)
        if not isinstance(document, dict) or not isinstance(document.get("urn"), str):
            raise InstrumentError("geen urn", place=name, source=source)
        if folder in schemas:
            try:
                validate_schema(document, schemas[folder])
            except InstrumentError as exc:
                raise InstrumentError(
                    exc.problem, place=f"{name} ({exc.place})", source=source
                ) from exc
        if not isinstance(document.get("name"), str):
            raise InstrumentError("naam ontbreekt", place=name, source=source)
        document["_file"] = name
        parsed[folder].append(document)
    if not parsed["requirements"] or not parsed["measures"]:
        raise InstrumentError("geen vereisten of maatregelen gevonden", source=source)
    warnings: list[str] = []
    for folder in _FOLDERS:
        parsed[folder] = _unique_by_urn(parsed[folder], warnings, source)
    return Catalogue(
        parsed["requirements"],
        parsed["measures"],
        parsed["instruments"],
        digest.hexdigest(),
        source,
        warnings,
    )


def _unique_by_urn(
    documents: list[dict[str, Any]], warnings: list[str], source: str
) -> list[dict[str, Any]]:
    """One document per URN. The published catalogue has a few files that repeat another
    file's URN; the file whose name carries the URN's code wins and the other is skipped
    with a warning. When that does not decide it, the catalogue is refused."""
    by_urn: dict[str, list[dict[str, Any]]] = {}
    for document in documents:
        by_urn.setdefault(document["urn"], []).append(document)
    result = []
    for urn, group in by_urn.items():
        if len(group) > 1:
            code = urn.rsplit(":", 1)[-1]
            named = [d for d in group if code in PurePosixPath(d["_file"]).name]
            if len(named) != 1:
                raise InstrumentError(
                    f"urn {urn} komt twee keer voor", place=group[1]["_file"], source=source
                )
            skipped = [d["_file"] for d in group if d is not named[0]]
            warnings.append(
                f"{', '.join(skipped)}: urn {urn} hoort bij {named[0]['_file']}; overgeslagen"
            )
            group = named
        result.append(group[0])
    return result


def _text(value: Any) -> str:
    return str(value or "").strip()


def _links(document: dict[str, Any]) -> list[str]:
    return [x for x in document.get("links") or [] if isinstance(x, str)]


@transaction.atomic
def store_catalogue(catalogue: Catalogue) -> dict[str, int]:
    """Upsert every item by URN; mark items that left the catalogue as withdrawn."""
    measures: dict[str, Measure] = {}
    for doc in catalogue.measures:
        measures[doc["urn"]], _ = Measure.objects.update_or_create(
            urn=doc["urn"],
            defaults={
                "name": _text(doc["name"])[:500],
                "description": _text(doc.get("description")),
                "explanation": _text(doc.get("explanation")),
                "url": _text(doc.get("url"))[:500],
                "lifecycle": list(doc.get("lifecycle") or []),
                "suggested_roles": list(doc.get("suggested_roles") or []),
                "withdrawn": False,
            },
        )
    Measure.objects.exclude(urn__in=measures).update(withdrawn=True)
    # A link may name a measure, or a requirement from the measure's side.
    linked: dict[str, set[str]] = {
        doc["urn"]: {u for u in _links(doc) if u in measures} for doc in catalogue.requirements
    }
    for doc in catalogue.measures:
        for urn in _links(doc):
            if urn in linked:
                linked[urn].add(doc["urn"])
    for doc in catalogue.requirements:
        requirement, _ = Requirement.objects.update_or_create(
            urn=doc["urn"],
            defaults={
                "name": _text(doc["name"])[:500],
                "description": _text(doc.get("description")),
                "explanation": _text(doc.get("explanation")),
                "url": _text(doc.get("url"))[:500],
                "subject": list(doc.get("subject") or []),
                "lifecycle": list(doc.get("lifecycle") or []),
                "ai_act_profile": list(doc.get("ai_act_profile") or []),
                "always_applicable": bool(doc.get("always_applicable")),
                "withdrawn": False,
            },
        )
        requirement.measures.set([measures[u] for u in sorted(linked[doc["urn"]])])
    Requirement.objects.exclude(urn__in=linked).update(withdrawn=True)
    urns = []
    for doc in catalogue.instruments:
        urns.append(doc["urn"])
        CatalogueInstrument.objects.update_or_create(
            urn=doc["urn"],
            defaults={
                "name": _text(doc["name"])[:500],
                "description": _text(doc.get("description")),
                "url": _text(doc.get("url"))[:500],
                "withdrawn": False,
            },
        )
    CatalogueInstrument.objects.exclude(urn__in=urns).update(withdrawn=True)
    return {
        "requirements": len(catalogue.requirements),
        "measures": len(catalogue.measures),
        "instruments": len(catalogue.instruments),
    }


# --- which requirements apply ---------------------------------------------------------------

_DIMENSIONS = {
    "type": (
        "AI-systeem",
        "AI-systeem voor algemene doeleinden",
        "AI-model voor algemene doeleinden",
    ),
    "open_source": ("open-source", "geen open-source"),
    "risk_group": (
        "hoog-risico AI",
        "geen hoog-risico AI",
        "verboden AI",
        "uitzondering van toepassing",
    ),
    "systemic_risk": ("systeemrisico", "geen systeemrisico"),
    "transparency_obligations": ("transparantieverplichting", "geen transparantieverplichting"),
    "role": ("aanbieder", "gebruiksverantwoordelijke", "importeur", "distributeur"),
    "conformity_assessment_body": ("beoordeling door derde partij",),
}


def profile_dimensions(labels: list[str]) -> dict[str, set[str]]:
    """The decision-tree labels sorted into the catalogue's `ai_act_profile` dimensions."""
    present = set(labels)
    return {dim: present.intersection(values) for dim, values in _DIMENSIONS.items()}


def requirement_applies(requirement: Requirement, dimensions: dict[str, set[str]] | None) -> bool:
    """Always-applicable requirements apply; the others when the AI Act applies and one of
    their profiles matches: every dimension the profile names shares a value with the
    application's labels (an empty list in the profile means "any")."""
    if requirement.always_applicable:
        return True
    if (
        not dimensions
        or not dimensions.get("type")
        or "uitzondering van toepassing" in dimensions.get("risk_group", set())
    ):
        return False
    for profile in requirement.ai_act_profile or [{}]:
        if all(
            not wanted or dimensions.get(dim, set()).intersection(wanted)
            for dim, wanted in (profile or {}).items()
            if dim in _DIMENSIONS
        ):
            return True
    return False
