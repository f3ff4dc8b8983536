"""The five steps of the procedure (seed 004 §6) and the ten-item checklist (seed 004,
Bijlage 2), both derived from the dossier — never ticked by hand.

Pure functions over a normalised dossier (`regie.register.service.dossier_for`), so the
progress bar, the checklist and the frozen decision record all read the same facts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

from regie.register.dossier import get_path
from regie.workflow.constants import StepState

RISK_QUESTIONS = [
    "necessity_proportionality",
    "preconditions",
    "subsidiarity",
    "care",
    "exit_strategy",
]
_AGREED = {"agreed", "not_applicable"}
_NO_RETRAINING = {"excluded", "not_applicable"}


def _filled(dossier: dict[str, Any], *paths: str) -> list[bool]:
    return [bool(get_path(dossier, p)) for p in paths]


def _state(parts: list[bool]) -> str:
    if parts and all(parts):
        return StepState.DONE
    return StepState.STARTED if any(parts) else StepState.OPEN


def needed_instruments(dossier: dict[str, Any]) -> list[str]:
    """DPIA when personal data is processed; IAMA as well, or when the application affects
    citizens or employees (seed 004 §3.3 and §6; seed 002, risk analysis per case)."""
    personal = bool(get_path(dossier, "data.personal_data"))
    affects = bool(get_path(dossier, "impact.citizens") or get_path(dossier, "impact.employees"))
    return [name for name, needed in (("dpia", personal), ("iama", personal or affects)) if needed]


def _purpose(d: dict[str, Any]) -> list[bool]:
    return _filled(d, "purpose", "societal_value")


def _risk_analysis(d: dict[str, Any]) -> list[bool]:
    parts = _filled(d, *(f"risk_analysis.{q}" for q in RISK_QUESTIONS))
    parts += [get_path(d, f"assessments.{name}") == "done" for name in needed_instruments(d)]
    parts.append(get_path(d, "assessments.ai_act.risk") not in (None, "unknown"))
    return parts


def _agreements(d: dict[str, Any]) -> list[bool]:
    values = [
        get_path(d, f"supplier_agreements.{k}")
        for k in ("data_sharing", "data_retention", "retraining_on_prompts")
    ]
    if not any(values):
        return [False]
    return [values[0] in _AGREED, values[1] in _AGREED, values[2] in _NO_RETRAINING]


def _register(d: dict[str, Any]) -> list[bool]:
    return [get_path(d, "registers.algoritmeregister") is True]


def _training(d: dict[str, Any]) -> list[bool]:
    return [get_path(d, "training.users_trained") is True]


@dataclass(frozen=True)
class Step:
    number: int
    key: str
    label: str
    state: str
    source: str = "004 §6"

    @property
    def done(self) -> bool:
        return self.state == StepState.DONE

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "key": self.key,
            "label": str(self.label),
            "state": str(self.state),
            "state_label": str(StepState(self.state).label),
            "source": self.source,
        }


_STEPS: list[tuple[str, Any, Callable[[dict[str, Any]], list[bool]]]] = [
    ("purpose", _("Doel en maatschappelijke meerwaarde"), _purpose),
    ("risk_analysis", _("Risicoanalyse (DPIA, IAMA, AI-verordening)"), _risk_analysis),
    ("supplier_agreements", _("Afspraken met de leverancier"), _agreements),
    ("algoritmeregister", _("Opgenomen in het algoritmeregister"), _register),
    ("training", _("Medewerkers geïnformeerd en getraind"), _training),
]


def steps_for(dossier: dict[str, Any]) -> list[Step]:
    return [
        Step(n, key, label, _state(check(dossier)))
        for n, (key, label, check) in enumerate(_STEPS, start=1)
    ]


# --- Checklist ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistItem:
    """One item of Bijlage 2. `derive` answers from the dossier; None = needs evidence."""

    key: str
    label: Any
    hint: Any
    derive: Callable[[dict[str, Any]], bool] | None
    source: str = "004 Bijlage 2"


def _step_done(key: str) -> Callable[[dict[str, Any]], bool]:
    check = dict((k, f) for k, _label, f in _STEPS)[key]
    return lambda d: all(check(d))


def _privacy(d: dict[str, Any]) -> bool:
    return get_path(d, "data.personal_data") is False or get_path(d, "assessments.dpia") == "done"


def _transparency(d: dict[str, Any]) -> bool:
    return (
        get_path(d, "transparency.public_informed") is True
        or get_path(d, "impact.citizens") is False
    )


def _responsible(d: dict[str, Any]) -> bool:
    return all(_filled(d, "owner.name", "owner.email"))


CHECKLIST: list[ChecklistItem] = [
    ChecklistItem(
        "purpose",
        _("Het doel en de maatschappelijke meerwaarde staan vast"),
        _("Volgt uit het dossier: doel en meerwaarde ingevuld."),
        _step_done("purpose"),
    ),
    ChecklistItem(
        "risk_analysis",
        _("De risicoanalyse is gedaan (DPIA en/of IAMA)"),
        _(
            "Volgt uit het dossier: risicovragen beantwoord, benodigde instrumenten "
            "uitgevoerd, risicoklasse AI-verordening bepaald."
        ),
        _step_done("risk_analysis"),
    ),
    ChecklistItem(
        "privacy",
        _("De privacygevolgen zijn beoordeeld"),
        _("Volgt uit het dossier: geen persoonsgegevens, of de DPIA is uitgevoerd."),
        _privacy,
    ),
    ChecklistItem(
        "measures",
        _("Technische en organisatorische maatregelen zijn getroffen"),
        _("Leg bewijs vast, bijvoorbeeld het beveiligingsplan of de maatregelenlijst."),
        None,
    ),
    ChecklistItem(
        "supplier",
        _(
            "Met de leverancier is afgesproken wat er met invoer gebeurt: "
            "delen, bewaren en hertrainen"
        ),
        _("Volgt uit het dossier: afspraken met de leverancier."),
        _step_done("supplier_agreements"),
    ),
    ChecklistItem(
        "transparency",
        _("Burgers kunnen zien dat en hoe AI wordt gebruikt"),
        _("Volgt uit het dossier: betrokkenen geïnformeerd, of de toepassing raakt geen burgers."),
        _transparency,
    ),
    ChecklistItem(
        "explainability",
        _("De uitkomsten van de AI zijn uit te leggen"),
        _("Leg bewijs vast, bijvoorbeeld de werkinstructie voor controle van uitvoer."),
        None,
    ),
    ChecklistItem(
        "responsible",
        _("Binnen de organisatie zijn verantwoordelijken benoemd"),
        _("Volgt uit het dossier: eigenaar met naam en e-mailadres."),
        _responsible,
    ),
    ChecklistItem(
        "algoritmeregister",
        _("De toepassing staat in het algoritmeregister"),
        _("Volgt uit het dossier: opgenomen in het algoritmeregister."),
        _step_done("algoritmeregister"),
    ),
    ChecklistItem(
        "training",
        _("Medewerkers zijn geïnformeerd en getraind"),
        _("Volgt uit het dossier: gebruikers getraind."),
        _step_done("training"),
    ),
]
CHECKLIST_KEYS = [item.key for item in CHECKLIST]


@dataclass(frozen=True)
class ChecklistRow:
    item: ChecklistItem
    by_dossier: bool
    evidence: list[Any]

    @property
    def met(self) -> bool:
        return self.by_dossier or bool(self.evidence)

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.item.key,
            "label": str(self.item.label),
            "source": self.item.source,
            "met": self.met,
            "by_dossier": self.by_dossier,
            "evidence": [
                {
                    "kind": e.kind,
                    "file": e.file_name,
                    "url": e.url,
                    "note": e.note,
                    "confirmed_by": e.confirmed_by_name,
                    "confirmed_at": e.confirmed_at.isoformat(),
                }
                for e in self.evidence
            ],
        }


def checklist_for(dossier: dict[str, Any], evidence: Iterable[Any]) -> list[ChecklistRow]:
    """Each item met by the dossier, by confirmed evidence, or still open."""
    per_item: dict[str, list[Any]] = {}
    for row in evidence:
        per_item.setdefault(row.item, []).append(row)
    return [
        ChecklistRow(item, bool(item.derive and item.derive(dossier)), per_item.get(item.key, []))
        for item in CHECKLIST
    ]
