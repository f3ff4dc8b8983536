"""Every "Toegestaan" and "Niet toegestaan" line of seed 004 §4 and every condition of seed
000 §Wat is het standpunt, against the national rules: a use the seeds forbid is never
`allowed`; a use they allow is, once the conditions are met."""

from __future__ import annotations

import pytest

from regie.audit.service import Actor
from regie.policy.engine import evaluate
from regie.policy.rules import national_policy
from regie.policy.service import evaluate_application, load_policy
from regie.register.service import import_dossier
from tests.policy.helpers import COMPLIANT, varied


def _open(result) -> set[str]:
    return {f.rule for f in result.findings if f.level != "advice"}


# 004 §4 Toegestaan: each line as the application's task, in an otherwise compliant dossier
ALLOWED_LINES = {
    "Hulp bij het schrijven of redigeren van teksten": ["text_drafting"],
    "Genereren van ideeën of samenvattingen": ["idea_generation", "summarising"],
    "Ondersteunen bij data-analyse": ["data_analysis"],
    "Beantwoorden van veelgestelde vragen met vooraf getrainde modellen": ["faq_answering"],
    "Inzetten van AI-agents voor het automatiseren van routinetaken of communicatie":
        ["agent_automation"],
    "Robotisering van interne processen": ["process_automation"],
}


@pytest.mark.parametrize("line", ALLOWED_LINES)
def test_it_allows_every_use_004_lists_as_allowed(line):
    result = evaluate(varied({"tasks": ALLOWED_LINES[line]}), national_policy())
    assert result.decision == "allowed", _open(result)


# 004 §4 Niet toegestaan: (changes, decision at least, the rule that decides it)
FORBIDDEN_LINES = {
    "Verwerking van vertrouwelijke gegevens via openbare AI-tools":
        ({"data.confidential": True, "model.terms": "consumer"}, "not_allowed",
         "sensitive_data_into_public_tool"),
    "AI inzetten voor besluitvorming met juridische of financiële gevolgen":
        ({"tasks": ["decision_support"], "decisions.legal_or_financial_effects": True},
         "conditional", "legal_effects_directie_decision"),
    "AI inzetten voor besluitvorming (zelfstandig besluit)":
        ({"tasks": ["decision_support"], "decisions.autonomous": True}, "not_allowed",
         "no_autonomous_decisions"),
    "Ongecontroleerde inzet (geen menselijk toezicht)":
        ({"human_oversight": None}, "conditional", "human_oversight_missing"),
    "Niet-gedocumenteerde inzet (geen algoritmeregister)":
        ({"registers.algoritmeregister": False}, "conditional", "algoritmeregister_missing"),
}


@pytest.mark.parametrize("line", FORBIDDEN_LINES)
def test_it_never_allows_a_use_004_forbids(line):
    changes, decision, rule = FORBIDDEN_LINES[line]
    result = evaluate(varied(changes), national_policy())
    assert result.decision == decision
    assert rule in _open(result)


def test_it_keeps_decision_support_with_legal_effects_conditional_on_the_directie():
    changes = {"tasks": ["decision_support"], "decisions.legal_or_financial_effects": True,
               "impact.citizens": False, "impact.employees": True}
    # human oversight described is not enough: the dossier stays conditional
    assert evaluate(varied(changes), national_policy()).decision == "conditional"
    decided = varied({**changes, "decisions.directie_decision":
                      "Besluit D-2026-14: toegestaan, de jurist besluit en motiveert zelf."})
    assert evaluate(decided, national_policy()).decision == "allowed"


STRICT = """
version: "gv-2026.1"
title: Gemeente Voorbeeld - geen AI bij besluiten met rechtsgevolgen
rules:
  - id: gv_no_ai_legal_effects
    level: blocking
    when:
      all:
        - {fact: tasks, contains: decision_support}
        - {fact: decisions.legal_or_financial_effects, is: true}
    message: Onze organisatie zet geen AI in bij besluiten met juridische of financiële
      gevolgen, ook niet met een besluit van de directie.
    sources: ["004 §4 Toegestaan en Niet-toegestaan Gebruik"]
    field: tasks
"""


@pytest.mark.django_db
def test_it_blocks_where_the_organisations_policy_says_so():
    actor = Actor(via="test", name="test")
    dossier = {**COMPLIANT, "tasks": ["decision_support"],
               "impact": {"citizens": False, "employees": True},
               "decisions": {"legal_or_financial_effects": True, "autonomous": False,
                             "directie_decision": "Besluit D-1: toegestaan."}}
    application, _created = import_dossier(dossier, actor=actor)
    # Under the national policy alone it is not refused (its typed declarations are not
    # evidence, so it may still be conditional); the organisation's own rule blocks it.
    assert evaluate_application(application).decision != "not_allowed"
    load_policy(content=STRICT, source="gv.yaml", actor=actor,
                organization=application.organization)
    result = evaluate_application(application)
    assert result.decision == "not_allowed"
    assert "gv_no_ai_legal_effects" in _open(result)


# 000 §Wat is het standpunt: each condition, left unmet, and the rule that asks for it
CONDITIONS_000 = {
    "bestaande wet- en regelgeving: AVG (DPIA)": ({"assessments.dpia": "not_started"},
                                                  "dpia_required"),
    "bestaande wet- en regelgeving: AVG (grondslag)": ({"legal_basis": None},
                                                      "legal_basis_missing"),
    "bestaande wet- en regelgeving: AI-verordening (verboden praktijk)":
        ({"assessments.ai_act.risk": "prohibited"}, "ai_act_prohibited"),
    "bestaande wet- en regelgeving: Grondwet art. 1 (bias)":
        ({"risk_analysis.experts": ["privacy", "security", "legal", "domain"],
          "advice.ciso": "requested"}, "bias_check"),
    "doel voldoende duidelijk": ({"purpose": None}, "purpose_missing"),
    "risicoanalyse met een divers expertteam": ({"risk_analysis.experts": []},
                                                "risk_experts_missing"),
    "noodzaak en proportionaliteit": ({"risk_analysis.necessity_proportionality": None},
                                      "risk_necessity_missing"),
    "randvoorwaarden (AI-geletterdheid, governance)": ({"risk_analysis.preconditions": None},
                                                       "risk_preconditions_missing"),
    "subsidiariteit": ({"risk_analysis.subsidiarity": None}, "risk_subsidiarity_missing"),
    "zorgvuldigheid": ({"risk_analysis.care": None}, "risk_care_missing"),
    "exitstrategie (veiligheid)": ({"risk_analysis.exit_strategy": None},
                                   "risk_exit_strategy_missing"),
    "juiste rollen betrokken bij de besluitvorming (FG)": ({"advice.fg": "requested"},
                                                           "fg_advice_required"),
    "juiste rollen betrokken bij de besluitvorming (eigenaar)": ({"owner.name": None},
                                                                 "owner_missing"),
    "afspraken met leveranciers: datadeling": (
        {"model.hosting": "eu_cloud", "supplier_agreements.data_sharing": "missing"},
        "supplier_data_sharing"),
    "afspraken met leveranciers: dataretentie": (
        {"use": "supplier_service", "supplier": {"name": "Leverancier B.V."},
         "supplier_agreements.data_retention": None}, "supplier_data_retention"),
    "afspraken met leveranciers: hertrainen met prompts": (
        {"use": "supplier_service", "supplier": {"name": "Leverancier B.V."},
         "supplier_agreements.retraining_on_prompts": "missing"},
        "supplier_retraining_unknown"),
}


@pytest.mark.parametrize("condition", CONDITIONS_000)
def test_it_asks_for_every_condition_of_the_national_position(condition):
    changes, rule = CONDITIONS_000[condition]
    result = evaluate(varied(changes), national_policy())
    assert result.decision != "allowed"
    assert rule in _open(result)


def test_it_allows_the_compliant_dossier_once_every_condition_is_met():
    assert evaluate(varied({}), national_policy()).decision == "allowed"
