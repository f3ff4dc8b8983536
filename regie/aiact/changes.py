"""Official files that change under us.

When an official decision tree or questionnaire is loaded whose content differs from the
official version loaded before it (the version number may be the same, as with the
AI-omnibus update of the Beslishulp), Regie records the change with a readable difference
(questions, answers and conclusions, or tasks, added, removed or changed, and per text the
lines added and removed), finds the applications whose recorded answers or conclusion it
touches, moves their runs onto the new version, re-evaluates them against the policy,
derives their AI-Act duties again and tells their owners by e-mail what changed and what
to do. `check_file` does the comparison without loading anything (`regie instrument check`).
"""

from __future__ import annotations

import difflib
import html
import logging
import re
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction

from regie.aiact.models import InstrumentChange
from regie.audit.service import Actor, record_event
from regie.core.errors import InputError

log = logging.getLogger(__name__)

MAX_DOWNLOAD_BYTES = 10 * 1024 * 1024
TEXT_FIELDS = {"question", "simplifiedQuestion", "explanation", "conclusion", "obligation",
               "answer", "subresult", "task", "description"}
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>|\n|(?=•)", re.I)


# --- the difference -----------------------------------------------------------------------

def _items(document: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """The comparable items of a tree (questions, answers, conclusions) or a questionnaire
    (tasks), each by a stable id."""
    if "questions" in document:
        questions, answers = {}, {}
        for question in document.get("questions") or []:
            qid = str(question.get("questionId"))
            questions[qid] = {k: v for k, v in question.items() if k != "answers"}
            for number, answer in enumerate(question.get("answers") or [], start=1):
                answers[f"{qid} antwoord {number}"] = answer
        conclusions = {str(c.get("conclusionId")): c for c in document.get("conclusions") or []}
        return {"questions": questions, "answers": answers, "conclusions": conclusions}
    tasks: dict[str, dict[str, Any]] = {}

    def walk(items: list[dict[str, Any]]) -> None:
        for task in items or []:
            tasks[str(task.get("id"))] = {k: v for k, v in task.items() if k != "tasks"}
            walk(task.get("tasks") or [])

    walk(document.get("tasks") or [])
    return {"tasks": tasks}


def _lines(value: Any) -> list[str]:
    """A text field as readable lines: HTML tags removed, split at breaks and bullets."""
    text = value if isinstance(value, str) else repr(value)
    parts = (_TAG.sub("", html.unescape(part)).strip() for part in _BREAK.split(text))
    return [" ".join(part.split()) for part in parts if part.strip()]


def _title(item: dict[str, Any]) -> str:
    for key in ("question", "conclusion", "answer", "task"):
        if isinstance(item.get(key), str):
            return " ".join(_TAG.sub("", item[key]).split())[:160]
    return ""


def _field_change(field: str, old: Any, new: Any) -> dict[str, Any]:
    if field in TEXT_FIELDS or isinstance(old, str) or isinstance(new, str):
        before, after = _lines(old) if old is not None else [], _lines(new) if new else []
        matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
        added, removed = [], []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag in ("replace", "delete"):
                removed += before[i1:i2]
            if tag in ("replace", "insert"):
                added += after[j1:j2]
        return {"field": field, "added": added, "removed": removed}
    return {"field": field, "before": old, "after": new}


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Per kind of item: ids added and removed, and per changed item the fields that
    changed with the lines added and removed. Glossary and categories count as well."""
    old_items, new_items = _items(old), _items(new)
    result: dict[str, Any] = {"version": {"old": str(old.get("version", "")),
                                          "new": str(new.get("version", ""))}}
    for kind in new_items.keys() | old_items.keys():
        before, after = old_items.get(kind, {}), new_items.get(kind, {})
        changed = []
        for item_id in [i for i in after if i in before]:
            fields = [_field_change(f, before[item_id].get(f), after[item_id].get(f))
                      for f in sorted(before[item_id].keys() | after[item_id].keys())
                      if before[item_id].get(f) != after[item_id].get(f)]
            if fields:
                changed.append({"id": item_id, "title": _title(after[item_id]),
                                "fields": fields})
        result[kind] = {
            "added": [{"id": i, "title": _title(after[i])} for i in after if i not in before],
            "removed": [{"id": i, "title": _title(before[i])} for i in before
                        if i not in after],
            "changed": changed,
        }
    for extra in ("definitions", "categories"):
        if old.get(extra) != new.get(extra):
            result[extra] = "changed"
    return result


def is_empty(difference: dict[str, Any]) -> bool:
    return not any(isinstance(part, str) or part.get("added") or part.get("removed")
                   or part.get("changed")
                   for key, part in difference.items() if key != "version")


KIND_LABELS = {"questions": "vraag", "answers": "antwoord", "conclusions": "conclusie",
               "tasks": "taak"}


def summary_lines(difference: dict[str, Any]) -> list[str]:
    """The difference as short Dutch lines, like `diff` prints them."""
    lines = []
    versions = difference.get("version", {})
    if versions.get("old") == versions.get("new"):
        lines.append(f"Versie {versions.get('new') or '?'} (ongewijzigd nummer, andere inhoud)")
    else:
        lines.append(f"Versie {versions.get('old') or '?'} → {versions.get('new') or '?'}")
    for kind, label in KIND_LABELS.items():
        part = difference.get(kind)
        if not part:
            continue
        for item in part["added"]:
            lines.append(f"+ {label} {item['id']} toegevoegd: {item['title']}")
        for item in part["removed"]:
            lines.append(f"- {label} {item['id']} verwijderd: {item['title']}")
        for item in part["changed"]:
            fields = ", ".join(f["field"] for f in item["fields"])
            lines.append(f"~ {label} {item['id']} gewijzigd ({fields}): {item['title']}")
            for field in item["fields"]:
                lines += [f"    + {text}" for text in field.get("added", [])]
                lines += [f"    - {text}" for text in field.get("removed", [])]
    for extra, label in (("definitions", "begrippenlijst"), ("categories", "categorieën")):
        if difference.get(extra):
            lines.append(f"~ {label} gewijzigd")
    return lines


# --- affected applications ----------------------------------------------------------------

def _touched(difference: dict[str, Any]) -> dict[str, set[str]]:
    def ids(kind: str, *parts: str) -> set[str]:
        part = difference.get(kind) or {}
        return {item["id"] for name in parts for item in part.get(name, [])}

    questions = ids("questions", "changed", "removed")
    questions |= {i.split(" ")[0] for i in ids("answers", "changed", "removed", "added")}
    return {"questions": questions, "conclusions": ids("conclusions", "changed", "removed"),
            "tasks": ids("tasks", "changed", "removed")}


def touches(run, difference: dict[str, Any]) -> list[str]:
    """What of the run's recorded answers or conclusion the change touches (Dutch)."""
    touched = _touched(difference)
    reasons = []
    if run.steps:
        for question_id, _answer in run.steps:
            if str(question_id) in touched["questions"]:
                reasons.append(f"vraag {question_id}")
        conclusion = (run.result or {}).get("conclusion_id")
        if conclusion and str(conclusion) in touched["conclusions"]:
            reasons.append(f"conclusie {conclusion}")
    for task_id in run.answers or {}:
        if task_id in touched["tasks"]:
            reasons.append(f"taak {task_id}")
    return reasons


def on_official_file_changed(sender, *, previous, version, actor: Actor, **kwargs) -> None:
    record_change(previous, version, actor=actor)


def record_change(previous, version, *, actor: Actor) -> InstrumentChange | None:
    """Compare, store the change, re-evaluate the affected applications, tell the owners."""
    from regie.aiact.obligations import sync_obligations
    from regie.instruments.models import InstrumentRun
    from regie.instruments.service import rebase_run
    from regie.policy.service import evaluate_application

    difference = diff_documents(previous.content, version.content)
    if is_empty(difference):
        return None
    affected = []
    runs = (InstrumentRun.objects.filter(key=version.key).exclude(instrument=version)
            .select_related("application", "application__owner", "instrument"))
    for run in runs:
        reasons = touches(run, difference)
        if not reasons:
            continue
        application = run.application
        before = (run.result or {}).get("conclusion_id") or run.status
        with transaction.atomic():
            status = rebase_run(run, version, actor=actor)
            decision = evaluate_application(application, actor=actor).decision
            sync_obligations(application, actor=actor)
        affected.append({"application": application.pk, "slug": application.slug,
                         "name": application.name, "touched": reasons,
                         "before": before,
                         "after": (run.result or {}).get("conclusion_id") or status,
                         "risk": (run.result or {}).get("risk", ""),
                         "decision": decision, "notified": []})
    with transaction.atomic():
        change = InstrumentChange.objects.create(
            key=version.key, old_version=previous, new_version=version,
            difference=difference, affected=affected)
        record_event("official_file_changed", actor=actor, obj=change,
                     data={"key": version.key, "old": previous.sha256, "new": version.sha256,
                           "affected": [a["slug"] for a in affected],
                           "summary": summary_lines(difference)[:50]})
    notify_owners(change)
    return change


def notify_owners(change: InstrumentChange) -> int:
    """Mail each affected application's owner what changed and what to do; a failed mail is
    logged and left out of `notified`, it does not undo the change."""
    from regie.lifecycle.reminders import owner_emails
    from regie.register.models import Application

    sent = 0
    summary = summary_lines(change.difference)
    base = settings.BASE_URL.rstrip("/")
    for entry in change.affected:
        application = Application.objects.filter(pk=entry["application"]).first()
        if application is None:
            continue
        conclusion = ("De conclusie blijft " + str(entry["after"])
                      if entry["before"] == entry["after"]
                      else f"De conclusie was {entry['before']} en is nu {entry['after']}")
        body = "\n".join([
            f"Het officiële bestand '{change.new_version.name}' is gewijzigd. Uw toepassing "
            f"'{application.name}' heeft antwoorden of een conclusie die de wijziging raakt: "
            f"{', '.join(entry['touched'])}.",
            "",
            f"{conclusion}; het beleid geeft nu: {entry['decision']}.",
            "",
            "Wat u moet doen: lees de gewijzigde vragen en conclusie hieronder, controleer of "
            "uw antwoorden nog kloppen (bijvoorbeeld of een nieuw verboden AI-praktijk op uw "
            "toepassing van toepassing is), en pas ze zo nodig aan:",
            f"{base}/instrumenten/{application.slug}/beslishulp/",
            f"De wijziging in Regie: {base}/ai-verordening/wijzigingen/{change.pk}/",
            "",
            "Wat er veranderde:",
            *summary[:80],
        ])
        for email in owner_emails(application):
            try:
                send_mail(f"[Regie] Officieel bestand gewijzigd: {application.name}", body,
                          None, [email])
            except Exception:  # noqa: BLE001 - any mail failure: keep the change, log it
                log.exception("melding wijziging %s aan %s niet verstuurd", change.pk, email)
                continue
            entry["notified"].append(email)
            sent += 1
    change.save(update_fields=["affected"])
    return sent


# --- check without loading ----------------------------------------------------------------

def _download(url: str, directory: Path) -> Path:
    parsed = urllib.parse.urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise InputError(f"{url}: alleen http- en https-adressen")
    name = Path(parsed.path).name or "instrument.yaml"
    target = directory / name
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - scheme checked
            data = response.read(MAX_DOWNLOAD_BYTES + 1)
    except (OSError, ValueError) as exc:
        raise InputError(f"{url}: ophalen mislukt ({exc})") from exc
    if len(data) > MAX_DOWNLOAD_BYTES:
        raise InputError(f"{url}: groter dan {MAX_DOWNLOAD_BYTES // (1024 * 1024)} MB")
    target.write_bytes(data)
    return target


def _companions(name: str) -> list[str]:
    """The files the official repositories publish beside an instrument, which Regie stores
    with it (glossary, categories)."""
    stem = Path(name).stem
    return ["definitions.yaml", "categories.yaml", f"begrippenkader_{stem}.yaml",
            "begrippenkader_dpia.yaml"]


def _download_with_companions(url: str, directory: Path) -> Path:
    path = _download(url, directory)
    base = url.rsplit("/", 1)[0]
    for name in _companions(path.name):
        if name != path.name:
            try:
                _download(f"{base}/{name}", directory)
            except InputError:
                continue  # not published beside it
    return path


def check_file(location: str) -> tuple[bool, list[str]]:
    """Compare a file (path or URL) with what is loaded, without loading it: (equal, lines
    of the difference). Raises `InputError` for bad input."""
    from regie.instruments import catalogue as cat
    from regie.instruments.models import InstrumentVersion
    from regie.instruments.service import CATALOGUE, official_version, prepare_instrument

    with tempfile.TemporaryDirectory(prefix="regie-check-") as tmp:
        if "://" in location:
            path = _download_with_companions(location, Path(tmp))
        else:
            path = Path(location)
            if not path.exists():
                raise InputError(f"{location}: bestand niet gevonden")
        if cat.is_catalogue_path(path):
            sha = cat.read_catalogue(path).sha256
            if InstrumentVersion.objects.filter(key=CATALOGUE, sha256=sha).exists():
                return True, []
            return False, ["Algoritmekader: de inhoud verschilt van wat is geladen"]
        prepared = prepare_instrument(path)
    loaded = official_version(prepared.key)
    if loaded is None:
        return False, [f"{prepared.name} ({prepared.key}): nog niet geladen"]
    if loaded.sha256 == prepared.sha256:
        return True, []
    lines = summary_lines(diff_documents(loaded.content, prepared.document))
    return False, [f"{prepared.name} ({prepared.key}): verschilt van de geladen versie "
                   f"van {loaded.loaded_at:%Y-%m-%d %H:%M}", *lines]
