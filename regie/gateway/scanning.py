"""Scanning prompts without letting one prompt stall the others.

Short texts (the usual prompt) are scanned in the event loop: that takes well under a
millisecond, and a hop to another thread or process costs more. Longer texts go to a small
pool of scanner processes (`REGIE_GATEWAY_SCAN_PROCESSES`), so the event loop keeps
serving other requests while they are scanned; a scan that passes its deadline
(`REGIE_GATEWAY_SCAN_TIMEOUT_MS`) has its process killed, which really stops the work, and
a fresh process takes its place.

Whatever a scanner returns is checked (`checked`): a result that is not a list of findings
within the text is a scanner failure, like an exception, so the request is refused.
"""

from __future__ import annotations

import os
import pickle
import queue
import select
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

_HEADER = struct.Struct("!Q")
# The first process may take a few seconds to start (Django and the scanner's patterns).
STARTUP_SECONDS = 30.0
_TYPE_MAX = 60


class ScanFailed(Exception):
    """The scanner raised, answered too late or answered something malformed."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One finding, as the gateway uses it (`text == scanned[start:end]`)."""

    type: str
    start: int
    end: int
    text: str


def checked(text: str, raw) -> list[Finding]:
    """The scanner's answer for `text` as findings; ScanFailed when it is malformed (not a
    list, a finding without a short type name, positions outside the text, or a `text`
    that is not what stands at those positions)."""
    if not isinstance(raw, (list, tuple)):
        raise ScanFailed(f"scanner answered {type(raw).__name__}, not a list")
    found = []
    for item in raw:
        kind, start, end, value = (getattr(item, name, None)
                                   for name in ("type", "start", "end", "text"))
        if not (isinstance(kind, str) and 0 < len(kind) <= _TYPE_MAX and kind.isprintable()):
            raise ScanFailed("finding without a valid type")
        if not (type(start) is int and type(end) is int and 0 <= start < end <= len(text)):
            raise ScanFailed(f"finding {kind} outside the text")
        if value != text[start:end]:
            raise ScanFailed(f"finding {kind} does not match the text")
        found.append(Finding(kind, start, end, value))
    return found


def checked_scan(scan):
    """`scan` whose answers are checked: for scanning answers in the event loop."""

    def run(text: str) -> list[Finding]:
        try:
            raw = scan(text)
        except Exception as exc:  # noqa: BLE001 - any scanner defect is a scanner failure
            raise ScanFailed(repr(exc)) from exc
        return checked(text, raw)

    return run


# --- the scanner processes ---------------------------------------------------------------

def _read_exactly(fd: int, size: int, deadline: float | None) -> bytes:
    chunks, left = [], size
    while left:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def send_message(stream, value) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def receive_message(fd: int, deadline: float | None = None):
    (size,) = _HEADER.unpack(_read_exactly(fd, _HEADER.size, deadline))
    return pickle.loads(_read_exactly(fd, size, deadline))  # noqa: S301 - our own child


class ScanProcess:
    """One scanner process (`python -m regie.gateway.scanworker PATH`), speaking
    length-prefixed pickles over its stdin and stdout; only this parent writes to it."""

    def __init__(self, scanner_path: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "regie.gateway.scanworker", scanner_path],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            cwd=Path(__file__).resolve().parents[2], env=os.environ.copy())
        self.ready = False

    def wait_ready(self, deadline: float) -> None:
        if not self.ready:
            status, detail = receive_message(self.process.stdout.fileno(), deadline)
            if status != "ready":
                raise ScanFailed(detail)
            self.ready = True

    def scan(self, texts: list[str], deadline: float) -> list:
        send_message(self.process.stdin, texts)
        status, value = receive_message(self.process.stdout.fileno(), deadline)
        if status != "ok":
            raise ScanFailed(value)
        return value

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            stream.close()


class ScanPool:
    """Up to `size` scanner processes, started on first use and replaced when killed.
    `scan` blocks (call it from a thread); it waits for a free process, then for the
    answer, both within `timeout` seconds."""

    def __init__(self, scanner_path: str, size: int, timeout: float) -> None:
        self.scanner_path = scanner_path
        self.size = size
        self.timeout = timeout
        self.idle: queue.Queue[ScanProcess] = queue.Queue()
        self.started = 0
        self.lock = threading.Lock()

    def _take(self, deadline: float) -> ScanProcess:
        with self.lock:
            if self.idle.empty() and self.started < self.size:
                self.started += 1
                return ScanProcess(self.scanner_path)
        remaining = deadline - time.monotonic()
        try:
            return self.idle.get(timeout=max(remaining, 0.001))
        except queue.Empty:
            raise ScanFailed("no scanner process free in time") from None

    def _discard(self, process: ScanProcess) -> None:
        process.kill()
        with self.lock:
            self.started -= 1

    def scan(self, texts: list[str]) -> list[list[Finding]]:
        deadline = time.monotonic() + self.timeout
        process = self._take(deadline)
        try:
            if not process.ready:  # starting is not scanning: it gets its own time
                process.wait_ready(time.monotonic() + STARTUP_SECONDS)
                deadline = max(deadline, time.monotonic() + self.timeout)
            raw = process.scan(texts, deadline)
        except (ScanFailed, TimeoutError, EOFError, OSError, pickle.PickleError) as exc:
            self._discard(process)  # killing it is what stops a runaway scan
            raise ScanFailed(repr(exc)) from exc
        except BaseException:
            self._discard(process)
            raise
        self.idle.put(process)
        if not isinstance(raw, list) or len(raw) != len(texts):
            raise ScanFailed("scanner process answered something else")
        return [checked(text, found) for text, found in zip(texts, raw, strict=True)]

    def close(self) -> None:
        while True:
            try:
                self.idle.get_nowait().kill()
            except queue.Empty:
                return
