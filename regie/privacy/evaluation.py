"""Scoring findings against labels (precision, recall, F1 per type) and reading the deduce
regression set (`../shared/reference/pii-deduce-regression/`) into Regie's entity types."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from regie.privacy.corpus import Document
from regie.privacy.entities import Entity, EntityType

OVERALL = "overall"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def score(
    pairs: Iterable[tuple[list[Entity], list[Entity]]],
    *,
    types: Iterable[str] | None = None,
    lenient: bool = False,
    core: bool = False,
) -> dict[str, Counts]:
    """Counts per type and `overall` for (gold, found) pairs. Strict: same type and the exact
    span. Lenient: same type and overlapping spans (for engines with other span habits).
    Core: exact spans after `name_core` on both sides, so every engine and the annotation
    are compared without their habits for leading titles and particles. Only `types` are
    counted when given."""
    wanted = set(types) if types is not None else None
    result: dict[str, Counts] = {}
    for gold, found in pairs:
        gold = [e for e in gold if wanted is None or e.type in wanted]
        found = [e for e in found if wanted is None or e.type in wanted]
        if core:
            gold, found = [name_core(e) for e in gold], [name_core(e) for e in found]
        unmatched = list(found)
        for label in gold:
            counts = result.setdefault(label.type, Counts())
            match = next((f for f in unmatched if _same(label, f, lenient)), None)
            if match is None:
                counts.fn += 1
            else:
                counts.tp += 1
                unmatched.remove(match)
        for extra in unmatched:
            result.setdefault(extra.type, Counts()).fp += 1
    total = Counts()
    for counts in result.values():
        total.tp, total.fp, total.fn = (
            total.tp + counts.tp,
            total.fp + counts.fp,
            total.fn + counts.fn,
        )
    result[OVERALL] = total
    return result


# What annotations disagree about at the start of a name: titles and forms of address
# ("de weledelgeleerde heer", "Prof. Dr.") and particles ("van der", "El").
LEADING_WORDS = re.compile(
    r"(?i:(?:de\s+)?(?:\w+geleerde|\w+gestrenge|\w*edele|edelachtbare)\s+|"
    r"(?:de\s+heer|heer|mevrouw|mevr|mw|dhr|meneer|mijnheer|mr|mrs|ms|miss|mx|dr|drs|ir|ing|"
    r"prof|professor|dokter)(?:\.\s*|\s+)|"
    r"(?:van\s+(?:der|den|de|het|'t)|van|von|de|der|den|ter|ten|in\s+'t|'t|el|al|v/d|v\.d\.)"
    r"\s+|d')+"
)


def name_core(entity: Entity) -> Entity:
    """A person's span without what annotations disagree about: leading titles, forms of
    address and particles, and a final dot ("de heer J. van Dijk" → "J. van Dijk",
    "El Ahmadi" → "Ahmadi", "Prof. Dr. Th." → "Th"). Other types are returned unchanged.
    Only for scoring."""
    if entity.type != EntityType.PERSON:
        return entity
    text = entity.text
    leading = LEADING_WORDS.match(text)
    skip = leading.end() if leading and leading.end() < len(text) else 0
    trimmed = text[skip:].rstrip(". ")
    if not trimmed:
        return entity
    start = entity.start + skip
    return Entity(entity.type, start, start + len(trimmed), trimmed)


def _same(label: Entity, found: Entity, lenient: bool) -> bool:
    if label.type != found.type:
        return False
    if lenient:
        return found.start < label.end and label.start < found.end
    return (label.start, label.end) == (found.start, found.end)


# --- the deduce regression set -----------------------------------------------------------------
# deduce's own tags → Regie's types. Tags without a Regie type (generic "id", "leeftijd",
# "url", "ziekenhuis", "datum" without birth context) are left out; `dates.json` is used as
# a set of hard negatives: none of its dates has birth context.
REGRESSION_FILES = {
    "names.json": {"persoon": EntityType.PERSON},
    "phone_numbers.json": {"telefoonnummer": EntityType.PHONE},
    "emails.json": {"emailadres": EntityType.EMAIL},
    "identifiers.json": {"bsn": EntityType.BSN},
    "locations.json": {"locatie": None},  # resolved per annotation by its shape
    "dates.json": {},
}
POSTCODE_SHAPE = re.compile(r"[1-9]\d{3}\s?[A-Za-z]{2}")
STREET_SHAPE = re.compile(r".*\D\s+\d{1,4}(?:\s?[A-Za-z])?|[Pp]ostbus\s+\d+")


def regression_types() -> dict[str, list[str]]:
    """Which Regie types each regression file is scored on."""
    return {
        "names.json": [EntityType.PERSON],
        "phone_numbers.json": [EntityType.PHONE],
        "emails.json": [EntityType.EMAIL],
        "identifiers.json": [EntityType.BSN],
        "locations.json": [EntityType.ADDRESS, EntityType.POSTCODE],
        "dates.json": [EntityType.DATE_OF_BIRTH],
    }


def load_regression(directory: Path) -> dict[str, list[Document]]:
    """The regression examples per file, labelled with Regie types. Location examples that
    name a place (city, province) are skipped: Regie has no type for a bare place name."""
    result: dict[str, list[Document]] = {}
    for name, tags in REGRESSION_FILES.items():
        examples = json.loads((directory / name).read_text(encoding="utf-8"))["examples"]
        documents = []
        for example in examples:
            labels = _labels(example, tags, location=name == "locations.json")
            if labels is not None:
                documents.append(Document(name, example["text"], labels))
        result[name] = documents
    return result


def _labels(example: dict, tags: dict, *, location: bool) -> list[Entity] | None:
    spans: dict[tuple[int, int], Entity] = {}
    for note in example["annotations"]:
        if note["tag"] not in tags:
            continue
        entity_type = tags[note["tag"]]
        if location:
            if POSTCODE_SHAPE.fullmatch(note["text"]):
                entity_type = EntityType.POSTCODE
            elif STREET_SHAPE.fullmatch(note["text"]):
                entity_type = EntityType.ADDRESS
            else:
                return None
        spans[(note["start_char"], note["end_char"])] = Entity(
            str(entity_type), note["start_char"], note["end_char"], note["text"]
        )
    # Nested annotations of one thing ("Prof. Dr. J.C. Schoutelaan 1" and "Schoutelaan 1"):
    # keep the outermost.
    kept = [
        e
        for e in spans.values()
        if not any(
            o is not e
            and o.start <= e.start
            and e.end <= o.end
            and (o.end - o.start) > (e.end - e.start)
            for o in spans.values()
        )
    ]
    return sorted(kept, key=lambda e: e.start)


def load_heldout(path: Path) -> list[Document]:
    """A frozen held-out set (tests/privacy/heldout/*.jsonl, see the README there)."""
    documents = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        labels = [Entity(e["type"], e["start"], e["end"], e["text"]) for e in record["entities"]]
        documents.append(Document(record["kind"], record["text"], labels))
    return documents
