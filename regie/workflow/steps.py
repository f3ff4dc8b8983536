"""The five steps of the procedure (seed 004 §6) and the ten-item checklist (seed 004,
Bijlage 2), both derived from the dossier — never ticked by hand.

Pure functions over the dossier *as it counts* (`regie.register.service.evidenced_dossier`:
facts Regie evidences come from their records, a typed claim alone does not count), so the
progress bar, the checklist and the frozen decision record all read the same facts. An item
whose facts Regie evidences (risk analysis, privacy, supplier, register, training) is met by
those records only; the other items may also be confirmed with evidence by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
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
AGREEMENT_FACTS = tuple(
    f"supplier_agreements.{k}"
    for k in ("data_sharing", "data_retention", "retraining_on_prompts", "processor_agreement")
)
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
    facts: tuple[str, ...] = ()  # the evidenced dossier facts it rests on
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
            "Volgt uit het dossier en de instrumenten: risicovragen beantwoord, benodigde "
            "instrumenten afgerond in Regie of rapport aanvaard door de FG, risicoklasse "
            "AI-verordening bepaald."
        ),
        _step_done("risk_analysis"),
        ("assessments.dpia", "assessments.iama", "assessments.ai_act.risk"),
    ),
    ChecklistItem(
        "privacy",
        _("De privacygevolgen zijn beoordeeld"),
        _("Volgt uit het dossier: geen persoonsgegevens, of een DPIA-rapport aanvaard door de FG."),
        _privacy,
        ("assessments.dpia",),
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
        _("Volgt uit de vastgelegde overeenkomst met de leverancier (met document)."),
        _step_done("supplier_agreements"),
        AGREEMENT_FACTS,
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
        _("Volgt uit de publicatie in het algoritmeregister (of de bevestigde aanlevering)."),
        _step_done("algoritmeregister"),
        ("registers.algoritmeregister",),
    ),
    ChecklistItem(
        "training",
        _("Medewerkers zijn geïnformeerd en getraind"),
        _("Volgt uit de trainingsregistratie van iedere benoemde gebruiker en beheerder."),
        _step_done("training"),
        ("training.users_trained",),
    ),
]
CHECKLIST_KEYS = [item.key for item in CHECKLIST]
CHECKLIST_FACTS = frozenset(path for item in CHECKLIST for path in item.facts)


@dataclass(frozen=True)
class ChecklistRow:
    item: ChecklistItem
    by_dossier: bool
    evidence: list[Any]
    facts: list[Any] = field(default_factory=list)  # `FactState`s of the item's facts

    @property
    def met(self) -> bool:
        """Met by the dossier as it counts; evidence by hand only for items whose facts
        Regie does not evidence itself."""
        if self.by_dossier:
            return True
        return bool(self.evidence) and not self.item.facts

    @property
    def evidenced(self) -> list[Any]:
        return [f for f in self.facts if f.evidenced]

    @property
    def declared(self) -> list[Any]:
        """Facts that are only declared (typed, without the record that shows them)."""
        return [f for f in self.facts if f.state == "declared"]

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.item.key,
            "label": str(self.item.label),
            "source": self.item.source,
            "met": self.met,
            "by_dossier": self.by_dossier,
            "declared": [
                {"fact": f.path, "value": f.declared, "declared_by": f.origin or None}
                for f in self.declared
            ],
            "evidence": [
                *(
                    {"kind": "record", "fact": f.path, "label": f.proof.label,
                     "url": f.proof.url or None}
                    for f in self.evidenced
                ),
                *(
                    {
                        "kind": e.kind,
                        "file": e.file_name,
                        "url": e.url,
                        "note": e.note,
                        "confirmed_by": e.confirmed_by_name,
                        "confirmed_at": e.confirmed_at.isoformat(),
                    }
                    for e in self.evidence
                ),
            ],
        }


def checklist_for(dossier: dict[str, Any], evidence: Iterable[Any],
                  facts: dict[str, Any] | None = None) -> list[ChecklistRow]:
    """Each item met by the dossier as it counts, by confirmed evidence, or still open.
    `facts`: the evidenced facts (`evidenced_dossier`), shown per item."""
    per_item: dict[str, list[Any]] = {}
    for row in evidence:
        per_item.setdefault(row.item, []).append(row)
    facts = facts or {}
    return [
        ChecklistRow(
            item,
            bool(item.derive and item.derive(dossier)),
            per_item.get(item.key, []),
            [facts[path] for path in item.facts if path in facts],
        )
        for item in CHECKLIST
    ]
