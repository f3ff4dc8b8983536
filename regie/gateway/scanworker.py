"""A scanner process for the gateway (`scanning.ScanPool`): `python -m regie.gateway.scanworker
PATH` loads the scanner at PATH, says it is ready, then scans each list of texts it reads on
stdin and writes the findings to stdout (length-prefixed pickles). The parent checks them."""

from __future__ import annotations

import os
import sys


def main(scanner_path: str) -> None:
    import django

    from regie.gateway import scanning

    # The answers get their own copy of stdout; anything else printed goes to stderr.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    try:
        django.setup()
        from regie.gateway.scanner import load_scanner

        scan = load_scanner(scanner_path)
    except Exception as exc:  # noqa: BLE001 - the parent refuses and says why
        scanning.send_message(out, ("error", repr(exc)))
        return
    scanning.send_message(out, ("ready", None))
    fd = sys.stdin.buffer.fileno()
    while True:
        try:
            texts = scanning.receive_message(fd)
        except EOFError:
            return
        try:
            answer = ("ok", [_plain(scan(text)) for text in texts])
        except Exception as exc:  # noqa: BLE001 - a scanner failure refuses the request
            answer = ("error", repr(exc))
        scanning.send_message(out, answer)


def _plain(raw):
    """Findings as plain records the parent can unpickle; anything else as its type name,
    which the parent's check refuses."""
    from regie.gateway.scanning import Finding

    if not isinstance(raw, (list, tuple)):
        return type(raw).__name__
    return [Finding(*(getattr(item, name, None) for name in ("type", "start", "end", "text")))
            for item in raw]


if __name__ == "__main__":
    main(sys.argv[1])
