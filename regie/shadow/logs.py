"""Reading the logs organisations have: Squid access logs, CSV or JSON-lines exports of a web
proxy or secure web gateway (columns named in a small mapping), and DNS query logs (BIND and
Unbound). Each reader yields `Event`s one line at a time, so a log of any length is read in
constant memory; a line that cannot be read is counted, never fatal.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

FORMATS = ("squid", "csv", "jsonl", "bind", "unbound")
MAX_LINE = 64 * 1024  # longer lines are skipped, not read into memory whole
# Paths of a decrypted (SSL-bumped) request that send files to a service.
_UPLOAD_PATH = re.compile(r"/(?:[\w-]*upload[\w-]*|files?|attachments?)(?:/|$|\?)",
                          re.IGNORECASE)


@dataclass(frozen=True)
class Event:
    timestamp: dt.datetime
    host: str
    user: str = ""
    department: str = ""
    method: str = ""
    bytes_out: int | None = None  # bytes the client sent, when the log knows it
    path: str = ""

    def is_upload(self, min_bytes: int) -> bool:
        """Data sent to the service beyond a typed prompt: a large request body, or a request
        to an upload path when only the URL is known."""
        if self.method not in ("POST", "PUT"):
            return False
        if self.bytes_out is not None:
            return self.bytes_out >= min_bytes
        return bool(_UPLOAD_PATH.search(self.path))


@dataclass
class Mapping:
    """Which column holds what in a CSV or JSON export (see docs/shadow.md)."""

    timestamp: str = "timestamp"
    host: str = "host"
    url: str = "url"
    user: str = "user"
    department: str = "department"
    method: str = "method"
    bytes_out: str = "bytes_out"
    timestamp_format: str = "iso"  # "iso", "epoch" or a strptime pattern
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Mapping:
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise ValueError("koppeling: verwacht 'columns' en eventueel 'timestamp_format'")
        columns = data.get("columns") or {}
        if not isinstance(columns, dict):
            raise ValueError("koppeling: 'columns' moet kolomnamen per veld geven")
        known = {"timestamp", "host", "url", "user", "department", "method", "bytes_out"}
        unknown = set(columns) - known
        if unknown:
            raise ValueError(f"koppeling: onbekend veld '{sorted(unknown)[0]}' in 'columns'")
        values = {name: str(column) for name, column in columns.items()}
        fmt = data.get("timestamp_format", "iso")
        return cls(**values, timestamp_format=str(fmt))


@dataclass
class ReadCounts:
    lines: int = 0
    skipped: int = 0
    first_skipped: list[int] = field(default_factory=list)

    def skip(self) -> None:
        self.skipped += 1
        if len(self.first_skipped) < 10:
            self.first_skipped.append(self.lines)


def _lines(stream: io.BufferedIOBase, counts: ReadCounts) -> Iterator[str]:
    """Decoded lines, each at most MAX_LINE bytes; longer lines are skipped whole."""
    while True:
        raw = stream.readline(MAX_LINE + 1)
        if not raw:
            return
        counts.lines += 1
        if len(raw) > MAX_LINE:
            counts.skip()
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(MAX_LINE + 1)
            continue
        line = raw.decode("utf-8", errors="replace").strip()
        if line and not line.startswith("#"):
            yield line


def _epoch(value: str) -> dt.datetime:
    return dt.datetime.fromtimestamp(float(value), tz=dt.UTC)


def _parse_time(value: str, fmt: str) -> dt.datetime:
    value = value.strip()
    if fmt == "epoch":
        return _epoch(value)
    if fmt == "iso":
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    else:
        parsed = dt.datetime.strptime(value, fmt)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _host_of(target: str) -> tuple[str, str]:
    """(host, path) of a proxy log's target: a URL, or host:port for CONNECT."""
    if "://" in target:
        parts = urlsplit(target)
        return (parts.hostname or ""), parts.path + (f"?{parts.query}" if parts.query else "")
    return target.rsplit(":", 1)[0] if target.count(":") == 1 else target, ""


def read_squid(stream, counts: ReadCounts) -> Iterator[Event]:
    """Squid's native access.log: time elapsed client code/status bytes method URL user ..."""
    for line in _lines(stream, counts):
        fields = line.split()
        try:
            timestamp = _epoch(fields[0])
            method, target = fields[5], fields[6]
        except (IndexError, ValueError, OverflowError, OSError):
            counts.skip()
            continue
        user = fields[7] if len(fields) > 7 and fields[7] != "-" else fields[2]
        host, path = _host_of(target)
        if not host:
            counts.skip()
            continue
        yield Event(timestamp=timestamp, host=host, user=user, method=method.upper(), path=path)


def _event_from_row(row: dict[str, Any], mapping: Mapping) -> Event:
    def get(name: str) -> str:
        value = row.get(getattr(mapping, name))
        return "" if value is None else str(value).strip()

    host, path = get("host"), ""
    if get("url"):
        url_host, path = _host_of(get("url"))
        host = host or url_host
    if not host:
        raise ValueError("no host")
    size = get("bytes_out")
    return Event(
        timestamp=_parse_time(get("timestamp"), mapping.timestamp_format),
        host=host, user=get("user"), department=get("department"),
        method=get("method").upper(), bytes_out=int(size) if size.isdigit() else None, path=path,
    )


def read_csv(stream, counts: ReadCounts, mapping: Mapping) -> Iterator[Event]:
    lines = _lines(stream, counts)
    try:
        header = next(csv.reader([next(lines)]))
    except StopIteration:
        return
    if mapping.timestamp not in header or (mapping.host not in header
                                           and mapping.url not in header):
        raise ValueError(
            f"kolommen: '{mapping.timestamp}' en '{mapping.host}' of '{mapping.url}' zijn nodig;"
            f" gevonden: {', '.join(header[:12])}")
    for line in lines:
        try:
            values = next(csv.reader([line]))
            yield _event_from_row(dict(zip(header, values, strict=False)), mapping)
        except (ValueError, OverflowError, OSError, csv.Error, StopIteration):
            counts.skip()


def read_jsonl(stream, counts: ReadCounts, mapping: Mapping) -> Iterator[Event]:
    for line in _lines(stream, counts):
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("not an object")
            yield _event_from_row(row, mapping)
        except (ValueError, OverflowError, OSError, RecursionError):
            counts.skip()


# 01-Dec-2026 09:12:01.123 (queries: info: )client @0x7f.. 10.1.2.3#53211 (name): query: name IN A
_BIND = re.compile(
    r"^(?P<date>\d{2}-\w{3}-\d{4} \d{2}:\d{2}:\d{2}(?:\.\d+)?)\s.*?client (?:@\S+ )?"
    r"(?P<client>[0-9a-fA-F.:]+)#\d+(?: \([^)]*\))?: query: (?P<name>\S+) IN ")
# [1764580321] unbound[812:0] info: 10.1.2.3 chatgpt.com. A IN
# Dec  1 09:12:01 resolver unbound: [812:0] info: 10.1.2.3 chatgpt.com. A IN
_UNBOUND = re.compile(
    r"^(?:\[(?P<epoch>\d+)\]|(?P<syslog>\w{3}\s+\d{1,2} \d{2}:\d{2}:\d{2})).*?info: "
    r"(?P<client>[0-9a-fA-F.:]+) (?P<name>\S+) \w+ IN\b")


def read_bind(stream, counts: ReadCounts) -> Iterator[Event]:
    for line in _lines(stream, counts):
        found = _BIND.search(line)
        if not found:
            counts.skip()
            continue
        try:
            when = dt.datetime.strptime(found["date"].split(".")[0], "%d-%b-%Y %H:%M:%S")
        except ValueError:
            counts.skip()
            continue
        yield Event(timestamp=when.replace(tzinfo=dt.UTC), host=found["name"].rstrip("."),
                    user=found["client"])


def read_unbound(stream, counts: ReadCounts, *, year: int | None = None) -> Iterator[Event]:
    year = year or dt.date.today().year
    for line in _lines(stream, counts):
        found = _UNBOUND.search(line)
        if not found:
            counts.skip()
            continue
        try:
            if found["epoch"]:
                when = _epoch(found["epoch"])
            else:  # syslog has no year: the import's year
                when = dt.datetime.strptime(f"{year} {found['syslog']}", "%Y %b %d %H:%M:%S")
                when = when.replace(tzinfo=dt.UTC)
        except (ValueError, OverflowError, OSError):
            counts.skip()
            continue
        yield Event(timestamp=when, host=found["name"].rstrip("."), user=found["client"])


def read(stream, log_format: str, counts: ReadCounts,
         mapping: Mapping | None = None) -> Iterable[Event]:
    """Events of a log in one of `FORMATS`; raises ValueError for an unusable file."""
    if log_format == "squid":
        return read_squid(stream, counts)
    if log_format == "csv":
        return read_csv(stream, counts, mapping or Mapping())
    if log_format == "jsonl":
        return read_jsonl(stream, counts, mapping or Mapping())
    if log_format == "bind":
        return read_bind(stream, counts)
    if log_format == "unbound":
        return read_unbound(stream, counts)
    raise ValueError(f"formaat: kies uit {', '.join(FORMATS)}")
