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

Every visible question must be answered before a run is complete, unless the definition
marks it `required_status: false`. A multiple-choice question counts as answered once it has
been saved, even with nothing chosen ("none of these" is an answer).
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
    def required(self) -> bool:
        return self.answerable and self.data.get("required_status") is not False

    def answered(self, answers: dict[str, Any]) -> bool:
        value = answers.get(self.id)
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
        for task in self.tasks.values():
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
            raise InstrumentError("keuzevraag zonder opties", place=place)
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

    # -- answers -----------------------------------------------------------------------------
    def clean(self, task_id: str, raw: Any) -> str | list[str] | None:
        """The stored form of an answer, or `InstrumentError` naming the task."""
        task = self.tasks.get(str(task_id))
        place = f"task {task_id}"
        if task is None or not task.answerable:
            raise InstrumentError("geen vraag in deze vragenlijst", place=place)
        allowed = {value for value, _label in task.options}
        if task.kind in MULTI_TYPES:
            values = raw if isinstance(raw, list) else ([] if raw in (None, "") else [raw])
            values = [str(v) for v in values]
            unknown = [v for v in values if v not in allowed]
            if unknown:
                raise InstrumentError(f"onbekende keuze {unknown[0][:60]!r}", place=place)
            return [value for value, _label in task.options if value in values]
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

    def visible(
        self, task: Task, answers: dict[str, Any], memo: dict[str, bool] | None = None
    ) -> bool:
        """Shown when every condition of the task and its ancestors holds; a condition on a
        hidden task does not hold (its stale answer does not count). Chains are checked for
        cycles and depth at load time, so the recursion is bounded."""
        memo = {} if memo is None else memo
        if task.id not in memo:
            memo[task.id] = False  # guards against a cycle slipping through
            node: Task | None = task
            shown = True
            while node is not None and shown:
                shown = self._conditions_met(node, answers, memo)
                node = node.parent
            memo[task.id] = shown
        return memo[task.id]

    @staticmethod
    def _conditions(task: Task) -> list[dict[str, Any]]:
        return [
            dep.get("condition") or {}
            for dep in task.data.get("dependencies") or []
            if isinstance(dep, dict)
            and dep.get("type") == "conditional"
            and dep.get("action", "show") == "show"
        ]

    def _conditions_met(self, task: Task, answers: dict[str, Any], memo: dict[str, bool]) -> bool:
        for condition in self._conditions(task):
            operator = condition.get("operator")
            if operator == "any":
                continue
            source = self.tasks[str(condition.get("id"))]
            actual = answers.get(source.id) if self.visible(source, answers, memo) else None
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
        """Only the answers of tasks that are shown, in document order."""
        memo: dict[str, bool] = {}
        return {
            task_id: answers[task_id]
            for task_id, task in self.tasks.items()
            if task_id in answers and task.answerable and self.visible(task, answers, memo)
        }

    def questions(self, section: Task, answers: dict[str, Any]) -> list[Task]:
        """The visible tasks of a section, depth first (groups and texts included)."""
        result: list[Task] = []
        stack = [section]
        memo: dict[str, bool] = {}
        while stack:
            task = stack.pop()
            if not self.visible(task, answers, memo):
                continue
            result.append(task)
            stack.extend(reversed(task.children))
        return result

    def progress(self, answers: dict[str, Any]) -> tuple[int, int]:
        memo: dict[str, bool] = {}
        shown = [t for t in self.tasks.values() if t.answerable and self.visible(t, answers, memo)]
        return sum(1 for t in shown if t.answered(answers)), len(shown)

    def unanswered(self, answers: dict[str, Any], section: Task | None = None) -> list[Task]:
        """The visible required questions without an answer (of one section or all), in
        document order."""
        memo: dict[str, bool] = {}
        tasks = self.questions(section, answers) if section else self.tasks.values()
        return [
            t
            for t in tasks
            if t.required and not t.answered(answers) and self.visible(t, answers, memo)
        ]

    def section_number(self, task: Task) -> int:
        """The 1-based number of the section holding the task."""
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
        answers = {}
        for task_id in visible:
            if not _OUTPUT_KEY.match(task_id):
                continue
            entry = {
                "value": stored[task_id].get("value"),
                "lastEditedAt": stored[task_id].get("lastEditedAt") or metadata["createdAt"],
            }
            if stored[task_id].get("lastEditedBy"):
                entry["lastEditedBy"] = str(stored[task_id]["lastEditedBy"])
            answers[task_id] = entry
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
