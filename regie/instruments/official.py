"""Where the official instrument files live and how to get them.

The official files are published in two repositories (the AI-Act decision tree in
MinBZK/ai-verordening-beslishulp; the pre-scan DPIA, the DPIA and the IAMA in
MinBZK/par-dpia-form).
A mirror (`REGIE_INSTRUMENT_URL`, `regie instrument fetch --url`) or a local folder
(the demo's reference folder) holds the same files in one layout: `OfficialFile.path`.
Schemas and glossaries are fetched beside the instruments, so loading validates them exactly
as loading a local file does.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from regie.instruments.documents import MAX_FILE_BYTES
from regie.instruments.errors import InstrumentError

__all__ = ["OfficialFile", "OFFICIAL_FILES", "file_urls", "download", "download_all"]

_TREE = "https://raw.githubusercontent.com/MinBZK/ai-verordening-beslishulp/main/"
_FORMS = "https://raw.githubusercontent.com/MinBZK/par-dpia-form/main/"
TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class OfficialFile:
    path: str  # the place in a mirror or local folder
    upstream: str  # the raw file in the official repository
    instrument: bool  # loaded as an instrument; otherwise a schema or glossary beside one


OFFICIAL_FILES = (
    OfficialFile(
        "ai-act-decision-tree/schema_decision_tree.json",
        _TREE + "schemas/schema_decision_tree.json",
        False,
    ),
    OfficialFile("ai-act-decision-tree/definitions.yaml", _TREE + "definitions.yaml", False),
    OfficialFile(
        "ai-act-decision-tree/schema_definitions.json",
        _TREE + "schemas/schema_definitions.json",
        False,
    ),
    OfficialFile("ai-act-decision-tree/categories.yaml", _TREE + "categories.yaml", False),
    OfficialFile("ai-act-decision-tree/decision-tree.yaml", _TREE + "decision-tree.yaml", True),
    OfficialFile(
        "dpia-prescan/assessment-definition.v2.schema.json",
        _FORMS + "schemas/assessment-definition.v2.schema.json",
        False,
    ),
    OfficialFile("dpia-prescan/prescan.yaml", _FORMS + "sources/prescan.yaml", True),
    OfficialFile("dpia-prescan/iama.yaml", _FORMS + "sources/iama.yaml", True),
    OfficialFile("dpia-prescan/dpia.yaml", _FORMS + "sources/dpia.yaml", True),
    OfficialFile(
        "dpia-prescan/begrippenkader.v1.schema.json",
        _FORMS + "schemas/begrippenkader.v1.schema.json",
        False,
    ),
    OfficialFile(
        "dpia-prescan/begrippenkader_dpia.yaml", _FORMS + "sources/begrippenkader_dpia.yaml", False
    ),
    OfficialFile(
        "dpia-prescan/begrippenkader_iama.yaml", _FORMS + "sources/begrippenkader_iama.yaml", False
    ),
)


def file_urls(base_url: str = "") -> list[tuple[OfficialFile, str]]:
    """Each official file with the address to fetch it from: under `base_url` (a mirror)
    when given, else the official repository."""
    base = base_url.strip()
    if base and urllib.parse.urlsplit(base).scheme not in ("http", "https"):
        raise InstrumentError("adres moet met http:// of https:// beginnen", source=base)
    if base and not base.endswith("/"):
        base += "/"
    return [(item, base + item.path if base else item.upstream) for item in OFFICIAL_FILES]


def download(url: str) -> bytes:
    """The file at `url` (at most MAX_FILE_BYTES), or `InstrumentError` naming the address."""
    request = urllib.request.Request(url, headers={"User-Agent": "Regie"})
    try:
        with urllib.request.urlopen(
            request, timeout=TIMEOUT_SECONDS
        ) as response:  # http(s) only: file_urls
            body = response.read(MAX_FILE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise InstrumentError(f"ophalen mislukt (HTTP {exc.code})", source=url) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InstrumentError(f"ophalen mislukt ({reason})", source=url) from exc
    if len(body) > MAX_FILE_BYTES:
        raise InstrumentError(
            f"bestand is groter dan {MAX_FILE_BYTES // (1024 * 1024)} MB", source=url
        )
    return body


def download_all(base_url: str, folder: Path) -> dict[str, str]:
    """Fetch every official file into `folder` in the mirror layout; returns path → URL.
    Nothing is kept when one file cannot be fetched (the caller's folder is temporary)."""
    sources = {}
    for item, url in file_urls(base_url):
        target = folder / item.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(download(url))
        sources[item.path] = url
    return sources
