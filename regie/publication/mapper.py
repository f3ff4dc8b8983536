"""The one mapper from a register application to an Algoritmeregister v1.0 record.

Each field of the standard has one source in the dossier. What the dossier does not hold is
left out of the record and put on the application's to-do list; text longer than the standard
allows is left out and reported too, never cut. So every value in a record is valid, and the
to-do list says exactly what still stands between the record and publication.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from regie.publication.standard import FIELDS, STANDARD_VERSION, FieldDef
from regie.publication.validation import check_field
from regie.register import constants as c
from regie.register.evidence import counted_value
from regie.register.models import Application

__all__ = [
    "TodoItem",
    "MappedRecord",
    "to_record",
    "record_hash",
    "RECOMMENDED",
    "EXPORT_SELECT",
    "EXPORT_PREFETCH",
]

# Optional fields the register's users expect for a generative-AI application; missing ones
# go on the to-do list as recommended, not required.
RECOMMENDED = (
    "category",
    "goal",
    "proportionality",
    "human_intervention",
    "risks",
    "lawful_basis",
    "source_data",
    "methods_and_models",
)

EXPORT_SELECT = ("organization", "model", "supplier")
EXPORT_PREFETCH = ("tasks",)


@functools.lru_cache(maxsize=8)
def _labels(language: str | None) -> dict[str, Any]:
    """Vocabulary labels as plain strings, translated once per language (exports are big)."""
    return {
        "open_source": {k: str(v) for k, v in c.OpenSource.choices},
        "hosting": {k: str(v) for k, v in c.Hosting.choices},
        "task": {k: str(v) for k, v in c.Task.choices},
        "assessment": {k: str(v).lower() for k, v in c.AssessmentStatus.choices},
        "missing": _("ontbreekt: %(hint)s"),
    }


STATUS = {
    c.Status.DRAFT: "In ontwikkeling",
    c.Status.IN_REVIEW: "In ontwikkeling",
    c.Status.APPROVED: "In ontwikkeling",
    c.Status.IN_USE: "In gebruik",
    c.Status.RETIRED: "Buiten gebruik",
    c.Status.REJECTED: "Buiten gebruik",
}


@dataclass(frozen=True)
class TodoItem:
    field: str
    reason: str
    required: bool

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "reason": self.reason, "required": self.required}


@dataclass
class MappedRecord:
    slug: str
    organization: str
    record: dict[str, Any]
    todo: list[TodoItem] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not any(item.required for item in self.todo)


def _html(*parts: str) -> str | None:
    """Plain dossier text as the paragraphs the register allows; blank lines split them."""
    paragraphs = [p.strip() for part in parts if part for p in part.split("\n\n") if p.strip()]
    if not paragraphs:
        return None
    return "".join(
        "<p>" + html.escape(p, quote=False).replace("\n", "<br>") + "</p>" for p in paragraphs
    )


def _yes_no(value: bool | None) -> str:
    return {True: "ja", False: "nee", None: "onbekend"}[value]


def _ai_act_risk(app: Application) -> str | None:
    """The AI-Act class as it counts: a light class ("minimal", "transparency") only from the
    decision tree or an accepted classification report, else not determined (None)."""
    risk = counted_value(app, "assessments.ai_act.risk", app.ai_act_risk or None)
    return None if risk in (None, "", c.AIActRisk.UNKNOWN) else risk


def _publication_category(app: Application) -> str | None:
    risk = _ai_act_risk(app)
    if risk == c.AIActRisk.HIGH:
        return "Hoog-risico AI-systeem"
    effects = (app.decisions_legal_or_financial_effects, app.impact_citizens)
    if any(value is True for value in effects):
        return "Impactvolle algoritmes"
    if all(value is False for value in effects) and risk:
        return "Overige algoritmes"
    return None


def _assessments(app: Application) -> tuple[str, str]:
    """DPIA and IAMA as they count: from Regie's records, a typed "done" alone is not done
    (computed once per application and export)."""
    if not hasattr(app, "_counted_assessments"):
        app._counted_assessments = (
            counted_value(app, "assessments.dpia", app.assessment_dpia or None) or "",
            counted_value(app, "assessments.iama", app.assessment_iama or None) or "",
        )
    return app._counted_assessments


def _impact_assessments(app: Application) -> list[dict[str, Any]] | None:
    dpia, iama = _assessments(app)
    done = [
        (dpia, "Data Protection Impact Assessment (DPIA)"),
        (iama, "Impact Assessment Mensenrechten en Algoritmes (IAMA)"),
    ]
    items = [
        {"title": title, "link": None}
        for status, title in done
        if status == c.AssessmentStatus.DONE
    ]
    return items or None


def _impact_explanation(app: Application) -> str | None:
    labels = _labels(get_language())["assessment"]
    lines = [
        f"{name}: {labels[status]}"
        for name, status in zip(("DPIA", "IAMA"), _assessments(app), strict=True)
        if status
    ]
    return _html("\n".join(lines)) if lines else None


def _source_data(app: Application) -> str | None:
    facts = (app.data_personal, app.data_special_categories, app.data_confidential)
    if all(value is None for value in facts):
        return None
    return _html(
        f"Persoonsgegevens: {_yes_no(app.data_personal)}\n"
        f"Bijzondere persoonsgegevens: {_yes_no(app.data_special_categories)}\n"
        f"Vertrouwelijke gegevens: {_yes_no(app.data_confidential)}"
    )


def _tasks(app: Application) -> list[str]:
    """The application's tasks; exports set `_export_tasks` to spare a query per row."""
    found = getattr(app, "_export_tasks", None)
    return found if found is not None else [t.task for t in app.tasks.all()]


def _methods(app: Application) -> str | None:
    model = app.model
    if model is None:
        return None
    labels = _labels(get_language())
    lines = [
        f"Generatief AI-model: {model.name}" + (f" van {model.provider}" if model.provider else "")
    ]
    if model.open_source:
        lines.append(f"Openheid: {labels['open_source'][model.open_source]}")
    if model.hosting:
        lines.append(f"Hosting: {labels['hosting'][model.hosting]}")
    tasks = [labels["task"][t] for t in _tasks(app)]
    if tasks:
        lines.append(f"Taken: {', '.join(sorted(tasks))}")
    return _html("\n".join(lines))


def _tags(app: Application) -> str:
    return ", ".join(["generatieve AI", *sorted(t.replace("_", " ") for t in _tasks(app))])


# standard field -> (source, what the user should fill in when it is empty)
SOURCES: dict[str, tuple[Callable[[Application], Any], str]] = {
    "name": (lambda a: a.name, "naam van de toepassing (dossier: name)"),
    "description_short": (
        lambda a: a.purpose or None,
        "korte omschrijving in B1-taal (dossier: purpose)",
    ),
    "organization": (lambda a: a.organization.name, "naam van de organisatie"),
    "category": (lambda a: [a.theme] if a.theme else None, "beleidsterrein (dossier: theme)"),
    "status": (lambda a: STATUS.get(a.status), "status (dossier: status)"),
    "contact_email": (
        lambda a: a.contact_email or a.organization.contact_email or None,
        "contactadres voor burgers (dossier: contact_email of bij de organisatie)",
    ),
    "website": (lambda a: a.organization.website or None, "website van de organisatie"),
    "publication_category": (
        _publication_category,
        "publicatiecategorie: vul risicoklasse AI-verordening, juridische of financiële gevolgen "
        "en gevolgen voor burgers in (dossier: assessments.ai_act.risk, decisions, impact)",
    ),
    "url": (
        lambda a: a.external_url or None,
        "link naar eerdere registratie (dossier: external.url)",
    ),
    "goal": (lambda a: _html(a.purpose, a.societal_value), "doel en impact (dossier: purpose)"),
    "proportionality": (
        lambda a: _html(a.risk_necessity_proportionality, a.risk_subsidiarity),
        "afwegingen (dossier: risk_analysis.necessity_proportionality, subsidiarity)",
    ),
    "human_intervention": (
        lambda a: _html(a.human_oversight),
        "menselijke tussenkomst (dossier: human_oversight)",
    ),
    "risks": (
        lambda a: _html(a.risk_care, a.risk_exit_strategy),
        "risicobeheer (dossier: risk_analysis.care, exit_strategy)",
    ),
    "lawful_basis": (lambda a: _html(a.legal_basis), "wettelijke basis (dossier: legal_basis)"),
    "impacttoetsen_grouping": (
        _impact_assessments,
        "uitgevoerde impacttoetsen (dossier: assessments)",
    ),
    "impacttoetsen": (_impact_explanation, "toelichting op impacttoetsen (dossier: assessments)"),
    "source_data": (_source_data, "gebruikte gegevens (dossier: data)"),
    "methods_and_models": (_methods, "technische werking: AI-model (dossier: model)"),
    "provider": (
        lambda a: (
            (a.supplier.name if a.supplier else None)
            or (a.model.provider if a.model else None)
            or None
        ),
        "leverancier (dossier: supplier)",
    ),
    "lang": (lambda a: "nld", ""),
    "standard_version": (lambda a: STANDARD_VERSION, ""),
    "source_id": (lambda a: a.slug, "kenmerk (slug)"),
    "tags": (_tags, ""),
}


def to_record(app: Application, fields: dict[str, FieldDef] | None = None) -> MappedRecord:
    """Map one application; load it with `EXPORT_SELECT`/`EXPORT_PREFETCH` for lists."""
    fields = fields or FIELDS
    missing = _labels(get_language())["missing"]
    mapped = MappedRecord(slug=app.slug, organization=app.organization.name, record={})
    for name, definition in fields.items():
        source, hint = SOURCES.get(name, (None, ""))
        value = source(app) if source else None
        if value is None or value == "" or value == []:
            if definition.required or name in RECOMMENDED:
                mapped.todo.append(TodoItem(name, missing % {"hint": hint}, definition.required))
            continue
        problems = check_field(name, value, definition)
        if problems:
            mapped.todo.append(
                TodoItem(name, "; ".join(p.message for p in problems), definition.required)
            )
            continue
        mapped.record[name] = value
    return mapped


def record_hash(record: dict[str, Any]) -> str:
    """A stable fingerprint of a record, to see whether a published version still matches."""
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()
