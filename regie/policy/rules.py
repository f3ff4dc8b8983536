"""Policy files: the rule format, its condition language and the validating loader.

A policy file is YAML (read by the bounded loader `regie.core.safeload`) with `version`,
`title`, optional named `conditions`, optional `instruments` and a list of `rules`.
Conditions are structured data, compiled here into small Python closures (never `eval`):

    {all: [c, ...]}  {any: [c, ...]}  {not: c}  {ref: name}
    {missing: path}  {present: path}
    {fact: path, is: v}  {fact: path, in: [v, ...]}  {fact: path, contains: v}
    {fact: path, contains_any: [v, ...]}  {fact: path, greater_than: n}
    {fact: path, fewer_than: n}      # a list with fewer than n items

Paths are dossier paths (`data.personal_data`, `model.hosting`, …) or `all_models.<key>`:
the values of that key over the main model and the other models. A comparison on an
unknown (null) fact is false, so a rule on a forbidden fact only fires when the fact is
known; `missing` is how a rule asks for a fact to be filled in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from regie.core import safeload
from regie.core.errors import InputError
from regie.policy.constants import Level
from regie.register.dossier import dossier_schema

__all__ = [
    "LEVELS", "PolicyError", "Policy", "Rule", "InstrumentRule", "parse_policy",
    "load_policy_file", "national_policy", "NATIONAL_FILE", "MAX_POLICY_BYTES",
]

NATIONAL_FILE = Path(__file__).with_name("rules") / "national.yaml"
MAX_POLICY_BYTES = 512 * 1024
# Bounds on conditions (docs/security.md): nesting, named conditions included; leaf tests in
# one condition and in the whole policy, named conditions counted wherever they are used.
MAX_CONDITION_DEPTH = 32
MAX_CONDITION_SIZE = 2_000
MAX_POLICY_SIZE = 20_000
_NESTED_PARTS = 8
LEVELS = tuple(Level.values)
MODELS_PREFIX = "all_models."

Facts = Mapping[str, Any]
Check = Callable[[Facts], bool]


class PolicyError(InputError):
    """A policy file that cannot be used; names the file, the rule and the problem."""

    def __init__(self, problem: str, *, source: str = "", rule: str = "") -> None:
        where = ": ".join(p for p in (source, f"regel '{rule}'" if rule else "") if p)
        super().__init__(f"{where}: {problem}" if where else problem)


@dataclass(frozen=True)
class Rule:
    id: str
    level: str
    message: str
    sources: tuple[str, ...]
    field: str
    check: Check = field(repr=False, compare=False)
    gate: str = "approval"
    facts: frozenset[str] = frozenset()
    when: Any = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class InstrumentRule:
    code: str
    check: Check = field(repr=False, compare=False)
    facts: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Policy:
    version: str
    title: str
    rules: tuple[Rule, ...]
    instruments: tuple[InstrumentRule, ...] = ()
    content_hash: str = ""

    @property
    def facts(self) -> frozenset[str]:
        """Every dossier path the policy reads."""
        used: set[str] = set()
        for item in (*self.rules, *self.instruments):
            used |= item.facts
        return frozenset(used)

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def extended_by(self, extra: Policy) -> Policy:
        """This policy plus an organisation's own rules (ids must not clash)."""
        clash = {r.id for r in self.rules} & {r.id for r in extra.rules}
        if clash:
            raise PolicyError(f"regel-id bestaat al in het landelijke beleid: "
                              f"{', '.join(sorted(clash))}")
        return Policy(version=f"{self.version}+{extra.version}", title=self.title,
                      rules=self.rules + extra.rules,
                      instruments=self.instruments + extra.instruments,
                      content_hash=self.content_hash)


# --- fact paths ----------------------------------------------------------------------------

@cache
def _leaf_schemas() -> dict[str, dict[str, Any]]:
    """Every dossier path (objects and leaves) with its JSON Schema."""
    found: dict[str, dict[str, Any]] = {}

    def walk(schema: dict[str, Any], prefix: str) -> None:
        for key, sub in schema.get("properties", {}).items():
            path = f"{prefix}{key}"
            found[path] = sub
            walk(sub, f"{path}.")

    walk(dossier_schema(), "")
    for path, sub in list(found.items()):
        if path.startswith("model."):
            found[MODELS_PREFIX + path[len("model."):]] = sub
    return found


def _allowed_values(schema: dict[str, Any]) -> list[Any] | None:
    if "enum" in schema:
        return [v for v in schema["enum"] if v is not None]
    items = schema.get("items", {})
    if "enum" in items:
        return list(items["enum"])
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    if "boolean" in types:
        return [True, False]
    return None


# --- compiling conditions ------------------------------------------------------------------

def is_missing(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _chain(checks: list[Check], conjunction: bool) -> Check:
    """`all`/`any` as nested `and`/`or` closures: no generator per call (this runs 100,000s
    of times in a re-evaluation); a long list as a loop, so that calls do not nest deeply."""
    if len(checks) > _NESTED_PARTS:
        parts = tuple(checks)
        if conjunction:
            return lambda f: all(check(f) for check in parts)
        return lambda f: any(check(f) for check in parts)
    combined = checks[-1]
    for check in reversed(checks[:-1]):
        if conjunction:
            combined = (lambda a, b: lambda f: a(f) and b(f))(check, combined)
        else:
            combined = (lambda a, b: lambda f: a(f) or b(f))(check, combined)
    return combined


class _Compiler:
    """Compiles conditions; a named condition is compiled once (memoised) and its size and
    depth count wherever it is referred to, so chained references cannot blow up."""

    def __init__(self, named: Mapping[str, Any], source: str) -> None:
        self.named, self.source = named, source
        self.rule = ""
        self.facts: set[str] = set()
        self.size = 0  # leaf tests of the current item, named conditions expanded
        self.total = 0  # leaf tests of the whole policy
        self._depth = 0
        self._deepest = 0
        self._stack: list[str] = []
        self._memo: dict[str, tuple[Check, frozenset[str], int, int]] = {}

    def error(self, problem: str) -> PolicyError:
        return PolicyError(problem, source=self.source, rule=self.rule)

    def path(self, value: Any) -> str:
        if not isinstance(value, str) or value not in _leaf_schemas():
            raise self.error(f"onbekend feit {value!r} (geen veld van het dossierformaat)")
        self.facts.add(value)
        return value

    def values(self, path: str, values: list[Any], op: str) -> None:
        allowed = _allowed_values(_leaf_schemas()[path])
        if allowed is None:
            return
        for value in values:
            if value not in allowed:
                raise self.error(f"'{op}': waarde {value!r} kan niet voorkomen in '{path}' "
                                 f"(mogelijk: {', '.join(map(str, allowed))})")

    def _grow(self, size: int, height: int) -> None:
        self.size += size
        if self.size > MAX_CONDITION_SIZE:
            raise self.error(f"voorwaarde te groot: meer dan {MAX_CONDITION_SIZE} toetsen "
                             f"(benoemde voorwaarden meegeteld)")
        if self._depth + height > MAX_CONDITION_DEPTH:
            raise self.error(f"voorwaarde dieper genest dan {MAX_CONDITION_DEPTH} niveaus "
                             f"(benoemde voorwaarden meegeteld)")
        self._deepest = max(self._deepest, self._depth + height)

    def compile(self, node: Any) -> Check:
        self._grow(0, 1)
        self._depth += 1
        try:
            return self._compile(node)
        finally:
            self._depth -= 1

    def _named(self, name: str) -> Check:
        if name in self._memo:
            check, facts, size, height = self._memo[name]
        else:
            outer = (self.facts, self.size, self._deepest)
            self.facts, self.size, self._deepest = set(), 0, self._depth
            self._stack.append(name)
            try:
                check = self.compile(self.named[name])
            finally:
                self._stack.pop()
            facts, size, height = frozenset(self.facts), self.size, self._deepest - self._depth
            self._memo[name] = (check, facts, size, height)
            self.facts, self.size, self._deepest = outer
        self.facts |= facts
        self._grow(size, height)
        return check

    def _compile(self, node: Any) -> Check:
        if not isinstance(node, Mapping) or not node:
            raise self.error(f"een voorwaarde is een object, kreeg {node!r}")
        keys = set(node)
        if keys == {"all"} or keys == {"any"}:
            op = next(iter(keys))
            parts = node[op]
            if not isinstance(parts, list) or not parts:
                raise self.error(f"'{op}' verwacht een niet-lege lijst voorwaarden")
            return _chain([self.compile(p) for p in parts], op == "all")
        if keys == {"not"}:
            inner = self.compile(node["not"])
            return lambda f: not inner(f)
        if keys == {"ref"}:
            name = node["ref"]
            if not isinstance(name, str) or name not in self.named:
                raise self.error(f"onbekende benoemde voorwaarde {name!r}")
            if name in self._stack:
                raise self.error(f"benoemde voorwaarde {name!r} verwijst naar zichzelf")
            return self._named(name)
        if keys == {"missing"} or keys == {"present"}:
            op = next(iter(keys))
            path = self.path(node[op])
            self._grow(1, 0)
            if op == "missing":
                return lambda f: is_missing(f[path])
            return lambda f: not is_missing(f[path])
        if "fact" in keys and len(keys) == 2:
            path = self.path(node["fact"])
            self._grow(1, 0)
            (op,) = keys - {"fact"}
            return self.comparison(path, op, node[op])
        raise self.error(f"onbekende operator(en) {', '.join(sorted(map(str, keys)))}")

    def comparison(self, path: str, op: str, arg: Any) -> Check:
        if op == "is":
            if arg is None or isinstance(arg, list | dict):
                raise self.error("'is' verwacht één waarde (gebruik 'missing' voor onbekend)")
            self.values(path, [arg], op)
            return lambda f: f[path] is not None and f[path] == arg
        if op in ("in", "contains_any"):
            if not isinstance(arg, list) or not arg:
                raise self.error(f"'{op}' verwacht een niet-lege lijst")
            self.values(path, arg, op)
            options = frozenset(arg)
            if op == "in":
                return lambda f: f[path] is not None and f[path] in options
            return lambda f: bool(options.intersection(f[path] or ()))
        if op == "contains":
            self.values(path, [arg], op)
            return lambda f: arg in (f[path] or ())
        if op in ("greater_than", "fewer_than"):
            if isinstance(arg, bool) or not isinstance(arg, int | float):
                raise self.error(f"'{op}' verwacht een getal, kreeg {arg!r}")
            if op == "greater_than":
                return lambda f: isinstance(f[path], int | float) and f[path] > arg
            return lambda f: isinstance(f[path], list) and 0 < len(f[path]) < arg
        raise self.error(f"onbekende operator {op!r}")

    def compile_item(self, node: Any, *, counted: bool = True) -> tuple[Check, frozenset[str]]:
        self.facts, self.size, self._deepest = set(), 0, 0
        check = self.compile(node)
        self.total += self.size if counted else 0
        if self.total > MAX_POLICY_SIZE:
            raise self.error(f"beleid te groot: meer dan {MAX_POLICY_SIZE} toetsen in alle "
                             f"regels samen")
        return check, frozenset(self.facts)


_RULE_KEYS = {"id", "level", "when", "message", "sources", "field", "gate"}
# The two gates of the procedure (seed 004 §6 and Bijlage 2): what must hold for the
# directie's approval, and what must hold before the application goes into use.
GATES = ("approval", "use")


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def parse_policy(data: Any, *, source: str = "", content_hash: str = "") -> Policy:
    """Validate a whole policy document and compile it; the first problem raises."""
    if not isinstance(data, Mapping):
        raise PolicyError("een beleidsbestand is een object met version, title en rules",
                          source=source)
    unknown = set(data) - {"version", "title", "conditions", "instruments", "rules"}
    if unknown:
        raise PolicyError(f"onbekend veld {', '.join(sorted(map(str, unknown)))}", source=source)
    version, title = data.get("version"), data.get("title")
    if not isinstance(version, str | int | float) or not str(version).strip():
        raise PolicyError("veld 'version' ontbreekt", source=source)
    if not _text(title):
        raise PolicyError("veld 'title' ontbreekt", source=source)
    named = data.get("conditions") or {}
    if not isinstance(named, Mapping):
        raise PolicyError("'conditions' is een object met benoemde voorwaarden", source=source)
    compiler = _Compiler(named, source)
    for name in named:
        compiler.rule = f"conditions.{name}"
        compiler.compile_item({"ref": name}, counted=False)

    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise PolicyError("'rules' is een niet-lege lijst", source=source)
    rules, seen = [], set()
    for index, raw in enumerate(raw_rules):
        rule_id = raw.get("id") if isinstance(raw, Mapping) else None
        compiler.rule = rule_id if isinstance(rule_id, str) else f"#{index + 1}"
        if not isinstance(raw, Mapping):
            raise compiler.error("een regel is een object")
        if not isinstance(rule_id, str) or not rule_id.replace("_", "").isalnum():
            raise compiler.error("'id' ontbreekt of bevat andere tekens dan letters, cijfers, _")
        if rule_id in seen:
            raise compiler.error("dubbel regel-id")
        seen.add(rule_id)
        extra = set(raw) - _RULE_KEYS
        if extra:
            raise compiler.error(f"onbekend veld {', '.join(sorted(map(str, extra)))}")
        if raw.get("level") not in LEVELS:
            raise compiler.error(f"'level' moet een van {', '.join(LEVELS)} zijn")
        if not _text(raw.get("message")):
            raise compiler.error("'message' ontbreekt")
        sources = raw.get("sources")
        if not isinstance(sources, list) or not sources or not all(map(_text, sources)):
            raise compiler.error("'sources' is een niet-lege lijst bronnen")
        if "when" not in raw:
            raise compiler.error("'when' ontbreekt")
        field_path = raw.get("field")
        if not isinstance(field_path, str) or field_path not in _leaf_schemas():
            raise compiler.error(f"'field' {field_path!r} is geen veld van het dossierformaat")
        gate = raw.get("gate", "approval")
        if gate not in GATES:
            raise compiler.error(f"'gate' moet een van {', '.join(GATES)} zijn")
        if gate == "use" and raw["level"] == "blocking":
            raise compiler.error("een blokkerende regel geldt al bij de goedkeuring "
                                 "('gate: approval')")
        check, facts = compiler.compile_item(raw["when"])
        rules.append(Rule(id=rule_id, level=raw["level"], message=" ".join(raw["message"].split()),
                          sources=tuple(sources), field=field_path, check=check, facts=facts,
                          when=raw["when"], gate=gate))

    instruments = []
    for code, node in (data.get("instruments") or {}).items():
        compiler.rule = f"instruments.{code}"
        if not isinstance(code, str) or not code.isupper():
            raise compiler.error("instrumentcode in hoofdletters, zoals DPIA")
        check, facts = compiler.compile_item(node)
        instruments.append(InstrumentRule(code=code, check=check, facts=facts))
    return Policy(version=str(version), title=title.strip(), rules=tuple(rules),
                  instruments=tuple(instruments), content_hash=content_hash)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_policy_text(text: str, *, source: str = "") -> Policy:
    try:
        data = safeload.load_text(text, fmt="yaml", max_bytes=MAX_POLICY_BYTES)
    except safeload.LoadError as exc:
        raise PolicyError(": ".join(p for p in (exc.place, exc.problem) if p),
                          source=source) from exc
    return parse_policy(data, source=source, content_hash=content_hash(text))


def read_policy_file(path: str | Path) -> str:
    try:
        return safeload.read_bounded(path, max_bytes=MAX_POLICY_BYTES)
    except safeload.LoadError as exc:
        raise PolicyError(exc.problem, source=str(path)) from exc


def load_policy_file(path: str | Path) -> Policy:
    return parse_policy_text(read_policy_file(path), source=str(path))


@cache
def national_policy() -> Policy:
    """The default policy shipped in the package."""
    return load_policy_file(NATIONAL_FILE)
