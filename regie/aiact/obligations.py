"""The duties of the AI Act as work: which apply follows from the application's AI-Act
profile (risk class × roles, from the official decision tree), and each becomes an
`Obligation` with owner, evidence and due date, citing its article.

Regie's public organisations are "bodies governed by public law", so the deployer's
fundamental-rights impact assessment (art. 27) and the registration in the EU database
(art. 49(3)) apply to every high-risk deployer here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from regie.aiact.models import Obligation, ObligationStatus
from regie.audit.service import Actor, record_event
from regie.core.errors import InputError

INSTRUMENTS = "algoritmekader/instruments"


@dataclass(frozen=True)
class Profile:
    """The AI-Act profile as the duties need it."""

    risk: str  # prohibited | high | transparency | minimal | unknown
    roles: frozenset[str]
    applies: bool
    transparency: bool
    gpai_model: bool
    systemic_risk: bool = False

    @classmethod
    def from_result(cls, result: dict[str, Any]) -> Profile:
        labels = set(result.get("labels") or [])
        risk = result.get("risk") or "unknown"
        return cls(risk=risk, roles=frozenset(result.get("roles") or []),
                   applies=bool(result.get("applies", risk not in ("", "unknown"))),
                   transparency=risk == "transparency" or "transparantieverplichting" in labels,
                   gpai_model="AI-model voor algemene doeleinden" in labels,
                   systemic_risk="systeemrisico" in labels)


@dataclass(frozen=True)
class Duty:
    code: str
    article: str
    title: str
    applies: Callable[[Profile], bool]
    due_days: int = 30
    instrument: str = ""  # the official instrument file that structures the work
    card: str = ""  # its key once loaded (`regie instrument load FILE`)


def _high(role: str) -> Callable[[Profile], bool]:
    return lambda p: p.applies and p.risk == "high" and role in p.roles


def _transparent(role: str) -> Callable[[Profile], bool]:
    return lambda p: p.applies and p.transparency and role in p.roles


DUTIES: tuple[Duty, ...] = (
    Duty("literacy", "AI-verordening art. 4",
         "Zorg dat wie het systeem gebruikt of beheert voldoende AI-geletterd is",
         lambda p: p.applies and p.risk != "prohibited"),
    Duty("prohibited_stop", "AI-verordening art. 5",
         "Verboden AI-praktijk: neem het systeem niet in gebruik of stop het gebruik",
         lambda p: p.applies and p.risk == "prohibited", due_days=0),
    # --- high risk, deployer (art. 26, 27, 49, 73, 86) -----------------------------------
    Duty("deployer_instructions", "AI-verordening art. 26 lid 1",
         "Gebruik het systeem volgens de gebruiksaanwijzing van de aanbieder (technische en "
         "organisatorische maatregelen)", _high("deployer")),
    Duty("deployer_oversight", "AI-verordening art. 26 lid 2",
         "Wijs het menselijk toezicht toe aan met name genoemde, bekwame en opgeleide "
         "personen met de nodige bevoegdheid en ondersteuning", _high("deployer")),
    Duty("deployer_input_data", "AI-verordening art. 26 lid 4",
         "Zorg dat de inputdata relevant en voldoende representatief zijn voor het doel",
         _high("deployer")),
    Duty("deployer_monitoring", "AI-verordening art. 26 lid 5",
         "Monitor de werking volgens de gebruiksaanwijzing", _high("deployer")),
    Duty("deployer_suspend", "AI-verordening art. 26 lid 5, art. 79",
         "Leg vast wanneer het gebruik wordt opgeschort en hoe de aanbieder en de "
         "markttoezichtautoriteit dan onverwijld worden geïnformeerd", _high("deployer")),
    Duty("deployer_serious_incidents", "AI-verordening art. 26 lid 5, art. 73",
         "Richt de melding van ernstige incidenten in: eerst de aanbieder, dan de "
         "markttoezichtautoriteit, binnen de termijnen van art. 73", _high("deployer")),
    Duty("deployer_logs", "AI-verordening art. 26 lid 6",
         "Bewaar de automatisch gegenereerde logs ten minste zes maanden",
         _high("deployer")),
    Duty("deployer_workers", "AI-verordening art. 26 lid 7",
         "Informeer werknemersvertegenwoordigers (OR) en betrokken werknemers vóór "
         "ingebruikname op de werkplek", _high("deployer")),
    Duty("deployer_registration", "AI-verordening art. 26 lid 8, art. 49 lid 3, art. 71",
         "Registreer het gebruik in de EU-databank (bijlage VIII, afdeling C) vóór "
         "ingebruikname", _high("deployer")),
    Duty("deployer_dpia", "AI-verordening art. 26 lid 9, AVG art. 35",
         "Gebruik de informatie van de aanbieder (art. 13) voor de DPIA", _high("deployer")),
    Duty("deployer_affected_persons", "AI-verordening art. 26 lid 11",
         "Informeer de natuurlijke personen over wie het systeem (mee)beslist dat het wordt "
         "gebruikt", _high("deployer")),
    Duty("deployer_fria", "AI-verordening art. 27",
         "Voer vóór het eerste gebruik een beoordeling van de gevolgen voor de grondrechten "
         "uit (IAMA met de aanvullingen) en meld de uitkomst aan de markttoezichtautoriteit",
         _high("deployer"), instrument="dpia-prescan/iama.yaml", card="urn:nl:iama"),
    Duty("deployer_explanation", "AI-verordening art. 86",
         "Geef betrokkenen op verzoek uitleg over de rol van het systeem in het besluit",
         _high("deployer")),
    # --- transparency (art. 50) ----------------------------------------------------------
    Duty("transparency_interaction", "AI-verordening art. 50 lid 1",
         "Ontwerp het systeem zo dat mensen weten dat zij met AI communiceren",
         _transparent("provider")),
    Duty("transparency_marking", "AI-verordening art. 50 lid 2",
         "Markeer gegenereerde inhoud machineleesbaar als kunstmatig gegenereerd",
         _transparent("provider")),
    Duty("transparency_disclosure", "AI-verordening art. 50 lid 1 en 4",
         "Maak bekend dat inhoud met AI is gegenereerd of bewerkt, en dat men met een "
         "chatbot praat (vermelding onder elk antwoord in de gateway)",
         _transparent("deployer")),
    # --- high risk, provider (art. 9-17, 43, 47-49, 72, 73) --------------------------------
    Duty("provider_risk_management", "AI-verordening art. 9",
         "Richt een systeem voor risicobeheer in over de hele levenscyclus", _high("provider")),
    Duty("provider_data_governance", "AI-verordening art. 10",
         "Data en datagovernance: trainings-, validatie- en testdata voldoen aan de eisen",
         _high("provider")),
    Duty("provider_technical_documentation", "AI-verordening art. 11, bijlage IV",
         "Stel de technische documentatie op volgens bijlage IV", _high("provider"),
         instrument=f"{INSTRUMENTS}/technical_docs_for_high_risk_ai.yaml", card="urn:nl:cardtd"),
    Duty("provider_logging", "AI-verordening art. 12, art. 19",
         "Zorg voor automatische logging en bewaar de logs", _high("provider")),
    Duty("provider_instructions", "AI-verordening art. 13",
         "Lever transparante informatie en een gebruiksaanwijzing aan gebruiksverantwoordelijken",
         _high("provider")),
    Duty("provider_oversight_design", "AI-verordening art. 14",
         "Ontwerp het systeem voor doeltreffend menselijk toezicht", _high("provider")),
    Duty("provider_accuracy", "AI-verordening art. 15",
         "Zorg voor passende nauwkeurigheid, robuustheid en cyberbeveiliging",
         _high("provider")),
    Duty("provider_quality_management", "AI-verordening art. 17",
         "Richt een systeem voor kwaliteitsbeheer in", _high("provider")),
    Duty("provider_conformity", "AI-verordening art. 43, art. 47, art. 48",
         "Doorloop de conformiteitsbeoordeling, stel de EU-conformiteitsverklaring op en "
         "breng de CE-markering aan", _high("provider"),
         instrument=f"{INSTRUMENTS}/conformity_assessment_eu_ai_act.yaml", card="urn:nl:cardca"),
    Duty("provider_registration", "AI-verordening art. 49 lid 1",
         "Registreer het systeem als aanbieder in de EU-databank (bijlage VIII, afdeling A)",
         _high("provider")),
    Duty("provider_post_market", "AI-verordening art. 72",
         "Richt monitoring na het in de handel brengen in", _high("provider")),
    Duty("provider_serious_incidents", "AI-verordening art. 73",
         "Meld ernstige incidenten aan de markttoezichtautoriteit binnen de termijnen",
         _high("provider")),
    Duty("provider_impact_assessment", "Algoritmekader: AI-impactassessment (AIIA)",
         "Voer de AI-impactassessment uit als onderbouwing van ontwerp en inzet",
         _high("provider"), instrument=f"{INSTRUMENTS}/aiia.yaml", card="urn:nl:cardaiia"),
    # --- general-purpose AI models, importers, distributors -----------------------------
    Duty("gpai_model_documentation", "AI-verordening art. 53",
         "Aanbieder van een AI-model voor algemene doeleinden: technische documentatie, "
         "informatie voor afnemers en beleid voor auteursrecht",
         lambda p: p.applies and p.gpai_model and "provider" in p.roles),
    Duty("gpai_systemic_risk", "AI-verordening art. 55",
         "AI-model met systeemrisico: modelevaluatie, risicobeperking, melding van ernstige "
         "incidenten en cyberbeveiliging",
         lambda p: p.applies and p.gpai_model and p.systemic_risk and "provider" in p.roles),
    Duty("importer_checks", "AI-verordening art. 23",
         "Controleer vóór het in de handel brengen conformiteit, documentatie en markering",
         _high("importer")),
    Duty("distributor_checks", "AI-verordening art. 24",
         "Controleer CE-markering, conformiteitsverklaring en gebruiksaanwijzing",
         _high("distributor")),
)
BY_CODE = {duty.code: duty for duty in DUTIES}


def duties_for(profile: Profile) -> list[Duty]:
    """The duties that apply to this profile, in the order of the regulation."""
    return [duty for duty in DUTIES if duty.applies(profile)]


def profile_of(application) -> Profile | None:
    """The profile of the completed decision-tree run, else the register's fields; None
    when the classification is still unknown."""
    from regie.instruments.service import ai_act_profile_for

    result = ai_act_profile_for(application)
    if result is None:
        if application.ai_act_risk in ("", "unknown", None):
            return None
        result = {"risk": application.ai_act_risk, "roles": application.ai_act_role_values,
                  "applies": True,
                  "labels": ["transparantieverplichting"]
                  if application.ai_act_risk == "transparency" else []}
    return Profile.from_result(result)


def sync_obligations(application, *, actor: Actor) -> list[Obligation]:
    """Create the obligations the profile asks for (due in their number of days), and mark
    those it no longer asks for as not applying; recorded work is never deleted."""
    profile = profile_of(application)
    wanted = {d.code: d for d in duties_for(profile)} if profile is not None else {}
    today = timezone.localdate()
    with transaction.atomic():
        existing = {o.code: o for o in Obligation.objects.select_for_update()
                    .filter(application=application)}
        added, withdrawn, back = [], [], []
        for code, duty in wanted.items():
            item = existing.get(code)
            if item is None:
                Obligation.objects.create(
                    application=application, code=code, article=duty.article,
                    title=duty.title, due_date=today + dt.timedelta(days=duty.due_days))
                added.append(code)
            elif not item.applies:
                item.applies = True
                item.save(update_fields=["applies", "updated_at"])
                back.append(code)
        for code, item in existing.items():
            if code not in wanted and item.applies:
                item.applies = False
                item.save(update_fields=["applies", "updated_at"])
                withdrawn.append(code)
        if added or withdrawn or back:
            record_event("ai_act_obligations_derived", actor=actor, obj=application,
                         data={"risk": getattr(profile, "risk", "unknown"),
                               "roles": sorted(getattr(profile, "roles", [])),
                               "added": added, "withdrawn": withdrawn, "applies_again": back})
    return list(Obligation.objects.filter(application=application)
                .select_related("owner").order_by("-applies", "due_date", "pk"))


def update_obligation(obligation: Obligation, *, actor: Actor, status: str, owner=None,
                      evidence: str = "", evidence_link: str = "",
                      due_date: dt.date | None = None, reason: str = "") -> Obligation:
    """Record the work on one obligation; checked as a whole, nothing stored on bad input."""
    if status not in ObligationStatus.values:
        raise InputError(f"status: onbekende status '{status}'")
    evidence, evidence_link, reason = evidence.strip(), evidence_link.strip(), reason.strip()
    if evidence_link and not evidence_link.startswith(("https://", "http://")):
        raise InputError("link naar bewijs: moet met https:// of http:// beginnen")
    if owner is not None and owner.organization_id != obligation.application.organization_id:
        raise InputError("eigenaar: hoort niet bij deze organisatie")
    if status == ObligationStatus.DONE:
        if owner is None:
            raise InputError("eigenaar: wijs een eigenaar aan voordat u de verplichting "
                             "afrondt")
        if not (evidence or evidence_link):
            raise InputError("bewijs: beschrijf of koppel het bewijs voordat u afrondt")
    if status == ObligationStatus.NOT_APPLICABLE and not reason:
        raise InputError("reden: geef aan waarom de verplichting niet van toepassing is")
    before = {"status": obligation.status, "owner": obligation.owner_id,
              "evidence": obligation.evidence, "evidence_link": obligation.evidence_link,
              "due_date": str(obligation.due_date or ""), "reason": obligation.reason}
    obligation.status, obligation.owner = status, owner
    obligation.evidence, obligation.evidence_link, obligation.reason = (
        evidence, evidence_link[:500], reason)
    if due_date is not None:
        obligation.due_date = due_date
    if status == ObligationStatus.DONE and obligation.done_at is None:
        obligation.done_at = timezone.now()
    elif status != ObligationStatus.DONE:
        obligation.done_at = None
    after = {"status": status, "owner": getattr(owner, "pk", None), "evidence": evidence,
             "evidence_link": evidence_link, "due_date": str(obligation.due_date or ""),
             "reason": reason}
    with transaction.atomic():
        obligation.save()
        record_event("ai_act_obligation_updated", actor=actor, obj=obligation.application,
                     data={"obligation": obligation.code, "article": obligation.article,
                           "before": before, "after": after})
    return obligation
