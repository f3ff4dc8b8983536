"""The evaluator: a normalised dossier and a policy in, a decision with reasons out.

Pure: no database, no I/O. `service.py` adds storage and the active policy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from regie.policy.rules import MODELS_PREFIX, Policy, national_policy
from regie.register.dossier import get_path

__all__ = ["Decision", "Finding", "Evaluation", "evaluate", "facts_for", "INSTRUMENT_ORDER"]

INSTRUMENT_ORDER = ("RISK_ANALYSIS", "AI_ACT", "DPIA", "IAMA")
_LEVEL_ORDER = {"blocking": 0, "required": 1, "advice": 2}


class Decision:
    ALLOWED = "allowed"
    CONDITIONAL = "conditional"
    NOT_ALLOWED = "not_allowed"


@dataclass(frozen=True)
class Finding:
    rule: str
    level: str
    message: str
    sources: tuple[str, ...]
    field: str

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


def facts_for(dossier: Mapping[str, Any], paths: frozenset[str]) -> dict[str, Any]:
    """The values the policy reads, by path; `all_models.<key>` gathers every model's value."""
    facts: dict[str, Any] = {}
    models = None
    for path in paths:
        if path.startswith(MODELS_PREFIX):
            if models is None:
                models = _models(dossier)
            key = path[len(MODELS_PREFIX):]
            values = [get_path(m, key) for m in models]
            facts[path] = [v for v in values if v is not None]
        else:
            facts[path] = get_path(dossier, path)
    return facts


def ai_act_profile(dossier: Mapping[str, Any]) -> dict[str, Any]:
    """The AI-Act classification as the dossier records it; GPAI falls back to the model's."""
    assessed = get_path(dossier, "assessments.ai_act") or {}
    gpai = assessed.get("gpai")
    if gpai is None:
        gpai = get_path(dossier, "model.gpai")
    return {"risk": assessed.get("risk") or "unknown",
            "roles": list(assessed.get("roles") or []),
            "gpai": gpai}


def evaluate(dossier: Mapping[str, Any], policy: Policy | None = None) -> Evaluation:
    policy = policy or national_policy()
    facts = facts_for(dossier, policy.facts)
    findings = [
        Finding(rule.id, rule.level, rule.message, rule.sources, rule.field)
        for rule in policy.rules if rule.check(facts)
    ]
    findings.sort(key=lambda f: _LEVEL_ORDER[f.level])
    levels = {f.level for f in findings}
    if "blocking" in levels:
        decision = Decision.NOT_ALLOWED
    elif "required" in levels:
        decision = Decision.CONDITIONAL
    else:
        decision = Decision.ALLOWED
    wanted = {i.code for i in policy.instruments if i.check(facts)}
    instruments = tuple(sorted(wanted, key=lambda c: (
        INSTRUMENT_ORDER.index(c) if c in INSTRUMENT_ORDER else len(INSTRUMENT_ORDER), c)))
    return Evaluation(decision=decision, findings=tuple(findings),
                      required_instruments=instruments, ai_act=ai_act_profile(dossier),
                      policy_version=policy.version)
