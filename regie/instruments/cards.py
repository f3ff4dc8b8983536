"""The task-registry's assessment-card instruments (technical documentation per Annex IV,
the EU conformity assessment, the AIIA, the IAMA card) run with the questionnaire engine:
a card is a list of tasks (`question`, `urn`, `type`, a `topic` label); each topic becomes a
section, each task a question, and the card task's urn is kept beside it."""

from __future__ import annotations

import re
from typing import Any

from regie.instruments.errors import InstrumentError

__all__ = ["is_card", "card_key", "card_to_questionnaire"]

_YES_NO = [{"value": "true", "label": "Ja"}, {"value": "false", "label": "Nee"}]
_AGREE = [{"value": "true", "label": "Akkoord"}, {"value": "false", "label": "Niet akkoord"}]


def is_card(document: Any) -> bool:
    return isinstance(document, dict) and "systemcard_path" in document and "tasks" in document


def card_key(urn: str) -> str:
    """The instrument key of a card: `urn:nl:aivt:tr:td:1.0` → `urn:nl:cardtd`."""
    parts = [p for p in str(urn).split(":")[2:] if re.fullmatch(r"[a-z]+", p)]
    if not parts:
        raise InstrumentError("urn van de kaart ontbreekt of is onleesbaar", place="urn")
    return f"urn:nl:card{parts[-1]}"


def _question(number: str, task: dict[str, Any]) -> dict[str, Any]:
    types = task.get("type") or ["open_question"]
    item: dict[str, Any] = {"id": number, "task": str(task.get("question") or ""),
                            "description": f"{task.get('urn', '')}".strip(),
                            "repeatable": False}
    if "sign_task" in types:
        item.update(type=["text_input"],
                    description="Naam, functie en datum van ondertekening. " + item["description"])
    elif "statement" in types:
        item.update(type=["radio_option"], options=_AGREE)
    elif "closed_question" in types:
        item.update(type=["radio_option"], options=_YES_NO)
    else:
        item["type"] = ["open_text"]
        if "upload_document" in types:
            item["description"] = ("Verwijs naar het document (link of vindplaats). "
                                   + item["description"])
    return item


def card_to_questionnaire(document: dict[str, Any]) -> dict[str, Any]:
    """The card as an assessment-definition v2 document (sections per topic)."""
    tasks = document.get("tasks")
    if not isinstance(tasks, list) or not tasks:
        raise InstrumentError("lijst 'tasks' ontbreekt of is leeg", place="tasks")
    sections: dict[str, list[dict[str, Any]]] = {}
    for n, task in enumerate(tasks, start=1):
        if not isinstance(task, dict) or not task.get("question"):
            raise InstrumentError("taak zonder vraag", place=f"tasks[{n}]")
        topic = next((str(label.get("value")) for label in task.get("labels") or []
                      if isinstance(label, dict) and label.get("key") == "topic"), "Algemeen")
        sections.setdefault(topic, []).append(task)
    version = (re.findall(r"[0-9]+\.[0-9]+", str(document.get("urn", ""))) or ["1.0"])[-1]
    return {
        "name": str(document.get("name") or "Kaart"),
        "urn": card_key(str(document.get("urn", ""))),
        "version": version,
        "description": str(document.get("description") or ""),
        "source_urn": str(document.get("urn", "")),
        "tasks": [
            {"id": str(s), "task": topic, "type": ["task_group"], "repeatable": False,
             "tasks": [_question(f"{s}.{q}", task) for q, task in enumerate(items, start=1)]}
            for s, (topic, items) in enumerate(sections.items(), start=1)
        ],
    }
