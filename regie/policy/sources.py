"""The documents Regie cites (`data/sources.yaml`): a reference such as "004 §3.3 Veiligheid
en Privacy" or "AVG art. 35 lid 2" resolves to the document's official title and Regie's own
summary of the passage, for the sources page that every cited source links to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

SOURCES_FILE = Path(__file__).resolve().parent / "data" / "sources.yaml"


@dataclass(frozen=True)
class Source:
    reference: str
    title: str
    publisher: str
    url: str
    document_summary: str
    passage: str
    passage_summary: str

    @property
    def known(self) -> bool:
        return bool(self.title)


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[§()]", " ", text).lower().split())


@lru_cache
def _documents() -> dict[str, dict[str, Any]]:
    content = yaml.safe_load(SOURCES_FILE.read_text(encoding="utf-8"))
    return {str(key): value for key, value in content["documents"].items()}


def resolve(reference: str) -> Source:
    """The document and passage a reference cites; an unknown document gives a Source whose
    `known` is False (the page then says so instead of failing)."""
    reference = " ".join(str(reference).split())
    key, _space, rest = reference.partition(" ")
    document = _documents().get(key)
    if document is None:
        return Source(reference, "", "", "", "", rest, "")
    wanted = _normal(rest)
    best = ""
    for passage in document.get("passages") or {}:
        candidate = _normal(passage)
        if (wanted == candidate or wanted.startswith(candidate + " ")) and len(
                candidate) > len(_normal(best)):
            best = passage
    return Source(reference, document["title"], document.get("publisher", ""),
                  document.get("url", ""), " ".join(document.get("summary", "").split()),
                  rest, " ".join((document.get("passages") or {}).get(best, "").split()))
