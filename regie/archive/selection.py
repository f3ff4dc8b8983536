"""The selection list in effect: Regie's default (`data/selectielijst.yaml`) or the file named
by `REGIE_ARCHIVE_SELECTION_LIST`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

import yaml

from regie.core.errors import InputError

DEFAULT = Path(__file__).parent / "data" / "selectielijst.yaml"
CATEGORIES = ("decision_record", "dossier", "audit_event", "incident", "woo_request",
              "gateway_request", "gateway_content", "shadow_usage")
# Records whose period is set elsewhere (per application, in the gateway settings).
PERIOD_ELSEWHERE = {"gateway_content"}
# Never destroyed, whatever a list says: the audit trail is a hash chain, and decision
# records are what an auditor or a Woo request asks for years later.
ALWAYS_KEPT = {"audit_event", "decision_record"}


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    action: str  # "keep" or "destroy"
    years: int
    counted_from: str
    approval: bool

    def due_on(self, start: dt.date) -> dt.date:
        try:
            return start.replace(year=start.year + self.years)
        except ValueError:  # 29 February
            return start.replace(year=start.year + self.years, day=28)


@dataclass(frozen=True)
class SelectionList:
    version: str
    source: str
    categories: dict[str, Category]

    def destroyed(self) -> list[Category]:
        return [c for c in self.categories.values() if c.action == "destroy"]


def parse(data, source: str) -> SelectionList:
    if not isinstance(data, dict) or not isinstance(data.get("categories"), dict):
        raise InputError(f"{source}: 'categories' ontbreekt")
    categories = {}
    for key, item in data["categories"].items():
        where = f"{source}: categories.{key}"
        if key not in CATEGORIES:
            raise InputError(f"{where}: onbekende categorie; kies uit {', '.join(CATEGORIES)}")
        if not isinstance(item, dict) or item.get("action") not in ("keep", "destroy"):
            raise InputError(f"{where}.action: kies keep of destroy")
        if key in ALWAYS_KEPT and item["action"] != "keep":
            raise InputError(f"{where}.action: dit wordt altijd blijvend bewaard")
        years = item.get("years", 0)
        if item["action"] == "destroy" and key not in PERIOD_ELSEWHERE and (
                not isinstance(years, int) or isinstance(years, bool) or not 1 <= years <= 100):
            raise InputError(f"{where}.years: een geheel aantal jaren van 1 tot en met 100")
        categories[key] = Category(key, str(item.get("label", key)), item["action"],
                                   int(years or 0), str(item.get("counted_from", "")),
                                   bool(item.get("approval", True)))
    missing = set(CATEGORIES) - set(categories)
    if missing:
        raise InputError(f"{source}: categorie '{sorted(missing)[0]}' ontbreekt")
    return SelectionList(str(data.get("version", "")), source, categories)


def selection_list() -> SelectionList:
    path = Path(settings.ARCHIVE_SELECTION_LIST) if settings.ARCHIVE_SELECTION_LIST else DEFAULT
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: selectielijst niet te lezen ({exc.__class__.__name__})"
                         ) from exc
    return parse(data, str(path))
