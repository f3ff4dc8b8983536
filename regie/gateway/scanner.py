"""Finding the PII scanner the gateway uses (`REGIE_GATEWAY_SCANNER`, a dotted path to a
module or object with `scan(text)`, or to a function). Default: `regie.privacy.service`.
A scanner that cannot be loaded refuses every request (fail closed)."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from django.utils.module_loading import import_string


class ScannerUnavailable(Exception):
    pass


def load_scanner(path: str) -> Callable[[str], list]:
    try:
        target = import_module(path)
    except ImportError:
        try:
            target = import_string(path)
        except ImportError as exc:
            raise ScannerUnavailable(f"{path}: {exc}") from exc
    scan = getattr(target, "scan", None)
    if callable(scan):
        return scan
    if callable(target) and not isinstance(target, type):
        return target
    if isinstance(target, type) and callable(getattr(target(), "scan", None)):
        return target().scan
    raise ScannerUnavailable(f"{path}: heeft geen scan(text)")
