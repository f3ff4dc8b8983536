"""The app's data files (`data/*.yaml`): incident routing, evaluation intervals and the
employee rules. Each is validated whole when first read; a bad file is an `InputError`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from regie.core import safeload
from regie.core.errors import InputError
from regie.lifecycle.constants import Handler, IncidentKind

DATA_DIR = Path(__file__).resolve().parent / "data"


def _load(name: str) -> dict[str, Any]:
    path = DATA_DIR / name
    content = safeload.load_file(path, fmt="yaml")
    if not isinstance(content, dict):
        raise InputError(f"{path}: verwacht een mapping bovenaan")
    return content


@dataclass(frozen=True)
class Route:
    handler: str
    possible_breach: bool
    sources: tuple[str, ...]


@lru_cache
def routing() -> dict[str, Route]:
    """Incident kind → who handles it and whether it may be a data breach."""
    routes = _load("incident_routing.yaml").get("routes") or {}
    result = {}
    for kind in IncidentKind.values:
        entry = routes.get(kind)
        if not isinstance(entry, dict) or entry.get("handler") not in Handler.values:
            raise InputError(f"incident_routing.yaml: routes.{kind}.handler ontbreekt of is "
                             f"geen van {', '.join(Handler.values)}")
        result[kind] = Route(entry["handler"], bool(entry.get("possible_breach")),
                             tuple(entry.get("sources") or ()))
    return result


@lru_cache
def intervals() -> dict[str, Any]:
    content = _load("evaluation_intervals.yaml")
    numbers = {"default_months": content.get("default_months"),
               **{f"by_ai_act_risk.{k}": v
                  for k, v in (content.get("by_ai_act_risk") or {}).items()}}
    for key in ("remind_days_before", "contract_remind_days_before",
                "training_remind_days_before", "conditions_remind_weekday"):
        numbers[key] = content.get(key)
    for key, value in numbers.items():
        if not isinstance(value, int) or value < 0:
            raise InputError(f"evaluation_intervals.yaml: {key} moet een geheel getal ≥ 0 zijn")
    return content


@dataclass(frozen=True)
class Rule:
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class RulesSection:
    title: str
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class EmployeeRules:
    version: str
    valid_from: str
    title: str
    introduction: str
    sections: tuple[RulesSection, ...]


@lru_cache
def employee_rules() -> EmployeeRules:
    content = _load("employee_rules.yaml")
    sections = []
    for i, section in enumerate(content.get("sections") or []):
        rules = []
        for j, rule in enumerate(section.get("rules") or []):
            if not rule.get("text") or not rule.get("sources"):
                raise InputError(f"employee_rules.yaml: sections[{i}].rules[{j}] mist tekst "
                                 "of bronnen")
            rules.append(Rule(rule["text"], tuple(rule["sources"])))
        sections.append(RulesSection(section.get("title", ""), tuple(rules)))
    if not content.get("version") or not sections:
        raise InputError("employee_rules.yaml: version en sections zijn verplicht")
    return EmployeeRules(str(content["version"]), str(content.get("valid_from", "")),
                         content.get("title", ""), content.get("introduction", ""),
                         tuple(sections))
