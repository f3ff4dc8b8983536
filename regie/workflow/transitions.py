"""The transition table of an application's status, as data.

Each rule says from which status to which, which roles may take it (`SYSTEM` = Regie itself,
after a material change or when the yearly evaluation is due) and which preconditions must
hold. A projectleider may only move applications they may edit (own or created); a beheerder
any of the organisation. Approval and rejection are decisions: `service.decide` takes them,
with the approval gate.

Which dossier facts are *material* — a change sends an approved or used application back to
review, and supersedes advice given during review — is listed in `MATERIAL_FIELDS`.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from regie.register.constants import Status
from regie.register.roles import Role

SYSTEM = "system"

# Preconditions (checked in `service.py`, named here so the table reads as data):
READY_FOR_ADVICE = "ready_for_advice"  # steps 1 and 2 under way: purpose + risk answers
REASON_GIVEN = "reason_given"  # a written reason
GATE = "gate"  # approval gate passed, or a reasoned exception
READY_FOR_USE = "ready_for_use"  # checklist complete, every condition met
OPERATORS_TRAINED = "operators_trained"  # AI literacy (AI Act art. 4); lifecycle registers it

PRECONDITION_LABELS = {
    READY_FOR_ADVICE: _("doel, maatschappelijke meerwaarde en de vijf risicovragen zijn ingevuld"),
    REASON_GIVEN: _("er is een toelichting gegeven"),
    GATE: _(
        "geen open blokkerende of verplichte bevindingen, beide adviezen gegeven en niet "
        "negatief — of een gemotiveerde uitzondering van de directie"
    ),
    READY_FOR_USE: _(
        "de checklist is compleet (met bewijs), alle voorwaarden uit de adviezen zijn voldaan "
        "en er zijn geen open bevindingen voor ingebruikname"
    ),
}


@dataclass(frozen=True)
class Rule:
    from_status: str
    to_status: str
    roles: frozenset[str]
    preconditions: tuple[str, ...]
    label: object

    @property
    def automatic(self) -> bool:
        return SYSTEM in self.roles


_OWNERS = frozenset({Role.PROJECTLEIDER, Role.BEHEERDER})
_DIRECTIE = frozenset({Role.DIRECTIE})
# Sending an application in use back to review, or retiring it, is the safe direction: the
# board (dagelijks bestuur, which evaluates yearly) may do it as well.
_BOARD = _DIRECTIE | {Role.DAGELIJKS_BESTUUR}

TRANSITIONS: list[Rule] = [
    Rule(Status.DRAFT, Status.IN_REVIEW, _OWNERS, (READY_FOR_ADVICE,), _("Advies aanvragen")),
    Rule(
        Status.IN_REVIEW, Status.DRAFT, _OWNERS, (REASON_GIVEN,), _("Terugnemen om aan te passen")
    ),
    Rule(Status.IN_REVIEW, Status.APPROVED, _DIRECTIE, (REASON_GIVEN, GATE), _("Goedkeuren")),
    Rule(Status.IN_REVIEW, Status.REJECTED, _DIRECTIE, (REASON_GIVEN,), _("Afwijzen")),
    Rule(
        Status.REJECTED,
        Status.IN_REVIEW,
        _OWNERS,
        (READY_FOR_ADVICE, REASON_GIVEN),
        _("Opnieuw indienen"),
    ),
    Rule(Status.REJECTED, Status.DRAFT, _OWNERS, (), _("Terug naar concept")),
    Rule(Status.APPROVED, Status.IN_USE, _OWNERS, (READY_FOR_USE, OPERATORS_TRAINED),
         _("In gebruik nemen")),
    Rule(
        Status.APPROVED,
        Status.IN_REVIEW,
        _OWNERS | {SYSTEM},
        (REASON_GIVEN,),
        _("Opnieuw laten beoordelen"),
    ),
    Rule(
        Status.IN_USE,
        Status.IN_REVIEW,
        _OWNERS | _BOARD | {SYSTEM},
        (REASON_GIVEN,),
        _("Opnieuw laten beoordelen"),
    ),
    Rule(
        Status.IN_USE,
        Status.RETIRED,
        _OWNERS | _BOARD,
        (REASON_GIVEN,),
        _("Buiten gebruik stellen"),
    ),
    Rule(
        Status.APPROVED,
        Status.RETIRED,
        _OWNERS | _DIRECTIE,
        (REASON_GIVEN,),
        _("Buiten gebruik stellen"),
    ),
    Rule(Status.DRAFT, Status.RETIRED, _OWNERS, (REASON_GIVEN,), _("Stoppen")),
    Rule(Status.REJECTED, Status.RETIRED, _OWNERS, (REASON_GIVEN,), _("Stoppen")),
]

_BY_PAIR = {(rule.from_status, rule.to_status): rule for rule in TRANSITIONS}
DECISION_STATUSES = {Status.APPROVED, Status.REJECTED}


def rule_for(from_status: str, to_status: str) -> Rule | None:
    return _BY_PAIR.get((from_status, to_status))


def rules_from(from_status: str) -> list[Rule]:
    return [rule for rule in TRANSITIONS if rule.from_status == from_status]


# Dossier paths (as in `audit.diff` rows) whose change is material: what the application
# does, with which data, on which model and supplier terms, and whom it affects.
MATERIAL_FIELDS = (
    "purpose",
    "use",
    "environment",
    "tasks",
    "decisions.",
    "impact.",
    "data.",
    "model.",
    "model",
    "other_models",
    "supplier.",
    "supplier",
    "supplier_agreements.",
)


def material_changes(changes: list[dict]) -> list[str]:
    """The changed fields (audit `changes` rows) that are material."""
    return [
        row["field"]
        for row in changes
        if any(
            row["field"] == p or (p.endswith(".") and row["field"].startswith(p))
            for p in MATERIAL_FIELDS
        )
    ]
