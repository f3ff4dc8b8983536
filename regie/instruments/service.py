"""The instruments' public face for other apps, the views and the command line.

- Official files: `fetch_official(base_url, actor=...)` fetches the official tree, pre-scan
  and IAMA (see `official`) and loads them; `load_official(folder, ...)` loads them from a
  local copy.
- Loading: `load_instrument(path, actor=...)` reads a decision tree, a questionnaire or an
  Algoritmekader catalogue (folder or archive), validates it completely (against the JSON
  Schema beside it when there is one) and stores it as a new version; the same file twice
  is skipped. Regie's own defaults are stored the same way (`ensure_builtin_instruments`).
- Running: an application has at most one run per instrument key (`AI_ACT`, or a
  questionnaire's urn). Finishing a run writes its result into the register through
  `regie.register.service.save_application`, so the policy engine reads it from the usual
  fields and the change is audited: the AI-Act tree sets `ai_act_risk`, `ai_act_gpai` and the
  AI-Act roles; the pre-scan sets whether a DPIA and an IAMA are needed; the intake fills the
  risk-analysis answers and experts.
- Catalogue: `applicable_requirements(application)` and `record_measure_work(...)`.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import ngettext

from regie.audit.service import Actor, record_event
from regie.instruments import catalogue as cat
from regie.instruments import official
from regie.instruments.cards import card_to_questionnaire, is_card
from regie.instruments.decision_tree import SCHEMA_NAMES as TREE_SCHEMAS
from regie.instruments.decision_tree import DecisionTree, Position, ai_act_profile, parse_tree
from regie.instruments.documents import read_document, schema_beside
from regie.instruments.errors import InstrumentError
from regie.instruments.models import (
    InstrumentKind,
    InstrumentRun,
    InstrumentVersion,
    Measure,
    MeasureStatus,
    MeasureWork,
    Requirement,
    RunStatus,
)
from regie.instruments.questionnaire import (
    MAX_INSTANCES,
    Entry,
    Outcome,
    Questionnaire,
    base_id,
    key_indices,
    parse_questionnaire,
)
from regie.instruments.questionnaire import SCHEMA_NAMES as FORM_SCHEMAS
from regie.instruments.reports import accept_report, run_reopened, upload_report, withdraw_report
from regie.instruments.signals import official_file_changed
from regie.register.models import Application, User
from regie.register.service import save_application

__all__ = [
    "accept_report",
    "upload_report",
    "withdraw_report",
    "AI_ACT",
    "PRESCAN",
    "IAMA",
    "DPIA",
    "resize_repeat",
    "INTAKE",
    "CATALOGUE",
    "InstrumentError",
    "load_instrument",
    "prepare_instrument",
    "PreparedInstrument",
    "official_version",
    "official_file_changed",
    "rebase_run",
    "ensure_builtin_instruments",
    "load_official",
    "fetch_official",
    "current_version",
    "available_keys",
    "tree_for",
    "questionnaire_for",
    "get_run",
    "start_run",
    "tree_position",
    "answer_tree",
    "undo_tree",
    "save_answers",
    "complete_questionnaire",
    "unanswered_questions",
    "questionnaire_outcome",
    "ai_act_profile_for",
    "instrument_results",
    "applicable_requirements",
    "record_measure_work",
]

AI_ACT = "ai_act"
PRESCAN = "urn:nl:prescan"
IAMA = "urn:nl:iama"
DPIA = "urn:nl:dpia"
INTAKE = "urn:nl:regierisicoanalyse"
CATALOGUE = "algoritmekader"
DATA = Path(__file__).resolve().parent / "data"
BUILTIN = [
    DATA / "ai_act_generative.yaml",
    DATA / "regie_intake.yaml",
    DATA / "regie_prescan.yaml",
    DATA / "regie_iama.yaml",
]


# --- loading ------------------------------------------------------------------------------


def _store(
    kind: str,
    key: str,
    name: str,
    version: str,
    source: str,
    sha: str,
    content: dict[str, Any],
    *,
    actor: Actor,
    builtin: bool = False,
) -> tuple[InstrumentVersion, bool]:
    existing = InstrumentVersion.objects.filter(key=key, sha256=sha).first()
    if existing is not None:
        return existing, False
    previous = None if builtin else official_version(key)
    try:
        with transaction.atomic():
            item = _create_version(
                kind, key, name, version, source, sha, content, actor=actor, builtin=builtin
            )
    except IntegrityError:  # another worker stored the same file a moment ago
        return InstrumentVersion.objects.get(key=key, sha256=sha), False
    if previous is not None:
        # An official file whose content changed: listeners compare, re-evaluate, notify.
        official_file_changed.send(
            sender=InstrumentVersion, previous=previous, version=item, actor=actor
        )
    return item, True


def official_version(key: str) -> InstrumentVersion | None:
    """The newest loaded official (not built-in) version of an instrument."""
    return InstrumentVersion.objects.filter(key=key, builtin=False).first()


def _create_version(
    kind: str,
    key: str,
    name: str,
    version: str,
    source: str,
    sha: str,
    content: dict[str, Any],
    *,
    actor: Actor,
    builtin: bool,
) -> InstrumentVersion:
    item = InstrumentVersion.objects.create(
        kind=kind,
        key=key,
        name=name[:300],
        version=version[:40],
        source=source[-500:],
        sha256=sha,
        content=content,
        builtin=builtin,
        loaded_by=actor.label[:200],
    )
    record_event(
        "instrument_loaded",
        actor=actor,
        obj=item,
        data={"key": key, "version": version, "sha256": sha, "source": source},
    )
    return item


def load_instrument(
    path: Path | str, *, actor: Actor, builtin: bool = False, origin: str = ""
) -> tuple[InstrumentVersion, bool]:
    """Validate and store one instrument; returns (version, created). Raises
    `InstrumentError` naming the file (or `origin`, the address it came from), the place
    and the problem; nothing is stored then."""
    path = Path(path)
    source = origin or str(path)
    if cat.is_catalogue_path(path):
        catalogue = cat.read_catalogue(path)
        with transaction.atomic():
            if InstrumentVersion.objects.filter(key=CATALOGUE, sha256=catalogue.sha256).exists():
                return InstrumentVersion.objects.get(key=CATALOGUE, sha256=catalogue.sha256), False
            counts = cat.store_catalogue(catalogue) | {"warnings": catalogue.warnings}
            return _store(
                InstrumentKind.CATALOGUE,
                CATALOGUE,
                "Algoritmekader",
                "",
                source,
                catalogue.sha256,
                counts,
                actor=actor,
            )
    prepared = prepare_instrument(path, origin=origin)
    return _store(
        prepared.kind,
        prepared.key,
        prepared.name,
        prepared.version,
        source,
        prepared.sha256,
        prepared.document,
        actor=actor,
        builtin=builtin,
    )


@dataclass(frozen=True)
class PreparedInstrument:
    """A decision tree or questionnaire read and checked completely, not yet stored."""

    kind: str
    key: str
    name: str
    version: str
    sha256: str
    document: dict[str, Any]


def prepare_instrument(path: Path | str, *, origin: str = "") -> PreparedInstrument:
    """Read and check a decision tree or questionnaire (with the glossary and categories
    published beside a tree); its hash is over the content, so the same content from another
    place or with another version number is recognised. Raises `InstrumentError` naming the
    file (or `origin`, the address it came from)."""
    path = Path(path)
    source = origin or str(path)
    document = read_document(path)
    if is_card(document):
        document = card_to_questionnaire(document)
    if _is_tree(document):
        document.setdefault("definitions", _definitions_beside(path))
        document.setdefault("categories", _categories_beside(path))
    sha = hashlib.sha256(
        json.dumps(document, sort_keys=True, ensure_ascii=False, default=str).encode()
    ).hexdigest()
    if _is_tree(document):
        tree = parse_tree(document, source=source, schema=schema_beside(path, TREE_SCHEMAS))
        try:
            tree.check_paths()
        except InstrumentError as exc:
            raise exc.in_file(source) from exc
        return PreparedInstrument(
            InstrumentKind.DECISION_TREE, AI_ACT, tree.name, tree.version, sha, document
        )
    if isinstance(document, dict) and "tasks" in document:
        form = parse_questionnaire(
            document, source=source, schema=schema_beside(path, FORM_SCHEMAS)
        )
        glossary = _glossary_beside(path, form.urn)
        if glossary and "definitions" not in document:
            document["definitions"] = glossary
            sha = hashlib.sha256(
                json.dumps(document, sort_keys=True, ensure_ascii=False, default=str).encode()
            ).hexdigest()
        return PreparedInstrument(
            InstrumentKind.QUESTIONNAIRE, form.urn, form.name, form.version, sha, document
        )
    raise InstrumentError(
        "onbekend formaat: geen beslisboom (questions/conclusions), "
        "vragenlijst (tasks) of Algoritmekader",
        source=source,
    )


_BUILTIN_KEYS: dict[Path, tuple[str, str]] = {}


def _is_tree(document: Any) -> bool:
    return isinstance(document, dict) and "questions" in document and "conclusions" in document


def _definitions_beside(path: Path) -> list[dict[str, str]]:
    """The glossary published beside a tree (`definitions.yaml`), when there is one."""
    beside = path.parent / "definitions.yaml"
    if not beside.is_file():
        return []
    data = read_document(beside)
    items = data.get("definitions") if isinstance(data, dict) else None
    return [
        {"term": str(d["term"]), "definition": str(d["definition"])}
        for d in items or []
        if isinstance(d, dict) and "term" in d and "definition" in d
    ]


def _glossary_beside(path: Path, urn: str) -> list[dict[str, str]]:
    """The official glossary (`begrippenkader_*.yaml`) published beside a questionnaire:
    the one whose urn names this questionnaire (`urn:nl:dpia`, `urn:nl:prescan`,
    `urn:nl:iama`). Its `[links]` between terms are shown as plain text."""
    code = urn.rsplit(":", 1)[-1]
    candidates = sorted(
        path.parent.glob("begrippenkader_*.yaml"), key=lambda p: p.stem != f"begrippenkader_{code}"
    )
    for beside in candidates:
        data = read_document(beside)
        names_it = beside.stem == f"begrippenkader_{code}" or code in str(
            data.get("urn", "") if isinstance(data, dict) else ""
        ).replace("-", "")
        if not isinstance(data, dict) or not names_it:
            continue
        return [
            {
                "term": str(d["term"]),
                "definition": str(d["definition"]).replace("[", "").replace("]", ""),
            }
            for d in data.get("definitions") or []
            if isinstance(d, dict) and d.get("term") and d.get("definition")
        ]
    return []


def _categories_beside(path: Path) -> list[dict[str, str]]:
    """The official grouping of the tree's questions (`categories.yaml`), when published
    beside it: category and subcategory per question id."""
    beside = path.parent / "categories.yaml"
    if not beside.is_file():
        return []
    data = read_document(beside)
    items = data if isinstance(data, list) else []
    return [
        {
            "questionId": str(item["questionId"]),
            "category": str(item.get("category") or ""),
            "subcategory": str(item.get("subcategory") or ""),
        }
        for item in items
        if isinstance(item, dict) and "questionId" in item
    ]


def ensure_builtin_instruments() -> None:
    """Store Regie's own default instruments (once per file content): the AI-Act tree, the
    intake, a DPIA pre-scan and an IAMA, so a fresh installation can run them all."""
    for path in BUILTIN:
        known = _BUILTIN_KEYS.get(path)
        if known and InstrumentVersion.objects.filter(key=known[0], sha256=known[1]).exists():
            continue
        version, _created = load_instrument(
            path, actor=Actor(via="system", name="regie"), builtin=True
        )
        _BUILTIN_KEYS[path] = (version.key, version.sha256)


def load_official(
    folder: Path, *, actor: Actor, origins: dict[str, str] | None = None
) -> list[tuple[InstrumentVersion, bool]]:
    """Load the official instruments found in `folder` (laid out as `official.OFFICIAL_FILES`
    says), all or none; `origins` maps a file's place to the address it came from."""
    loaded = []
    with transaction.atomic():
        for item in official.OFFICIAL_FILES:
            path = folder / item.path
            if item.instrument and path.is_file():
                origin = (origins or {}).get(item.path, "")
                loaded.append(load_instrument(path, actor=actor, origin=origin))
    return loaded


def fetch_official(base_url: str = "", *, actor: Actor) -> list[tuple[InstrumentVersion, bool]]:
    """Fetch the official instruments (from `base_url`, else `settings.INSTRUMENT_URL`, else
    the official repositories) and load them. Raises `InstrumentError` naming the address;
    nothing is loaded then."""
    base_url = base_url or settings.INSTRUMENT_URL
    with tempfile.TemporaryDirectory(prefix="regie-instruments-") as folder:
        origins = official.download_all(base_url, Path(folder))
        loaded = load_official(Path(folder), actor=actor, origins=origins)
    record_event(
        "official_instruments_fetched",
        actor=actor,
        data={
            "base_url": base_url or "official repositories",
            "loaded": [v.key for v, created in loaded if created],
        },
    )
    return loaded


def current_version(key: str) -> InstrumentVersion | None:
    """The newest loaded version; an official (loaded) file wins over Regie's default."""
    ensure_builtin_instruments()
    versions = InstrumentVersion.objects.filter(key=key)
    return versions.filter(builtin=False).first() or versions.first()


def available_keys() -> list[InstrumentVersion]:
    """The current version of every runnable instrument (not the catalogue)."""
    ensure_builtin_instruments()
    keys = (
        InstrumentVersion.objects.exclude(kind=InstrumentKind.CATALOGUE)
        .values_list("key", flat=True)
        .distinct()
    )
    order = {AI_ACT: 0, INTAKE: 1, PRESCAN: 2, DPIA: 3, IAMA: 4}
    return sorted(
        (current_version(k) for k in set(keys)), key=lambda v: (order.get(v.key, 9), v.key)
    )


# Parsed definitions per process, keyed by content hash (a primary key alone could be reused
# after a database reset).
_TREES: dict[str, DecisionTree] = {}
_FORMS: dict[str, Questionnaire] = {}


def tree_for(version: InstrumentVersion) -> DecisionTree:
    if version.sha256 not in _TREES:
        _TREES[version.sha256] = DecisionTree(version.content)
    return _TREES[version.sha256]


def questionnaire_for(version: InstrumentVersion) -> Questionnaire:
    if version.sha256 not in _FORMS:
        _FORMS[version.sha256] = Questionnaire(version.content)
    return _FORMS[version.sha256]


# --- runs ---------------------------------------------------------------------------------


def get_run(application: Application, key: str) -> InstrumentRun | None:
    return (
        InstrumentRun.objects.select_related("instrument")
        .filter(application=application, key=key)
        .first()
    )


def start_run(
    application: Application, key: str, *, actor: Actor, restart: bool = False
) -> InstrumentRun:
    """The application's run of this instrument; a new one (on the newest version) when
    there is none or when `restart`."""
    run = get_run(application, key)
    if run is not None and not restart:
        return run
    version = current_version(key)
    if version is None:
        raise InstrumentError("dit instrument is niet geladen", place=key)
    was_completed = run is not None and run.status == RunStatus.COMPLETED
    with transaction.atomic():
        if run is None:
            run = InstrumentRun(application=application, key=key)
        run.instrument, run.status, run.steps, run.answers = version, RunStatus.IN_PROGRESS, [], {}
        run.completed_sections, run.result, run.completed_at = [], {}, None
        run.started_by = actor.user
        run.save()
        record_event(
            "instrument_run_started",
            actor=actor,
            obj=application,
            data={"key": key, "version": version.version, "instrument": version.pk},
        )
    if was_completed:
        run_reopened(run, actor=actor)
    return run


def tree_position(run: InstrumentRun) -> Position:
    return tree_for(run.instrument).replay(run.steps)


def answer_tree(
    run: InstrumentRun, question_id: str, answer_index: int, *, actor: Actor
) -> Position:
    """Record one answer; at a conclusion, write the AI-Act profile into the register."""
    tree = tree_for(run.instrument)
    position = tree.replay([*run.steps, [question_id, answer_index]])
    with transaction.atomic():
        run.steps = [*run.steps, [question_id, answer_index]]
        if position.finished:
            _finish_tree(run, position, actor)
        run.save()
    return position


def undo_tree(run: InstrumentRun, *, actor: Actor) -> None:
    if run.steps:
        was_completed = run.status == RunStatus.COMPLETED
        run.steps = run.steps[:-1]
        run.status, run.completed_at = RunStatus.IN_PROGRESS, None
        run.save(update_fields=["steps", "status", "completed_at", "updated_at"])
        if was_completed:
            run_reopened(run, actor=actor)


def _finish_tree(run: InstrumentRun, position: Position, actor: Actor) -> None:
    conclusion = position.conclusion or {}
    profile = ai_act_profile(position.labels)
    run.status, run.completed_at = RunStatus.COMPLETED, timezone.now()
    run.result = {
        **profile,
        "conclusion_id": conclusion.get("conclusionId"),
        "conclusion": conclusion.get("conclusion", ""),
        "obligation": conclusion.get("obligation", ""),
        "sources": conclusion.get("sources", []),
        "instrument": str(run.instrument),
    }
    application = run.application
    save_application(
        application,
        {"ai_act_risk": profile["risk"], "ai_act_gpai": profile["gpai"]},
        actor=actor,
        lists={"ai_act_roles": profile["roles"]},
    )
    record_event(
        "instrument_run_completed",
        actor=actor,
        obj=application,
        data={
            "key": run.key,
            "conclusion": conclusion.get("conclusionId"),
            "labels": position.labels,
        },
    )


def save_answers(
    run: InstrumentRun, answers: dict[str, Any], *, actor: Actor, section: str | None = None
) -> None:
    """Store answers (all checked first: one bad answer stores nothing)."""
    form = questionnaire_for(run.instrument)
    context = {k: v.get("value") for k, v in run.answers.items()} | answers
    cleaned = {
        task_id: form.clean(task_id, raw, answers=context) for task_id, raw in answers.items()
    }
    now = timezone.now().isoformat().replace("+00:00", "Z")
    editor = actor.label
    stored = dict(run.answers)
    changed = []
    was_completed = run.status == RunStatus.COMPLETED
    for task_id, value in cleaned.items():
        if (stored.get(task_id) or {}).get("value") != value:
            stored[task_id] = {"value": value, "lastEditedAt": now, "lastEditedBy": editor}
            changed.append(task_id)
    with transaction.atomic():
        run.answers = stored
        if changed and run.status == RunStatus.COMPLETED:  # changed answers reopen the run
            run.status, run.completed_at = RunStatus.IN_PROGRESS, None
        if section and section not in run.completed_sections:
            run.completed_sections = [*run.completed_sections, section]
        run.save()
        if changed:
            record_event(
                "instrument_answers_saved",
                actor=actor,
                obj=run.application,
                data={"key": run.key, "tasks": changed},
            )
        _mark_in_progress(run, actor)
    if was_completed and run.status != RunStatus.COMPLETED:
        run_reopened(run, actor=actor)


def _mark_in_progress(run: InstrumentRun, actor: Actor) -> None:
    """Answering the IAMA or the DPIA puts that assessment in progress in the register."""
    field = {IAMA: "assessment_iama", DPIA: "assessment_dpia"}.get(run.key)
    if field and getattr(run.application, field) in ("", "not_started", "not_applicable"):
        save_application(run.application, {field: "in_progress"}, actor=actor)


def resize_repeat(run: InstrumentRun, count_key: str, delta: int, *, actor: Actor) -> int:
    """Add an instance of a repeatable task (`delta` 1) or remove its last one (-1, with
    its answers). Returns the new number of instances."""
    form = questionnaire_for(run.instrument)
    task = form.tasks.get(base_id(count_key))
    indices = key_indices(count_key)
    if (
        task is None
        or not task.repeatable
        or task.instances_source is not None
        or len(indices) != len(form.chains[task.id]) - 1
        or form.count_key(task, indices) != count_key
    ):
        raise InstrumentError("geen herhaalbare vraag", place=count_key)
    values = {k: v.get("value") for k, v in run.answers.items()}
    count = form.instance_count(task, indices, values)
    new = count + (1 if delta > 0 else -1)
    if not 0 <= new <= MAX_INSTANCES:
        raise InstrumentError(f"tussen 0 en {MAX_INSTANCES} herhalingen", place=count_key)
    stored = dict(run.answers)
    if new < count:
        removed = [*indices, count - 1]
        for key in list(stored):
            owner = form.tasks.get(base_id(key))
            if (
                owner is not None
                and task in form.chains[owner.id]
                and key_indices(key)[: len(removed)] == removed
            ):
                del stored[key]
    stored[count_key] = {"value": new, "lastEditedBy": actor.label}
    with transaction.atomic():
        run.answers = stored
        if run.status == RunStatus.COMPLETED:
            run.status, run.completed_at = RunStatus.IN_PROGRESS, None
        run.save()
        record_event(
            "instrument_answers_saved",
            actor=actor,
            obj=run.application,
            data={"key": run.key, "tasks": [count_key], "instances": new},
        )
        _mark_in_progress(run, actor)
    return new


def rebase_run(run: InstrumentRun, version: InstrumentVersion, *, actor: Actor) -> str:
    """Move a run onto a newer version of its instrument, keeping what still fits: a tree
    run keeps the longest prefix of its steps the new tree accepts and is finished again
    when they still reach a conclusion; a questionnaire keeps the answers of tasks that
    still exist (with their instances) and is completed again when it was and no required
    question of the new version is left open, else reopened. Returns the run's new status."""
    with transaction.atomic():
        run.instrument = version
        if version.kind == InstrumentKind.DECISION_TREE:
            tree = tree_for(version)
            kept: list[list[Any]] = []
            position = tree.replay([])
            for step in run.steps:
                try:
                    position = tree.replay([*kept, step])
                except InstrumentError:
                    break
                kept.append(step)
            run.steps = kept
            if position.finished:
                _finish_tree(run, position, actor)
            else:
                run.status, run.completed_at, run.result = RunStatus.IN_PROGRESS, None, {}
            run.save()
        else:
            form = questionnaire_for(version)
            run.answers = {k: v for k, v in run.answers.items() if base_id(k) in form.tasks}
            if run.status == RunStatus.COMPLETED and unanswered_questions(run):
                run.status, run.completed_at = RunStatus.IN_PROGRESS, None
            run.save()
            if run.status == RunStatus.COMPLETED:
                complete_questionnaire(run, actor=actor)
        record_event(
            "instrument_run_rebased",
            actor=actor,
            obj=run.application,
            data={"key": run.key, "instrument": version.pk, "status": run.status},
        )
    return run.status


def questionnaire_outcome(run: InstrumentRun) -> Outcome:
    form = questionnaire_for(run.instrument)
    return form.evaluate({k: v.get("value") for k, v in run.answers.items()})


def unanswered_questions(run: InstrumentRun) -> list[Entry]:
    """The visible required questions of a questionnaire run that have no answer yet, one
    per instance of a repeated question (`id` is the answer key, `number` the task's id)."""
    form = questionnaire_for(run.instrument)
    return form.unanswered({k: v.get("value") for k, v in run.answers.items()})


def complete_questionnaire(run: InstrumentRun, *, actor: Actor) -> Outcome:
    """Close the run, keep its outcome, and write what it decides into the register.
    Refused (`InstrumentError`) while a visible required question has no answer."""
    missing = unanswered_questions(run)
    if missing:
        first = missing[0]
        raise InstrumentError(
            ngettext(
                "er is nog %(count)d vraag zonder antwoord: %(id)s %(title)s",
                "er zijn nog %(count)d vragen zonder antwoord, de eerste is %(id)s %(title)s",
                len(missing),
            )
            % {"count": len(missing), "id": first.number, "title": first.title},
            place="afronden",
        )
    outcome = questionnaire_outcome(run)
    form = questionnaire_for(run.instrument)
    with transaction.atomic():
        run.status, run.completed_at = RunStatus.COMPLETED, timezone.now()
        run.result = {
            "assessments": outcome.assessments,
            "scores": outcome.scores,
            "output": form.output(
                run.answers, created_by=actor.label, completed_sections=run.completed_sections
            ),
        }
        run.save()
        _apply_questionnaire(run, outcome, actor)
        record_event(
            "instrument_run_completed",
            actor=actor,
            obj=run.application,
            data={
                "key": run.key,
                "assessments": {a["id"]: a["level"] for a in outcome.assessments},
            },
        )
    return outcome


def _needed_status(current: str, level: str | None) -> str:
    if level:  # required or recommended: keep work already done
        return current if current in ("done", "in_progress", "not_started") else "not_started"
    return current if current in ("done", "in_progress") else "not_applicable"


def _apply_questionnaire(run: InstrumentRun, outcome: Outcome, actor: Actor) -> None:
    application = run.application
    values: dict[str, Any] = {}
    lists = None
    if run.key == PRESCAN:
        values = {
            "assessment_dpia": _needed_status(application.assessment_dpia, outcome.level("DPIA")),
            "assessment_iama": _needed_status(application.assessment_iama, outcome.level("IAMA")),
        }
    elif run.key == IAMA:
        values = {"assessment_iama": "done"}
    elif run.key == DPIA:
        values = {"assessment_dpia": "done"}
    elif run.key == INTAKE:
        answers = {k: v.get("value") for k, v in run.answers.items()}

        def text(*ids: str) -> str:
            parts = []
            for task_id in ids:
                value = answers.get(task_id)
                if isinstance(value, list) and value:
                    parts.append(", ".join(value))
                elif isinstance(value, str) and value and value not in ("true", "false"):
                    parts.append(value)
            return "\n".join(parts)

        values = {
            "risk_necessity_proportionality": text("1.1", "1.3"),
            "risk_preconditions": text("2.1", "2.2"),
            "risk_subsidiarity": text("3.2"),
            "risk_care": text("4.1", "4.2"),
            "risk_exit_strategy": text("5.1"),
        }
        lists = {"experts": list(answers.get("6.1") or [])}
    if values:
        save_application(application, values, actor=actor, lists=lists)


# --- results for other apps ---------------------------------------------------------------


def ai_act_profile_for(application: Application) -> dict[str, Any] | None:
    """The AI-Act profile of the application's completed tree run, or None."""
    run = get_run(application, AI_ACT)
    if run is None or run.status != RunStatus.COMPLETED:
        return None
    return run.result


def instrument_results(application: Application) -> list[dict[str, Any]]:
    """Per run: key, instrument, status and the outcome, for display elsewhere."""
    rows = []
    for run in (
        InstrumentRun.objects.select_related("instrument")
        .filter(application=application)
        .order_by("key")
    ):
        rows.append(
            {
                "key": run.key,
                "instrument": str(run.instrument),
                "status": run.status,
                "completed_at": run.completed_at,
                "result": run.result,
            }
        )
    return rows


# --- catalogue ----------------------------------------------------------------------------


def _labels_for(application: Application) -> list[str] | None:
    profile = ai_act_profile_for(application)
    if profile is not None:
        return list(profile.get("labels") or [])
    if not application.ai_act_risk or application.ai_act_risk == "unknown":
        return None
    # A profile set by hand or by a dossier import: rebuild the labels it implies.
    labels = ["AI-systeem voor algemene doeleinden" if application.ai_act_gpai else "AI-systeem"]
    labels.append(
        {"prohibited": "verboden AI", "high": "hoog-risico AI"}.get(
            application.ai_act_risk, "geen hoog-risico AI"
        )
    )
    labels.append(
        "transparantieverplichting"
        if application.ai_act_risk == "transparency"
        else "geen transparantieverplichting"
    )
    roles = {
        "provider": "aanbieder",
        "deployer": "gebruiksverantwoordelijke",
        "importer": "importeur",
        "distributor": "distributeur",
    }
    labels += [roles[r] for r in application.ai_act_role_values if r in roles]
    return labels


def applicable_requirements(
    application: Application,
) -> tuple[list[Requirement], dict[int, MeasureWork]]:
    """The requirements that apply to the application's AI-Act profile (always-applicable
    ones included) with their measures prefetched, and its recorded work per measure id."""
    labels = _labels_for(application)
    dimensions = cat.profile_dimensions(labels) if labels is not None else None
    requirements = [
        r
        for r in Requirement.objects.filter(withdrawn=False).prefetch_related("measures")
        if cat.requirement_applies(r, dimensions)
    ]
    work = {w.measure_id: w for w in MeasureWork.objects.filter(application=application)}
    return requirements, work


def record_measure_work(
    application: Application,
    measure: Measure,
    *,
    actor: Actor,
    status: str,
    reason: str = "",
    evidence_link: str = "",
    evidence_file=None,
    accountable: User | None = None,
    responsible: User | None = None,
    reviewer: User | None = None,
) -> MeasureWork:
    if status not in MeasureStatus.values:
        raise InstrumentError("onbekende status", place="status")
    if status == MeasureStatus.NOT_APPLICABLE and not reason.strip():
        raise InstrumentError(
            "geef een reden waarom de maatregel niet van toepassing is", place="reden"
        )
    for person in (accountable, responsible, reviewer):
        if person is not None and person.organization_id != application.organization_id:
            raise InstrumentError("persoon hoort niet bij deze organisatie", place="personen")
    with transaction.atomic():
        work, _created = MeasureWork.objects.get_or_create(application=application, measure=measure)
        before = {"status": work.status, "reason": work.reason, "link": work.evidence_link}
        work.status, work.reason, work.evidence_link = status, reason.strip(), evidence_link
        work.accountable, work.responsible, work.reviewer = accountable, responsible, reviewer
        if evidence_file is not None:
            work.evidence_file.save(evidence_file.name, evidence_file, save=False)
            work.evidence_name = evidence_file.name[:200]
        work.save()
        record_event(
            "measure_work_updated",
            actor=actor,
            obj=application,
            data={
                "measure": measure.urn,
                "before": before,
                "status": status,
                "evidence_file": work.evidence_name,
                "evidence_link": evidence_link,
                "accountable": getattr(accountable, "pk", None),
                "responsible": getattr(responsible, "pk", None),
                "reviewer": getattr(reviewer, "pk", None),
            },
        )
    return work
