"""The evaluator: a normalised dossier and a policy in, a decision with reasons out.

Pure: no database, no I/O. `service.py` adds storage and the active policy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from regie.policy.constants import Decision, Level
from regie.policy.rules import MODELS_PREFIX, Policy, national_policy

__all__ = ["Decision", "Finding", "Evaluation", "evaluate", "evaluate_facts", "facts_for",
           "path_reader", "needed_paths", "INSTRUMENT_ORDER"]

INSTRUMENT_ORDER = ("RISK_ANALYSIS", "AI_ACT", "DPIA", "IAMA")
_LEVEL_ORDER = {level: n for n, level in enumerate(Level.values)}


@dataclass(frozen=True)
class Finding:
    rule: str
    level: str
    message: str
    sources: tuple[str, ...]
    field: str
    gate: str = "approval"  # the procedure's gate at which it must be met: approval or use

    def as_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "level": self.level, "message": self.message,
                "sources": list(self.sources)}


@dataclass(frozen=True)
class Evaluation:
    decision: str
    findings: tuple[Finding, ...]
    required_instruments: tuple[str, ...]
    ai_act: dict[str, Any] = field(default_factory=dict)
    policy_version: str = ""

    def as_dict(self) -> dict[str, Any]:
        """Exactly the JSON object of the design brief (`regie evaluate --format json`)."""
        return {
            "decision": self.decision,
            "findings": [f.as_dict() for f in self.findings],
            "required_instruments": list(self.required_instruments),
            "ai_act": dict(self.ai_act),
        }

    def by_level(self, level: str) -> list[Finding]:
        return [f for f in self.findings if f.level == level]


def _models(dossier: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    main = dossier.get("model")
    return [m for m in [main, *(dossier.get("other_models") or [])] if m]


@lru_cache(maxsize=512)
def path_reader(path: str) -> Callable[[Mapping[str, Any]], Any]:
    """A fast reader for one path; `all_models.<key>` gathers every model's value."""
    if path.startswith(MODELS_PREFIX):
        read = path_reader(path[len(MODELS_PREFIX):])

        def gather(dossier: Mapping[str, Any]) -> list[Any]:
            values = (read(m) for m in _models(dossier))
            return [v for v in values if v is not None]

        return gather
    parts = tuple(path.split("."))
    if len(parts) == 1:
        key = parts[0]
        return lambda dossier: dossier.get(key)

    def read_nested(dossier: Mapping[str, Any]) -> Any:
        node: Any = dossier
        for part in parts:
            if not isinstance(node, dict):
                return None
            node = node.get(part)
        return node

    return read_nested


def facts_for(dossier: Mapping[str, Any], paths: frozenset[str]) -> dict[str, Any]:
    """The values the policy reads, by path."""
    return {path: path_reader(path)(dossier) for path in paths}


AI_ACT_PATHS = frozenset({"assessments.ai_act.risk", "assessments.ai_act.roles",
                          "assessments.ai_act.gpai", "model.gpai"})


def needed_paths(policy: Policy) -> frozenset[str]:
    """What `evaluate_facts` reads: the policy's facts and the AI-Act profile's."""
    return policy.facts | AI_ACT_PATHS


def evaluate(dossier: Mapping[str, Any], policy: Policy | None = None) -> Evaluation:
    policy = policy or national_policy()
    return evaluate_facts(facts_for(dossier, needed_paths(policy)), policy)


def evaluate_facts(facts: Mapping[str, Any], policy: Policy) -> Evaluation:
    """Evaluate facts by path (`needed_paths(policy)`), as `facts_for` or the bulk reader
    gives them."""
    findings = [
        Finding(rule.id, rule.level, rule.message, rule.sources, rule.field, rule.gate)
        for rule in policy.rules if rule.check(facts)
    ]
    findings.sort(key=lambda f: _LEVEL_ORDER[f.level])
    levels = {f.level for f in findings}
    if Level.BLOCKING in levels:
        decision = Decision.NOT_ALLOWED.value
    elif Level.REQUIRED in levels:
        decision = Decision.CONDITIONAL.value
    else:
        decision = Decision.ALLOWED.value
    wanted = {i.code for i in policy.instruments if i.check(facts)}
    instruments = tuple(sorted(wanted, key=lambda c: (
        INSTRUMENT_ORDER.index(c) if c in INSTRUMENT_ORDER else len(INSTRUMENT_ORDER), c)))
    gpai = facts["assessments.ai_act.gpai"]
    ai_act = {"risk": facts["assessments.ai_act.risk"] or "unknown",
              "roles": list(facts["assessments.ai_act.roles"] or []),
              "gpai": facts["model.gpai"] if gpai is None else gpai}
    return Evaluation(decision=decision, findings=tuple(findings),
                      required_instruments=instruments, ai_act=ai_act,
                      policy_version=policy.version)
