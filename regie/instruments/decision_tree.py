"""The decision-tree engine for the "Beslishulp AI-verordening" format.

A tree has `questions` (each with `answers` that carry `labels` and lead to a
`nextQuestionId`, a `nextConclusionId`, or conditional `redirects` whose `if` is an
expression over the labels collected so far) and `conclusions` (with an `obligation` and
`sources`). A run is just the list of (question id, answer index) steps: replaying them
gives the current question or conclusion and the labels, so a run can be resumed, undone
step by step, and checked against the tree at any time.
"""

from __future__ import annotations

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

__all__ = ["DecisionTree", "Position", "WalkReport", "parse_tree", "ai_act_profile", "SCHEMA_NAMES"]

SCHEMA_NAMES = ("schema_decision_tree.json",)
MAX_STEPS = 200
MAX_WALK_PATHS = 200_000
_LABEL_ENV = Environment(variables={"labels": []})


@dataclass(frozen=True)
class Target:
    kind: str  # "question" | "conclusion"
    id: str


@dataclass
class Position:
    """Where a run stands after replaying its steps."""

    question: dict[str, Any] | None
    conclusion: dict[str, Any] | None
    labels: list[str]
    history: list[tuple[dict[str, Any], dict[str, Any]]]  # (question, chosen answer)

    @property
    def finished(self) -> bool:
        return self.conclusion is not None


@dataclass
class WalkReport:
    """The outcome of walking every answer path through a tree."""

    paths: int = 0
    questions: set[str] = field(default_factory=set)
    conclusions: set[str] = field(default_factory=set)
    dead_ends: list[str] = field(default_factory=list)
    longest: int = 0


def _place(
    question_id: str,
    answer_index: int | None = None,
    answer: dict | None = None,
    redirect: int | None = None,
) -> str:
    place = f"vraag {question_id}"
    if answer_index is not None:
        place += f", antwoord {answer_index + 1}"
        if answer and isinstance(answer.get("answer"), str):
            place += f" ({answer['answer'][:40]!r})"
    if redirect is not None:
        place += f", redirect {redirect + 1}"
    return place


class DecisionTree:
    """A checked tree: ids unique, every reference resolvable, every `if` parsed."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.name = str(document.get("name") or "")
        self.version = str(document.get("version") or "")
        self.questions: dict[str, dict[str, Any]] = {}
        self.conclusions: dict[str, dict[str, Any]] = {}
        self._conditions: dict[tuple[str, int, int], Expression] = {}
        self._check()
        definitions = document.get("definitions") or []
        if not isinstance(definitions, list) or not all(
            isinstance(d, dict)
            and isinstance(d.get("term"), str)
            and isinstance(d.get("definition"), str)
            for d in definitions
        ):
            raise InstrumentError(
                "definities moeten term en definition hebben", place="definitions"
            )
        self.definitions: list[dict[str, str]] = definitions
        # The official grouping (categories.yaml): category and subcategory per question. It
        # names some questions by their parent ("1.4" for 1.4.1 and 1.4.2, "2" for 2.0-2.6),
        # so a question takes the entry of its nearest listed ancestor.
        listed = {
            str(c.get("questionId")): c
            for c in document.get("categories") or []
            if isinstance(c, dict) and c.get("questionId") is not None
        }
        self.categories: dict[str, dict[str, str]] = {}
        for question_id in self.questions:
            key = question_id
            while key not in listed and "." in key:
                key = key.rsplit(".", 1)[0]
            if key in listed:
                self.categories[question_id] = listed[key]

    def category_names(self) -> list[str]:
        """The categories in the official order, each once (the stepper of the tool)."""
        names: list[str] = []
        for item in sorted(self.categories.values(), key=lambda c: _natural(c["questionId"])):
            if item.get("category") and item["category"] not in names:
                names.append(item["category"])
        return names

    # -- checking ------------------------------------------------------------------------
    def _check(self) -> None:
        doc = self.document
        for key in ("questions", "conclusions"):
            if not isinstance(doc.get(key), list) or not doc[key]:
                raise InstrumentError(f"lijst '{key}' ontbreekt of is leeg", place=key)
        for index, conclusion in enumerate(doc["conclusions"]):
            if not isinstance(conclusion, dict) or not isinstance(
                conclusion.get("conclusionId"), str
            ):
                raise InstrumentError("conclusionId ontbreekt", place=f"conclusies[{index}]")
            cid = conclusion["conclusionId"]
            for key in ("conclusion", "obligation"):
                if not isinstance(conclusion.get(key), str):
                    raise InstrumentError(f"'{key}' ontbreekt", place=f"conclusie {cid}")
            if cid in self.conclusions:
                raise InstrumentError("conclusionId komt twee keer voor", place=f"conclusie {cid}")
            self.conclusions[cid] = conclusion
        for index, question in enumerate(doc["questions"]):
            if not isinstance(question, dict) or not isinstance(question.get("questionId"), str):
                raise InstrumentError("questionId ontbreekt", place=f"vragen[{index}]")
            qid = question["questionId"]
            if qid in self.questions:
                raise InstrumentError("questionId komt twee keer voor", place=f"vraag {qid}")
            if not isinstance(question.get("question"), str):
                raise InstrumentError("vraagtekst ontbreekt", place=f"vraag {qid}")
            answers = question.get("answers")
            if not isinstance(answers, list) or not answers:
                raise InstrumentError("antwoorden ontbreken", place=f"vraag {qid}")
            self.questions[qid] = question
        for qid, question in self.questions.items():
            for a_index, answer in enumerate(question["answers"]):
                self._check_answer(qid, a_index, answer)

    def _check_target(self, item: dict[str, Any], place: str) -> None:
        targets = [k for k in ("nextQuestionId", "nextConclusionId") if k in item]
        if len(targets) != 1:
            raise InstrumentError(
                "precies één van nextQuestionId en nextConclusionId vereist", place=place
            )
        key = targets[0]
        known = self.questions if key == "nextQuestionId" else self.conclusions
        if str(item[key]) not in known:
            kind = "vraag" if key == "nextQuestionId" else "conclusie"
            raise InstrumentError(f"verwijst naar onbekende {kind} {item[key]!r}", place=place)

    def _check_answer(self, qid: str, a_index: int, answer: Any) -> None:
        place = _place(qid, a_index, answer if isinstance(answer, dict) else None)
        if not isinstance(answer, dict) or not isinstance(answer.get("answer"), str):
            raise InstrumentError("antwoordtekst ontbreekt", place=place)
        labels = answer.get("labels", [])
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            raise InstrumentError("labels moeten een lijst met teksten zijn", place=place)
        redirects = answer.get("redirects")
        if redirects is None:
            self._check_target(answer, place)
            return
        if "nextQuestionId" in answer or "nextConclusionId" in answer:
            raise InstrumentError("redirects én een vast vervolg: kies één", place=place)
        if not isinstance(redirects, list) or not redirects:
            raise InstrumentError("redirects moet een niet-lege lijst zijn", place=place)
        for r_index, redirect in enumerate(redirects):
            r_place = _place(qid, a_index, answer, r_index)
            if not isinstance(redirect, dict) or not isinstance(redirect.get("if"), str):
                raise InstrumentError("voorwaarde 'if' ontbreekt", place=r_place)
            self._check_target(redirect, r_place)
            try:
                self._conditions[(qid, a_index, r_index)] = compile_expression(
                    redirect["if"], _LABEL_ENV
                )
            except ExpressionError as exc:
                raise InstrumentError(f"voorwaarde: {exc}", place=r_place) from exc

    # -- running ---------------------------------------------------------------------------
    @property
    def first_question_id(self) -> str:
        return self.document["questions"][0]["questionId"]

    def next_target(self, question_id: str, answer_index: int, labels: list[str]) -> Target:
        answer = self.questions[question_id]["answers"][answer_index]
        if "redirects" not in answer:
            if "nextQuestionId" in answer:
                return Target("question", str(answer["nextQuestionId"]))
            return Target("conclusion", str(answer["nextConclusionId"]))
        env = Environment(variables={"labels": labels})
        for r_index, redirect in enumerate(answer["redirects"]):
            if truthy(self._conditions[(question_id, answer_index, r_index)].evaluate(env)):
                if "nextQuestionId" in redirect:
                    return Target("question", str(redirect["nextQuestionId"]))
                return Target("conclusion", str(redirect["nextConclusionId"]))
        raise InstrumentError(
            f"geen enkele redirect past bij de labels {sorted(labels)}",
            place=_place(question_id, answer_index, answer),
        )

    def replay(self, steps: list[list[Any]] | list[tuple[str, int]]) -> Position:
        """Follow the steps from the first question; refuses steps that do not fit."""
        labels: list[str] = []
        history: list[tuple[dict[str, Any], dict[str, Any]]] = []
        target = Target("question", self.first_question_id)
        if len(steps) > MAX_STEPS:
            raise InstrumentError(f"meer dan {MAX_STEPS} stappen")
        for number, step in enumerate(steps, start=1):
            if target.kind != "question":
                raise InstrumentError("de beslishulp is al afgerond", place=f"stap {number}")
            question_id, answer_index = str(step[0]), step[1]
            question = self.questions[target.id]
            if (
                question_id != target.id
                or not isinstance(answer_index, int)
                or not 0 <= answer_index < len(question["answers"])
            ):
                raise InstrumentError(
                    "antwoord past niet bij de huidige vraag",
                    place=f"stap {number} (vraag {target.id})",
                )
            answer = question["answers"][answer_index]
            for label in answer.get("labels", []):
                if label not in labels:
                    labels.append(label)
            history.append((question, answer))
            target = self.next_target(question_id, answer_index, labels)
        if target.kind == "question":
            return Position(self.questions[target.id], None, labels, history)
        return Position(None, self.conclusions[target.id], labels, history)

    def check_paths(self) -> WalkReport:
        """Walk every path and refuse dead ends and unreachable questions or conclusions."""
        report = self.walk()
        if report.dead_ends:
            place, _sep, problem = report.dead_ends[0].partition(": ")
            raise InstrumentError(f"doodlopend pad: {problem}", place=place)
        for kind, known, reached in (
            ("vraag", self.questions, report.questions),
            ("conclusie", self.conclusions, report.conclusions),
        ):
            missing = [item for item in known if item not in reached]
            if missing:
                raise InstrumentError(
                    "door geen enkel antwoordpad bereikbaar", place=f"{kind} {missing[0]}"
                )
        return report

    def definitions_for(self, *texts: str) -> list[dict[str, str]]:
        """The definitions whose term occurs in one of the texts (case-insensitive)."""
        haystack = " ".join(texts).lower()
        return [d for d in self.definitions if d["term"].lower() in haystack]

    def walk(self, *, max_paths: int = MAX_WALK_PATHS) -> WalkReport:
        """Follow every answer path from the first question (depth first, no recursion);
        refuses trees with more than `max_paths` paths, so a hostile file cannot stall it."""
        report = WalkReport()
        stack: list[tuple[str, tuple[str, ...], int]] = [(self.first_question_id, (), 0)]
        while stack:
            if report.paths > max_paths:
                raise InstrumentError(f"meer dan {max_paths} antwoordpaden", place="questions")
            question_id, labels, depth = stack.pop()
            report.questions.add(question_id)
            if depth > MAX_STEPS:
                report.dead_ends.append(f"{_place(question_id)}: kringloop")
                continue
            for a_index, answer in enumerate(self.questions[question_id]["answers"]):
                new_labels = labels + tuple(x for x in answer.get("labels", []) if x not in labels)
                try:
                    target = self.next_target(question_id, a_index, list(new_labels))
                except InstrumentError as exc:
                    report.dead_ends.append(f"{exc.place}: {exc.problem}")
                    report.paths += 1
                    continue
                if target.kind == "conclusion":
                    report.paths += 1
                    report.conclusions.add(target.id)
                    report.longest = max(report.longest, depth + 1)
                else:
                    stack.append((target.id, new_labels, depth + 1))
        return report


def _natural(question_id: str) -> list[int]:
    return [int(part) if part.isdigit() else 0 for part in str(question_id).split(".")]


def parse_tree(document: Any, *, source: str = "", schema: dict | None = None) -> DecisionTree:
    """Check a decision-tree document (and, when given, its JSON Schema)."""
    from regie.instruments.documents import validate_schema

    if not isinstance(document, dict):
        raise InstrumentError("geen beslisboom (verwacht een object met questions)", source=source)
    try:
        if schema is not None:
            validate_schema(document, schema, place_of=lambda path: _schema_place(document, path))
        return DecisionTree(document)
    except InstrumentError as exc:
        if not source:
            raise
        raise exc.in_file(source) from exc


def _schema_place(document: dict[str, Any], path: list[Any]) -> str:
    if len(path) >= 2 and path[0] in ("questions", "conclusions") and isinstance(path[1], int):
        try:
            item = document[path[0]][path[1]]
        except (IndexError, KeyError, TypeError):
            item = {}
        key = "questionId" if path[0] == "questions" else "conclusionId"
        ident = item.get(key, f"#{path[1] + 1}") if isinstance(item, dict) else f"#{path[1] + 1}"
        head = f"{'vraag' if path[0] == 'questions' else 'conclusie'} {ident}"
        rest = "/".join(str(p) for p in path[2:])
        return f"{head} ({rest})" if rest else head
    return "/".join(str(p) for p in path)


# --- the AI-Act profile of a finished run ---------------------------------------------------

_ROLE_LABELS = {
    "aanbieder": "provider",
    "gebruiksverantwoordelijke": "deployer",
    "importeur": "importer",
    "distributeur": "distributor",
}
_TYPE_LABELS = (
    "AI-systeem",
    "AI-systeem voor algemene doeleinden",
    "AI-model voor algemene doeleinden",
)


def ai_act_profile(labels: list[str]) -> dict[str, Any]:
    """Map a run's labels onto the register's AI-Act vocabulary.

    The risk class is the strictest label the run collected: prohibited (art. 5), high risk
    (art. 6, Annex I/III), transparency duty (art. 50), otherwise minimal. A run that ends
    outside the Act (no algorithm, no AI system, an exception) is `minimal` with
    `applies: False`, since the Act then imposes no duties of its own."""
    present = set(labels)
    applies = (
        bool(present.intersection(_TYPE_LABELS)) and "uitzondering van toepassing" not in present
    )
    if "verboden AI" in present:
        risk = "prohibited"
    elif "hoog-risico AI" in present:
        risk = "high"
    elif "transparantieverplichting" in present:
        risk = "transparency"
    else:
        risk = "minimal"
    roles = sorted({_ROLE_LABELS[x] for x in present if x in _ROLE_LABELS})
    gpai = bool(present.intersection(_TYPE_LABELS[1:]))
    return {"risk": risk, "roles": roles, "gpai": gpai, "applies": applies, "labels": list(labels)}
