"""Bounded loading of YAML and JSON, for every entry point (command line, uploads, API bodies,
policy and instrument files, archives).

Whatever comes in, the result is plain JSON-like data (dict with text keys, list, str, int,
float, bool, None) within fixed bounds, or `LoadError` (an `InputError`: exit status 2, HTTP
400) with a Dutch message naming the file and the place. The bounds (see docs/security.md):

- the document's size (`max_bytes`, chosen per entry point) — read no further than that;
- nesting depth `MAX_DEPTH`, and `MAX_NODES` elements, YAML aliases counted at their full
  expanded size (so an alias bomb stops after `MAX_NODES`, before it takes memory);
- duplicate keys, non-text keys, NaN and Infinity, integers beyond ±`MAX_INT` and YAML tags
  outside the JSON types are refused;
- text never holds NUL, other control characters, bidirectional overrides or lone
  surrogates; keys and names (`check_name`) also hold no zero-width or other invisible
  formatting characters.

YAML is composed by Python code that checks these bounds node by node (the C parser, when
PyYAML has it, only tokenises: its composer recurses without limit and crashes on deep
input). Archives (`read_archive`) are checked for member paths, count, sizes and
compression ratio before anything is decompressed, and read with bounded reads.
"""

from __future__ import annotations

import json
import math
import re
import tarfile
import zipfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent, MappingStartEvent, ScalarEvent, SequenceStartEvent
from yaml.resolver import Resolver

from regie.core.errors import InputError

__all__ = [
    "LoadError", "MAX_DEPTH", "MAX_NODES", "MAX_INT", "load_text", "load_bytes", "load_file",
    "read_bounded", "read_archive", "check_name", "check_tree", "MAX_ARCHIVE_BYTES",
]

MAX_DEPTH = 40
MAX_NODES = 200_000
MAX_INT = 2**63 - 1
MAX_ARCHIVE_MEMBERS = 2000
MAX_ARCHIVE_BYTES = 16 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100

# Never in any text: NUL and other control characters (tab and line breaks allowed), C1
# controls, bidirectional embeddings/overrides/isolates ("Trojan Source") and lone surrogates.
_BAD_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
                       "\ud800-\udfff]")
# Also never in keys, names and identifiers: line breaks, tabs and invisible formatting
# characters (soft hyphen, zero-width, direction marks, word joiners, BOM).
_BAD_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
                       "\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]")


class LoadError(InputError):
    """Input refused while loading; names the file (`source`) and the place in it."""

    def __init__(self, problem: str, *, place: str = "", source: str = "") -> None:
        self.problem, self.place, self.source = problem, place, source
        super().__init__(": ".join(part for part in (source, place, problem) if part))


def _bad_character(text: str, pattern: re.Pattern[str]) -> str | None:
    """The first refused character as `U+XXXX`, or None."""
    match = pattern.search(text)
    return f"U+{ord(match.group()):04X}" if match else None


def _check_text(value: str, place: str, source: str) -> None:
    bad = _bad_character(value, _BAD_TEXT)
    if bad:
        raise LoadError(f"tekst bevat een niet-toegestaan teken ({bad}: stuurteken, "
                        f"richtingsteken of losse surrogaat)", place=place, source=source)


def check_name(value: Any, *, field: str, source: str = "") -> None:
    """Refuse a name or identifier with control, direction or invisible characters."""
    bad = _bad_character(value, _BAD_NAME) if isinstance(value, str) else None
    if bad:
        raise LoadError(f"bevat een onzichtbaar of niet-toegestaan teken ({bad})",
                        place=f"veld '{field}'", source=source)


def _place(path: tuple[Any, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return f"veld '{text}'" if text else ""


def check_tree(data: Any, *, source: str = "", max_nodes: int = MAX_NODES) -> Any:
    """Check already-parsed data against the bounds (iteratively: no recursion)."""
    stack: list[tuple[Any, tuple[Any, ...]]] = [(data, ())]
    count = 0
    while stack:
        value, path = stack.pop()
        count += 1
        if count > max_nodes:
            raise LoadError(f"meer dan {max_nodes} elementen", source=source)
        if len(path) > MAX_DEPTH:
            raise LoadError(f"dieper genest dan {MAX_DEPTH} niveaus", place=_place(path[:3]) +
                            " …", source=source)
        if value is None or isinstance(value, bool):
            continue
        if isinstance(value, str):
            _check_text(value, _place(path), source)
        elif isinstance(value, int):
            if not -MAX_INT <= value <= MAX_INT:
                raise LoadError("getal is te groot", place=_place(path), source=source)
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise LoadError("getal is oneindig of geen getal (NaN)", place=_place(path),
                                source=source)
        elif isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str):
                    raise LoadError(f"sleutel {key!r} is geen tekst", place=_place(path),
                                    source=source)
                bad = _bad_character(key, _BAD_NAME)
                if bad:
                    raise LoadError(f"sleutel bevat een onzichtbaar of niet-toegestaan teken "
                                    f"({bad})", place=_place(path), source=source)
                stack.append((item, (*path, key)))
        elif isinstance(value, list):
            stack.extend((item, (*path, index)) for index, item in enumerate(value))
        else:
            raise LoadError(f"waarde van een niet-toegestaan type ({type(value).__name__})",
                            place=_place(path), source=source)
    return data


# --- YAML ----------------------------------------------------------------------------------

class _Bounds:
    """Composer mixin: counts nodes (aliases at their expanded size) and depth as it goes."""

    source = ""
    max_nodes = MAX_NODES

    def _reset_bounds(self) -> None:
        self._nodes = 0
        self._depth = 0
        self._deepest = 0
        self._measured: dict[int, tuple[int, int]] = {}  # id(anchored node) → (size, height)

    def _refuse(self, problem: str, event: Any) -> LoadError:
        mark = getattr(event, "start_mark", None)
        place = f"regel {mark.line + 1}" if mark is not None else ""
        return LoadError(problem, place=place, source=self.source)

    def _grow(self, size: int, height: int, event: Any) -> None:
        self._nodes += size
        if self._nodes > self.max_nodes:
            raise self._refuse(f"meer dan {self.max_nodes} elementen (verwijzingen meegeteld)",
                               event)
        reach = self._depth + height
        if reach > MAX_DEPTH:
            raise self._refuse(f"dieper genest dan {MAX_DEPTH} niveaus", event)
        self._deepest = max(self._deepest, reach)

    def compose_document(self):  # noqa: D102 - PyYAML's, with fresh bounds per document
        self._reset_bounds()
        return Composer.compose_document(self)

    def compose_node(self, parent, index):  # noqa: D102 - PyYAML's, bounded
        if self.check_event(AliasEvent):
            event = self.get_event()
            node = self.anchors.get(event.anchor)
            if node is None:
                raise self._refuse(f"onbekende verwijzing *{event.anchor}", event)
            if id(node) not in self._measured:
                raise self._refuse(f"verwijzing *{event.anchor} verwijst naar zichzelf", event)
            size, height = self._measured[id(node)]
            self._grow(size, height, event)
            return node
        event = self.peek_event()
        anchor = event.anchor
        if anchor is not None and anchor in self.anchors:
            raise self._refuse(f"anker &{anchor} komt twee keer voor", event)
        before, outer_deepest = self._nodes, self._deepest
        self._grow(1, 1, event)
        self._depth += 1
        self._deepest = self._depth
        if self.check_event(ScalarEvent):
            node = self.compose_scalar_node(anchor)
        elif self.check_event(SequenceStartEvent):
            node = self.compose_sequence_node(anchor)
        elif self.check_event(MappingStartEvent):
            node = self.compose_mapping_node(anchor)
        else:  # pragma: no cover - the parser gives no other event here
            raise self._refuse("onverwacht YAML-element", event)
        self._depth -= 1
        if anchor is not None:
            self._measured[id(node)] = (self._nodes - before, self._deepest - self._depth)
        self._deepest = max(outer_deepest, self._deepest)
        return node


class _Constructor(SafeConstructor):
    """The safe constructor; refuses duplicate keys and long integers, gives dates as text."""

    def construct_mapping(self, node, deep=False):
        seen: set[Any] = set()
        for key_node, _value in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                duplicate = key in seen
                seen.add(key)
            except TypeError:
                continue  # unhashable: SafeConstructor refuses it below
            if duplicate:
                raise LoadError(f"sleutel {key!r} komt twee keer voor",
                                place=f"regel {key_node.start_mark.line + 1}",
                                source=getattr(self, "source", ""))
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_int(self, node):
        if len(str(node.value)) > 40:
            raise LoadError("getal is te groot", place=f"regel {node.start_mark.line + 1}",
                            source=getattr(self, "source", ""))
        return super().construct_yaml_int(node)

    def construct_yaml_timestamp(self, node):
        return super().construct_yaml_timestamp(node).isoformat()


_Constructor.add_constructor("tag:yaml.org,2002:int", _Constructor.construct_yaml_int)
_Constructor.add_constructor("tag:yaml.org,2002:timestamp",
                             _Constructor.construct_yaml_timestamp)


class _PythonLoader(_Bounds, yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser,
                    Composer, _Constructor, Resolver):
    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        Composer.__init__(self)
        _Constructor.__init__(self)
        Resolver.__init__(self)


try:
    from yaml._yaml import CParser
except ImportError:  # pragma: no cover - PyYAML without libyaml
    CParser = None

if CParser is not None:
    class _FastLoader(_Bounds, Composer, _Constructor, Resolver, CParser):
        """libyaml tokenises and parses (iteratively); composing stays in `_Bounds`."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            _Constructor.__init__(self)
            Resolver.__init__(self)

    _Loader: type = _FastLoader
else:  # pragma: no cover - PyYAML without libyaml
    _Loader = _PythonLoader


def _load_yaml(text: str, source: str, max_nodes: int) -> Any:
    loader = _Loader(text)
    loader.source, loader.max_nodes = source, max_nodes
    try:
        return loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" op regel {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "onleesbaar"
        raise LoadError(f"ongeldige YAML{where} ({problem})", source=source) from exc
    except LoadError:
        raise
    except (ValueError, OverflowError) as exc:  # e.g. a date 2024-13-45, int('9'*5000)
        raise LoadError(f"ongeldige waarde in de YAML ({str(exc)[:80]})", source=source) from exc
    finally:
        loader.dispose()


# --- JSON ----------------------------------------------------------------------------------

def _load_json(text: str, source: str) -> Any:
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in items:
            if key in result:
                raise LoadError(f"sleutel {key!r} komt twee keer voor", source=source)
            result[key] = value
        return result

    def constant(name: str) -> Any:
        raise LoadError(f"{name} is geen getal", source=source)

    def integer(digits: str) -> int:
        if len(digits) > 40:
            raise LoadError("getal is te groot", source=source)
        return int(digits)

    try:
        return json.loads(text, object_pairs_hook=pairs, parse_constant=constant,
                          parse_int=integer)
    except json.JSONDecodeError as exc:
        raise LoadError(f"ongeldige JSON op regel {exc.lineno}: {exc.msg}",
                        source=source) from exc
    except RecursionError as exc:
        raise LoadError(f"dieper genest dan {MAX_DEPTH} niveaus", source=source) from exc


# --- entry points --------------------------------------------------------------------------

def load_text(text: str, *, source: str = "", fmt: str | None = None,
              max_bytes: int = 5 * 1024 * 1024, max_nodes: int = MAX_NODES) -> Any:
    """Parse YAML or JSON text within the bounds. `fmt` is "json", "yaml" or None (JSON when
    the text starts with `{` or `[`, else YAML)."""
    if len(text) > max_bytes:
        raise LoadError(f"groter dan {_size(max_bytes)}", source=source)
    if "\x00" in text:
        raise LoadError("bevat een NUL-teken", source=source)
    if fmt is None:
        fmt = "json" if text.lstrip().startswith(("{", "[")) else "yaml"
    if fmt == "json":
        data = _load_json(text, source)
    else:
        data = _load_yaml(text, source, max_nodes)
    return check_tree(data, source=source, max_nodes=max_nodes)


def load_bytes(raw: bytes, *, source: str = "", fmt: str | None = None,
               max_bytes: int = 5 * 1024 * 1024) -> Any:
    """`load_text` for bytes that must be UTF-8."""
    if len(raw) > max_bytes:
        raise LoadError(f"groter dan {_size(max_bytes)}", source=source)
    return load_text(_decode(raw, source), source=source, fmt=fmt, max_bytes=max_bytes)


def _decode(raw: bytes, source: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(f"geen UTF-8-tekst (byte {exc.start})", source=source) from exc


def _size(max_bytes: int) -> str:
    if max_bytes >= 1024 * 1024:
        return f"{max_bytes / (1024 * 1024):g} MB"
    return f"{max_bytes / 1024:g} kB"


def read_bounded(path: str | Path, *, max_bytes: int) -> str:
    """The UTF-8 text of a file, reading at most `max_bytes` (+1 to notice more): a huge file
    or an endless device (/dev/zero) is refused without being read."""
    source = str(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise LoadError("bestand bestaat niet", source=source) from exc
    except IsADirectoryError as exc:
        raise LoadError("is een map, geen bestand", source=source) from exc
    except OSError as exc:
        raise LoadError(f"kan bestand niet lezen ({exc.__class__.__name__})",
                        source=source) from exc
    if len(raw) > max_bytes:
        raise LoadError(f"bestand is groter dan {_size(max_bytes)}", source=source)
    return _decode(raw, source)


def load_file(path: str | Path, *, max_bytes: int = 5 * 1024 * 1024,
              fmt: str | None = None, max_nodes: int = MAX_NODES) -> Any:
    """Read and parse a YAML or JSON file within the bounds (format from the content, or
    `fmt`)."""
    text = read_bounded(path, max_bytes=max_bytes)
    return load_text(text, source=str(path), fmt=fmt, max_bytes=max_bytes, max_nodes=max_nodes)


# --- archives ------------------------------------------------------------------------------

def _member_path(name: str, source: str) -> str:
    parts = PurePosixPath(name).parts
    if (not name or name.startswith(("/", "\\")) or "\\" in name or ".." in parts
            or (parts and ":" in parts[0]) or _BAD_NAME.search(name)):
        raise LoadError(f"onveilig pad in het archief: {name[:100]!r}", source=source)
    return name


def read_archive(path: Path, *, suffixes: Iterable[str], max_member_bytes: int,
                 max_members: int = MAX_ARCHIVE_MEMBERS,
                 max_total_bytes: int = MAX_ARCHIVE_BYTES) -> dict[str, bytes]:
    """Path → bytes of the members ending in `suffixes`, from a .zip or .tar.gz. Every member's
    path, count, size and (zip) compression ratio are checked before it is decompressed, and
    reads stop at the limits even when an archive lies about its sizes."""
    source = str(path)
    suffixes = tuple(suffixes)
    files: dict[str, bytes] = {}
    total = 0

    def take(name: str, size: int, read) -> None:
        nonlocal total
        if size > max_member_bytes:
            raise LoadError(f"bestand groter dan {_size(max_member_bytes)}", place=name,
                            source=source)
        if not name.endswith(suffixes):
            return
        data = read(max_member_bytes + 1)
        total += len(data)
        if len(data) > max_member_bytes or total > max_total_bytes:
            raise LoadError(f"uitgepakt groter dan {_size(max_total_bytes)}", place=name,
                            source=source)
        files[name] = data

    try:
        if path.name.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as archive:
                members = [info for info in archive.infolist() if not info.is_dir()]
                if len(members) > max_members:
                    raise LoadError(f"meer dan {max_members} bestanden", source=source)
                declared = 0
                for info in members:
                    _member_path(info.filename, source)
                    declared += info.file_size
                    if info.file_size > 1024 * 1024 and info.file_size > (
                            MAX_COMPRESSION_RATIO * max(info.compress_size, 1)):
                        raise LoadError("verdacht sterk ingepakt (zip-bom)", place=info.filename,
                                        source=source)
                if declared > max_total_bytes:
                    raise LoadError(f"uitgepakt groter dan {_size(max_total_bytes)}",
                                    source=source)
                for info in members:
                    with archive.open(info) as handle:
                        take(info.filename, info.file_size, handle.read)
        else:
            with tarfile.open(path, "r:gz") as archive:
                count = 0
                for member in archive:  # streamed: one header at a time
                    _member_path(member.name, source)
                    count += 1
                    if count > max_members:
                        raise LoadError(f"meer dan {max_members} bestanden", source=source)
                    if member.isfile():
                        take(member.name, member.size, archive.extractfile(member).read)
                    elif not member.isdir():
                        raise LoadError("archief bevat een koppeling of apparaat",
                                        place=member.name, source=source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, tarfile.TarError, OSError, EOFError,
            NotImplementedError, RuntimeError) as exc:
        raise LoadError("geen leesbaar archief", source=source) from exc
    return files
