"""The questionnaire engine for the par-dpia-form "assessment-definition v2" format.

A definition is a tree of `tasks`: groups (`task_group`), texts (`informational`) and
questions (`text_input`, `open_text`, `date`, `radio_option`, `select_option`,
`checkbox_option`, `multiselect_scrollable`). `dependencies` of type `conditional` show a task
only when every condition holds. `calculation`s turn answers into scores and the top-level
`assessments` turn scores and answers into "required"/"recommended" levels per instrument
(DPIA, DTIA, KIA, IAMA), exactly in the order the format prescribes: per assessment the
first level whose expression holds wins, with the criteria that held as `criteria.<id>`.

Answers are stored as in the v2 output format: text, a list of texts, or null; a yes/no
option is stored as "true"/"false". Answers of hidden tasks take no part in the rules.

Repeatable tasks (the DPIA's `repeatable: true` groups and questions) are answered per
instance: the answer key carries one index per repeatable task around and including it
(`2.1.1[0]`, `6.1.1.1[0][2]`), the number of instances is stored under `#` + the key of the
repeatable task (`#2.1`, `#6.1.1[0]`), an `instance_mapping` dependency makes a group follow
the instances of another task (one per "gegevensverwerking"), and a `source_options`
dependency takes a question's options from the answers to another task.

Every visible question (each instance of a repeated one) must be answered before a run is
complete, unless the definition marks it `required_status: false`. A multiple-choice question
counts as answered once it has been saved, even with nothing chosen ("none of these" is an
answer).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from regie.instruments.errors import InstrumentError
from regie.instruments.expressions import (
    Environment,
    Expression,
    ExpressionError,
    compile_expression,
    truthy,
)

__all__ = [
    "Questionnaire",
    "Task",
    "Entry",
    "base_id",
    "MAX_INSTANCES",
    "Outcome",
    "parse_questionnaire",
    "OUTPUT_SCHEMA_ID",
    "SCHEMA_NAMES",
    "CHOICE_TYPES",
    "MULTI_TYPES",
    "TEXT_TYPES",
]

SCHEMA_NAMES = ("assessment-definition.v2.schema.json",)
OUTPUT_SCHEMA_ID = (
    "https://github.com/MinBZK/par-dpia-form/blob/main/schemas/assessment-output.v2.schema.json"
)
CHOICE_TYPES = {"radio_option", "select_option"}
MULTI_TYPES = {"checkbox_option", "multiselect_scrollable"}
TEXT_TYPES = {"text_input": 1000, "open_text": 20000, "date": 10}
KNOWN_TYPES = (
    CHOICE_TYPES | MULTI_TYPES | set(TEXT_TYPES) | {"task_group", "informational", "image"}
)
_OPERATORS = {"equals", "contains", "any"}
MAX_CONDITION_DEPTH = 50
_OUTPUT_KEY = re.compile(r"^[0-9]+(\.[0-9]+)*(\[[0-9]+\])?$")
_INDEX = re.compile(r"\[([0-9]+)\]")
MAX_INSTANCES = 50


def base_id(key: str) -> str:
    """The task id of an answer key (`6.1.1.1[0][2]` → `6.1.1.1`)."""
    return _INDEX.sub("", key.lstrip("#"))


def key_indices(key: str) -> list[int]:
    return [int(i) for i in _INDEX.findall(key)]


def _suffix(indices: list[int]) -> str:
    return "".join(f"[{i}]" for i in indices)


def option_value(value: Any) -> str | None:
    """Option values as stored: booleans become "true"/"false"."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return None if value is None else str(value)


@dataclass
class Task:
    id: str
    data: dict[str, Any]
    parent: Task | None
    section: str
    children: list[Task] = field(default_factory=list)

    @property
    def kind(self) -> str:
        types = self.data.get("type") or []
        return types[0] if types else "task_group"

    @property
    def title(self) -> str:
        return str(self.data.get("task", ""))

    @property
    def answerable(self) -> bool:
        return self.kind in CHOICE_TYPES | MULTI_TYPES | set(TEXT_TYPES)

    @property
    def repeatable(self) -> bool:
        return self.data.get("repeatable") is True

    def dependency(self, kind: str) -> dict[str, Any] | None:
        for dep in self.data.get("dependencies") or []:
            if isinstance(dep, dict) and dep.get("type") == kind:
                return dep
        return None

    @property
    def options_source(self) -> str | None:
        dep = self.dependency("source_options")
        return str((dep.get("condition") or {}).get("id")) if dep else None

    @property
    def instances_source(self) -> str | None:
        dep = self.dependency("instance_mapping")
        return str((dep.get("source") or {}).get("id")) if dep else None

    @property
    def required(self) -> bool:
        return self.answerable and self.data.get("required_status") is not False

    def answered(self, answers: dict[str, Any], key: str | None = None) -> bool:
        """Whether the answer under `key` (an answer key of this task; its id when not
        repeated) counts as given: a saved multiple choice counts even with nothing chosen."""
        value = answers.get(self.id if key is None else key)
        if self.kind in MULTI_TYPES:
            return isinstance(value, list)
        return value not in (None, "")

    @property
    def options(self) -> list[tuple[str, str]]:
        result = []
        for option in self.data.get("options") or []:
            value = option_value(option.get("value"))
            if value is not None:
                result.append((value, str(option.get("label") or value)))
        return result


@dataclass
class Entry:
    """One task at one instance, as the form shows it: `id` is the answer key."""

    task: Task
    id: str
    options: list[tuple[str, str]]
    label: str = ""
    count: int | None = None  # set on the add/remove line of a repeatable task

    @property
    def kind(self) -> str:
        return "repeat_controls" if self.count is not None else self.task.kind

    @property
    def number(self) -> str:
        """The task's number as the document shows it (without instance indices)."""
        return self.task.id

    @property
    def title(self) -> str:
        return self.task.title

    @property
    def data(self) -> dict[str, Any]:
        return self.task.data

    @property
    def answerable(self) -> bool:
        return self.count is None and self.task.answerable

    @property
    def section(self) -> str:
        return self.task.section

    @property
    def required(self) -> bool:
        """A required question at this instance. A choice that takes its options from other
        answers (`source_options`) and has none yet offers nothing to choose: not required."""
        if not (self.answerable and self.task.required):
            return False
        return bool(self.options) or self.task.kind not in CHOICE_TYPES | MULTI_TYPES

    def answered(self, answers: dict[str, Any]) -> bool:
        return self.task.answered(answers, self.id)


def _base_functions(answers: dict[str, Any]) -> dict[str, Any]:
    def answer(task_id: Any) -> Any:
        return answers.get(str(task_id))

    def count_selected(task_id: Any) -> int:
        value = answers.get(str(task_id))
        return len(value) if isinstance(value, list) else 0

    def weighted(values: Any, keys: Any, weights: Any) -> float | int:
        if (
            not isinstance(values, list)
            or not isinstance(keys, list)
            or not isinstance(weights, list)
        ):
            return 0
        table = {
            k: (w if isinstance(w, int | float) else 0) for k, w in zip(keys, weights, strict=False)
        }
        return sum(table.get(v, 0) for v in values)

    return {
        "answers": answer,
        "bool": lambda value: value is True or value == "true",
        "countSelectedOptions": count_selected,
        "weightedCountMap": weighted,
        "criteriaCheck": lambda obj: isinstance(obj, dict) and any(v is True for v in obj.values()),
    }


_TRANSFORMS = {"count": lambda value: len(value) if isinstance(value, list) else 0}
_CHECK_FUNCTIONS = _base_functions({})


@dataclass
class Outcome:
    """Scores and the level per assessment (None when not needed)."""

    scores: dict[str, Any]
    assessments: list[dict[str, Any]]
    errors: list[str]

    def level(self, assessment_id: str) -> str | None:
        for item in self.assessments:
            if item["id"] == assessment_id:
                return item["level"]
        return None


def _compile(item: Any, env: Environment, place: str) -> Expression:
    try:
        return compile_expression(str(item["expression"]), env)
    except (ExpressionError, KeyError, TypeError) as exc:
        raise InstrumentError(f"expressie: {exc}", place=place) from exc


class Questionnaire:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.name = str(document.get("name") or "")
        self.urn = str(document.get("urn") or "")
        self.version = str(document.get("version") or "1")
        self.definitions = [
            d for d in document.get("definitions") or [] if isinstance(d, dict) and d.get("term")
        ]
        self.tasks: dict[str, Task] = {}
        self.sections: list[Task] = []
        self._calculations: list[tuple[Task, Expression, list[tuple[Expression, Any]]]] = []
        self._assessments: list[
            tuple[dict, list[tuple[dict, Expression, list[tuple[dict, Expression]]]]]
        ] = []
        self._check()

    # -- checking --------------------------------------------------------------------------
    def _check(self) -> None:
        if not isinstance(self.document.get("tasks"), list) or not self.document["tasks"]:
            raise InstrumentError("lijst 'tasks' ontbreekt of is leeg", place="tasks")
        if not re.fullmatch(r"urn:nl:[a-z]+", self.urn):
            raise InstrumentError("urn moet de vorm urn:nl:naam hebben", place="urn")
        for item in self.document["tasks"]:
            section = self._add(item, None, None)
            self.sections.append(section)
        self.order = {task_id: n for n, task_id in enumerate(self.tasks)}
        self.chains: dict[str, list[Task]] = {}
        for task in self.tasks.values():
            chain, node = [], task
            while node is not None:
                if node.repeatable:
                    chain.insert(0, node)
                node = node.parent
            self.chains[task.id] = chain
            self._check_task(task)
        self._check_dependency_chains()
        self._check_assessments()

    def _add(self, data: Any, parent: Task | None, section: str | None) -> Task:
        if not isinstance(data, dict) or not isinstance(data.get("id"), str | int):
            where = f"onder task {parent.id}" if parent else "tasks"
            raise InstrumentError("task zonder id", place=where)
        task_id = str(data["id"])
        if task_id in self.tasks:
            raise InstrumentError("id komt twee keer voor", place=f"task {task_id}")
        task = Task(task_id, data, parent, section or task_id)
        self.tasks[task_id] = task
        for child in data.get("tasks") or []:
            task.children.append(self._add(child, task, task.section))
        return task

    def _check_task(self, task: Task) -> None:
        place = f"task {task.id}"
        types = task.data.get("type")
        if not isinstance(types, list) or not types or types[0] not in KNOWN_TYPES:
            raise InstrumentError(f"onbekend type {types!r}", place=place)
        if task.kind in CHOICE_TYPES | MULTI_TYPES and not task.options:
            if task.options_source is None:
                raise InstrumentError("keuzevraag zonder opties", place=place)
        for source in (task.options_source, task.instances_source):
            if source is not None and source not in self.tasks:
                raise InstrumentError(f"verwijst naar onbekende task {source!r}", place=place)
        for number, dep in enumerate(task.data.get("dependencies") or [], start=1):
            if not isinstance(dep, dict) or dep.get("type") != "conditional":
                continue
            condition = dep.get("condition") or {}
            dep_place = f"{place}, dependency {number}"
            if condition.get("operator") not in _OPERATORS:
                raise InstrumentError(
                    f"operator {condition.get('operator')!r} wordt niet ondersteund",
                    place=dep_place,
                )
            if str(condition.get("id")) not in self.tasks:
                raise InstrumentError(
                    f"verwijst naar onbekende task {condition.get('id')!r}", place=dep_place
                )
        calculation = task.data.get("calculation")
        if isinstance(calculation, dict) and calculation.get("expression"):
            env = Environment(functions=_CHECK_FUNCTIONS, transforms=_TRANSFORMS)
            key = str(calculation.get("scoreKey") or "")
            rules = []
            try:
                expression = compile_expression(str(calculation["expression"]), env)
                for rule in calculation.get("riskScore") or []:
                    when_env = Environment(
                        variables={key: None}, functions=_CHECK_FUNCTIONS, transforms=_TRANSFORMS
                    )
                    rules.append(
                        (compile_expression(str(rule["when"]), when_env), rule.get("value"))
                    )
            except (ExpressionError, KeyError, TypeError) as exc:
                raise InstrumentError(f"berekening: {exc}", place=f"{place}, calculation") from exc
            self._calculations.append((task, expression, rules))

    def _check_assessments(self) -> None:
        scores_env = Environment(
            variables={"scores": {}, "criteria": {}},
            functions=_CHECK_FUNCTIONS,
            transforms=_TRANSFORMS,
        )
        for a_index, assessment in enumerate(self.document.get("assessments") or []):
            if not isinstance(assessment, dict) or not assessment.get("id"):
                raise InstrumentError("assessment zonder id", place=f"assessments[{a_index}]")
            levels = []
            for l_index, level in enumerate(assessment.get("levels") or []):
                place = f"assessment {assessment['id']}, level {l_index + 1}"
                if level.get("level") not in ("required", "recommended"):
                    raise InstrumentError("level moet required of recommended zijn", place=place)
                criteria = []
                for c_index, criterion in enumerate(level.get("criteria") or []):
                    c_id = criterion.get("id", c_index + 1) if isinstance(criterion, dict) else ""
                    criteria.append(
                        (criterion, _compile(criterion, scores_env, f"{place}, criterium {c_id}"))
                    )
                expression = _compile(level, scores_env, place)
                levels.append((level, expression, criteria))
            self._assessments.append((assessment, levels))

    def definitions_for(self, *texts: str) -> list[dict[str, str]]:
        """The glossary entries whose term occurs in one of the texts (case-insensitive)."""
        haystack = " ".join(texts).lower()
        return [d for d in self.definitions if d["term"].lower() in haystack]

    # -- answers -----------------------------------------------------------------------------
    def options_for(self, task: Task, answers: dict[str, Any]) -> list[tuple[str, str]]:
        """The task's options; for a `source_options` task the answers to its source task
        (every instance), in order, without repeats."""
        source = task.options_source
        if source is None:
            return task.options
        values: list[str] = []
        for key in self.slots(self.tasks[source], answers):
            value = answers.get(key)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str) and item.strip() and item not in values:
                    values.append(item)
        return [(v, v) for v in values]

    def clean(
        self, task_id: str, raw: Any, answers: dict[str, Any] | None = None
    ) -> str | list[str] | None:
        """The stored form of an answer, or `InstrumentError` naming the task. `task_id` is
        an answer key (with an index per repeatable task around it); `answers` supplies the
        options of a `source_options` task."""
        key = str(task_id)
        task = self.tasks.get(base_id(key))
        place = f"task {key}"
        if task is None or not task.answerable or key.startswith("#"):
            raise InstrumentError("geen vraag in deze vragenlijst", place=place)
        if len(key_indices(key)) != len(self.chains[task.id]) or base_id(key) + _suffix(
            key_indices(key)
        ) != key:
            raise InstrumentError("onbekende herhaling van deze vraag", place=place)
        if any(i >= MAX_INSTANCES for i in key_indices(key)):
            raise InstrumentError(f"meer dan {MAX_INSTANCES} herhalingen", place=place)
        allowed = {value for value, _label in self.options_for(task, answers or {})}
        if task.kind in MULTI_TYPES:
            values = raw if isinstance(raw, list) else ([] if raw in (None, "") else [raw])
            values = [str(v) for v in values]
            unknown = [v for v in values if v not in allowed]
            if unknown:
                raise InstrumentError(f"onbekende keuze {unknown[0][:60]!r}", place=place)
            return [value for value, _label in self.options_for(task, answers or {})
                    if value in values]
        if raw in (None, ""):
            return None
        if isinstance(raw, bool):
            raw = option_value(raw)
        if not isinstance(raw, str):
            raise InstrumentError("antwoord moet tekst zijn", place=place)
        if task.kind in CHOICE_TYPES:
            if raw not in allowed:
                raise InstrumentError(f"onbekende keuze {raw[:60]!r}", place=place)
            return raw
        limit = TEXT_TYPES.get(task.kind, 0)
        if len(raw) > limit:
            raise InstrumentError(f"antwoord is langer dan {limit} tekens", place=place)
        if task.kind == "date":
            try:
                dt.date.fromisoformat(raw)
            except ValueError as exc:
                raise InstrumentError("datum moet de vorm JJJJ-MM-DD hebben", place=place) from exc
        return raw

    # -- repeatable tasks --------------------------------------------------------------------
    def count_key(self, task: Task, indices: list[int]) -> str:
        """Where the number of instances of a repeatable task is stored."""
        return "#" + task.id + _suffix(indices)

    def instance_count(self, task: Task, indices: list[int], answers: dict[str, Any]) -> int:
        """Instances of a repeatable task inside the given instances of the ones around it:
        as many as its mapped source has, else as stored (one to begin with)."""
        source = task.instances_source
        if source is not None:
            return len(self.slots(self.tasks[source], answers))
        stored = answers.get(self.count_key(task, indices))
        if isinstance(stored, int) and not isinstance(stored, bool):
            return max(0, min(stored, MAX_INSTANCES))
        return 1

    def slots(self, task: Task, answers: dict[str, Any]) -> list[str]:
        """Every answer key of a task: one per combination of instances around it."""
        prefixes: list[list[int]] = [[]]
        for level in self.chains[task.id]:
            depth = len(self.chains[level.id]) - 1
            prefixes = [
                [*prefix, i]
                for prefix in prefixes
                for i in range(self.instance_count(level, prefix[:depth], answers))
            ]
        return [task.id + _suffix(prefix) for prefix in prefixes]

    def _label(self, task: Task, indices: list[int], answers: dict[str, Any]) -> str:
        number = indices[-1] if indices else 0
        template = task.data.get("instance_label_template")
        if isinstance(template, str):
            source = task.instances_source

            def fill(match: re.Match) -> str:
                ref = self.tasks.get(match.group(1))
                if ref is None:
                    return ""
                if source is not None and ref.id == source:
                    keys = self.slots(ref, answers)
                    value = answers.get(keys[number]) if number < len(keys) else None
                else:
                    depth = len(self.chains[ref.id])
                    value = answers.get(ref.id + _suffix(indices[:depth]))
                return str(value) if isinstance(value, str) and value else f"{number + 1}"

            return re.sub(r"\{([0-9.]+)\}", fill, template)
        return f"{task.data.get('item_name') or task.title} {number + 1}"

    def _source_key(self, source: Task, indices: list[int]) -> str:
        depth = len(self.chains[source.id])
        return source.id + _suffix(indices[:depth])

    # -- visibility --------------------------------------------------------------------------
    def visible(
        self,
        task: Task,
        answers: dict[str, Any],
        memo: dict[str, bool] | None = None,
        indices: list[int] | None = None,
    ) -> bool:
        """Shown when every condition of the task and its ancestors holds; a condition on a
        hidden task does not hold (its stale answer does not count). Inside repeated tasks a
        condition reads the answer of the same instance. Chains are checked for cycles and
        depth at load time, so the recursion is bounded."""
        memo = {} if memo is None else memo
        indices = indices or []
        key = task.id + _suffix(indices[: len(self.chains[task.id])])
        if key not in memo:
            memo[key] = False  # guards against a cycle slipping through
            node: Task | None = task
            shown = True
            while node is not None and shown:
                shown = self._conditions_met(node, answers, memo, indices)
                node = node.parent
            memo[key] = shown
        return memo[key]

    @staticmethod
    def _conditions(task: Task) -> list[dict[str, Any]]:
        return [
            dep.get("condition") or {}
            for dep in task.data.get("dependencies") or []
            if isinstance(dep, dict)
            and dep.get("type") == "conditional"
            and dep.get("action", "show") == "show"
        ]

    def _conditions_met(
        self, task: Task, answers: dict[str, Any], memo: dict[str, bool], indices: list[int]
    ) -> bool:
        for condition in self._conditions(task):
            operator = condition.get("operator")
            if operator == "any":
                continue
            source = self.tasks[str(condition.get("id"))]
            actual = (
                answers.get(self._source_key(source, indices))
                if self.visible(source, answers, memo, indices)
                else None
            )
            wanted = option_value(condition.get("value"))
            if isinstance(wanted, str) and len(wanted) > 1 and wanted[0] == wanted[-1] == "'":
                wanted = wanted[1:-1]  # the pre-scan quotes some values inside the YAML string
            if isinstance(actual, list):
                met = wanted in actual
            else:
                met = actual is not None and actual == wanted
            if not met:
                return False
        return True

    def _check_dependency_chains(self) -> None:
        """Refuse cyclic or very deep chains of conditions (depth-first, no recursion)."""

        def sources(task_id: str) -> list[str]:
            node: Task | None = self.tasks[task_id]
            result = []
            while node is not None:
                result += [str(c.get("id")) for c in self._conditions(node)]
                node = node.parent
            return result

        depth: dict[str, int] = {}
        for start in self.tasks:
            if start in depth:
                continue
            path: list[str] = [start]
            pending: list[list[str]] = [sources(start)]
            while path:
                if pending[-1]:
                    nxt = pending[-1].pop()
                    if nxt in path:
                        raise InstrumentError(
                            "afhankelijkheden vormen een kring", place=f"task {nxt}"
                        )
                    if nxt not in depth:
                        if len(path) >= MAX_CONDITION_DEPTH:
                            raise InstrumentError(
                                "keten van afhankelijkheden is te lang", place=f"task {nxt}"
                            )
                        path.append(nxt)
                        pending.append(sources(nxt))
                    continue
                done = path.pop()
                pending.pop()
                depth[done] = 1 + max((depth[s] for s in sources(done)), default=0)

    def visible_answers(self, answers: dict[str, Any]) -> dict[str, Any]:
        """Only the answers of tasks (and instances) that are shown, in document order."""
        memo: dict[str, bool] = {}
        shown = {}
        for key in answers:
            task = self.tasks.get(base_id(key))
            if key.startswith("#") or task is None or not task.answerable:
                continue
            indices = key_indices(key)
            if len(indices) != len(self.chains[task.id]):
                continue
            if all(
                i < self.instance_count(level, indices[:n], answers)
                for n, (level, i) in enumerate(zip(self.chains[task.id], indices, strict=True))
            ) and self.visible(task, answers, memo, indices):
                shown[key] = answers[key]
        return dict(
            sorted(shown.items(), key=lambda kv: (self.order[base_id(kv[0])], key_indices(kv[0])))
        )

    def questions(self, section: Task, answers: dict[str, Any]) -> list[Entry]:
        """The visible tasks of a section, depth first (groups and texts included), each
        repeatable task once per instance followed by its add/remove line."""
        result: list[Entry] = []
        memo: dict[str, bool] = {}

        def visit(task: Task, indices: list[int]) -> None:
            if task.repeatable:
                count = self.instance_count(task, indices, answers)
                for number in range(count):
                    inner = [*indices, number]
                    if not self.visible(task, answers, memo, inner):
                        continue
                    result.append(
                        Entry(task, task.id + _suffix(inner), self.options_for(task, answers),
                              label=self._label(task, inner, answers))
                    )
                    for child in task.children:
                        visit(child, inner)
                if task.instances_source is None and self.visible(task, answers, memo, indices):
                    result.append(
                        Entry(task, self.count_key(task, indices), [], count=count,
                              label=str(task.data.get("item_name") or task.title))
                    )
                return
            if not self.visible(task, answers, memo, indices):
                return
            result.append(Entry(task, task.id + _suffix(indices), self.options_for(task, answers)))
            for child in task.children:
                visit(child, indices)

        visit(section, [])
        return result

    def progress(self, answers: dict[str, Any]) -> tuple[int, int]:
        """(answered, shown) over every visible question, each instance of a repeated
        question counted on its own."""
        shown = [e for section in self.sections for e in self.questions(section, answers)
                 if e.answerable]
        return sum(1 for e in shown if e.answered(answers)), len(shown)

    def unanswered(self, answers: dict[str, Any], section: Task | None = None) -> list[Entry]:
        """The visible required questions without an answer (of one section or all), in
        document order, one entry per instance (its `id` is the answer key)."""
        sections = [section] if section is not None else self.sections
        return [
            e
            for s in sections
            for e in self.questions(s, answers)
            if e.required and not e.answered(answers)
        ]

    def section_number(self, task: Task | Entry) -> int:
        """The 1-based number of the section holding the task (or entry)."""
        return next(n for n, s in enumerate(self.sections, start=1) if s.id == task.section)

    def shown_sections(self, answers: dict[str, Any]) -> list[int]:
        """The numbers of the sections that have a visible question or text."""
        return [
            number
            for number, section in enumerate(self.sections, start=1)
            if len(self.questions(section, answers)) > 1 or
            (self.visible(section, answers) and not section.children)
        ]

    # -- rules -------------------------------------------------------------------------------
    def evaluate(self, answers: dict[str, Any]) -> Outcome:
        values = self.visible_answers(answers)
        functions = _base_functions(values)
        scores: dict[str, Any] = {}
        errors: list[str] = []
        env = Environment(functions=functions, transforms=_TRANSFORMS)
        for task, expression, rules in self._calculations:
            key = str(task.data["calculation"].get("scoreKey") or "")
            try:
                value = expression.evaluate(env)
                if not rules:
                    if key:
                        scores[key] = value
                    continue
                when_env = Environment(
                    variables={key: value}, functions=functions, transforms=_TRANSFORMS
                )
                for when, score in rules:
                    if truthy(when.evaluate(when_env)):
                        if key:
                            scores[key] = score
                        break
            except ExpressionError as exc:
                errors.append(f"task {task.id}: {exc}")
        results = []
        for assessment, levels in self._assessments:
            outcome = {
                "id": str(assessment["id"]),
                "level": None,
                "result": "",
                "explanation": "",
                "criteria": [],
            }
            for level, expression, criteria in levels:
                context = {"scores": scores}
                met = []
                for criterion, c_expression in criteria:
                    try:
                        if truthy(
                            c_expression.evaluate(
                                Environment(
                                    variables=context, functions=functions, transforms=_TRANSFORMS
                                )
                            )
                        ):
                            met.append(criterion)
                    except ExpressionError as exc:
                        errors.append(f"{assessment['id']}.{criterion.get('id')}: {exc}")
                level_env = Environment(
                    variables={**context, "criteria": {str(c["id"]): True for c in met}},
                    functions=functions,
                    transforms=_TRANSFORMS,
                )
                try:
                    holds = truthy(expression.evaluate(level_env))
                except ExpressionError as exc:
                    errors.append(f"{assessment['id']}: {exc}")
                    holds = False
                if holds:
                    outcome.update(
                        level=level["level"],
                        result=str(level.get("result", "")),
                        explanation=str(level.get("explanation", "")),
                        criteria=[
                            {"id": str(c["id"]), "explanation": str(c.get("explanation", ""))}
                            for c in met
                        ],
                    )
                    break
            results.append(outcome)
        return Outcome(scores=scores, assessments=results, errors=errors)

    # -- output ------------------------------------------------------------------------------
    def output(
        self,
        stored: dict[str, dict[str, Any]],
        *,
        created_by: str = "",
        completed_sections: list[str] | None = None,
        now: dt.datetime | None = None,
    ) -> dict[str, Any]:
        """The answers in the v2 output format (`assessment-output.v2.schema.json`).

        `stored` maps task id → {"value", "lastEditedAt", "lastEditedBy"}. Answers of hidden
        tasks and of tasks whose id the output format cannot express are left out."""
        now = now or dt.datetime.now(dt.UTC)
        values = {k: v.get("value") for k, v in stored.items()}
        visible = self.visible_answers(values)
        major, _dot, rest = self.version.partition(".")
        minor = (rest.split(".")[0] or "0") if rest else "0"
        metadata: dict[str, Any] = {
            "urn": f"{self.urn}:{major}.{minor}",
            "createdAt": now.isoformat().replace("+00:00", "Z"),
        }
        if created_by:
            metadata["createdBy"] = {"name": created_by}
        sections = [s for s in completed_sections or [] if re.fullmatch(r"[0-9]+", s)]
        if sections:
            metadata["completedTasks"] = sections
        answers: dict[str, Any] = {}
        groups: dict[str, dict[int, dict[str, Any]]] = {}
        for key in visible:
            entry = {
                "value": stored[key].get("value"),
                "lastEditedAt": stored[key].get("lastEditedAt") or metadata["createdAt"],
            }
            if stored[key].get("lastEditedBy"):
                entry["lastEditedBy"] = str(stored[key]["lastEditedBy"])
            indices = key_indices(key)
            if not indices:
                if _OUTPUT_KEY.match(key):
                    answers[key] = entry
                continue
            # repeated answers: grouped under the outermost repeatable task, one element per
            # instance; a deeper instance keeps its own index in the key (`6.1.1.1[2]`)
            child = base_id(key) + _suffix(indices[1:])
            if len(indices) > 2 or not _OUTPUT_KEY.match(child):
                continue
            outer = self.chains[base_id(key)][0].id
            groups.setdefault(outer, {}).setdefault(indices[0], {"_index": indices[0]})[
                child
            ] = entry
        for outer, elements in groups.items():
            if _OUTPUT_KEY.match(outer):
                answers[outer] = [elements[i] for i in sorted(elements)]
        return {"$schema": OUTPUT_SCHEMA_ID, "metadata": metadata, "answers": answers}


def parse_questionnaire(
    document: Any, *, source: str = "", schema: dict | None = None
) -> Questionnaire:
    from regie.instruments.documents import validate_schema

    if not isinstance(document, dict):
        raise InstrumentError("geen vragenlijst (verwacht een object met tasks)", source=source)
    try:
        if schema is not None:
            validate_schema(document, schema)
        return Questionnaire(document)
    except InstrumentError as exc:
        if not source:
            raise
        raise exc.in_file(source) from exc
