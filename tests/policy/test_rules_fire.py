"""Every rule of the national policy: a dossier where it fires and one where it does not."""

import pytest

from regie.policy.engine import evaluate
from regie.policy.rules import national_policy
from tests.policy.helpers import varied

SUPPLIED = {"use": "supplier_service", "supplier": {"name": "Leverancier B.V."}}
NO_PERSONAL = {"data.personal_data": False}
HIGH = {"assessments.ai_act.risk": "high"}

# rule id: (changes under which it fires, changes under which it stays quiet)
CASES = {
    "use_unknown": ({"use": None}, {}),
    "unavoidable_use_conscientious": ({"use": "unavoidable"}, {}),
    "environment_unknown": ({"environment": None}, {"environment": None, "use": "unavoidable"}),
    "supplier_unknown": ({"use": "supplier_service"}, SUPPLIED),
    "purpose_missing": ({"purpose": None}, {"purpose": None, "use": "unavoidable"}),
    "societal_value_missing": ({"societal_value": None},
                               {"societal_value": None, "use": "unavoidable"}),
    "owner_missing": ({"owner.name": None}, {"owner.name": None, "use": "unavoidable"}),
    "risk_necessity_missing": ({"risk_analysis.necessity_proportionality": None}, {}),
    "risk_preconditions_missing": ({"risk_analysis.preconditions": None}, {}),
    "risk_subsidiarity_missing": ({"risk_analysis.subsidiarity": " "}, {}),
    "risk_care_missing": ({"risk_analysis.care": None}, {}),
    "risk_exit_strategy_missing": ({"risk_analysis.exit_strategy": None},
                                   {"risk_analysis.exit_strategy": None, "use": "unavoidable"}),
    "risk_experts_missing": ({"risk_analysis.experts": []}, {}),
    "risk_experts_not_diverse": ({"risk_analysis.experts": ["privacy", "ethics"]},
                                 {"risk_analysis.experts": []}),
    "legal_basis_missing": ({"legal_basis": None}, {"legal_basis": None, **NO_PERSONAL}),
    "special_categories_unknown": ({"data.special_categories": None},
                                   {"data.special_categories": None, **NO_PERSONAL}),
    "special_categories_exception": ({"data.special_categories": True, "legal_basis": None},
                                     {"data.special_categories": True}),
    "data_unknown": ({"data.confidential": None}, {}),
    "impact_unknown": ({"impact.employees": None}, {}),
    "decisions_unknown": ({"decisions.autonomous": None}, {}),
    "model_missing": ({"model": None}, {"model": None, "use": "unavoidable"}),
    "model_terms_unknown": ({"model.terms": None}, {"model": None}),
    "consumer_terms": ({"other_models": [{"name": "ChatGPT", "terms": "consumer"}]},
                       {"model.terms": "consumer", "use": "unavoidable",
                        "data.personal_data": None}),
    "sensitive_data_into_public_tool": ({"model.terms": "consumer"},
                                        {"model.terms": "consumer", **NO_PERSONAL}),
    "individual_use_sensitive_data": ({"use": "individual", "data.personal_data": False,
                                       "data.confidential": True},
                                      {"use": "individual", **NO_PERSONAL}),
    "exploration_sensitive_data": ({"environment": "exploration"},
                                   {"environment": "exploration", **NO_PERSONAL}),
    "supplier_data_sharing": ({"model.hosting": "eu_cloud",
                               "supplier_agreements.data_sharing": "missing"},
                              {"model.hosting": "eu_cloud"}),
    "supplier_data_retention": ({**SUPPLIED, "supplier_agreements.data_retention": None},
                                {"supplier_agreements.data_retention": None}),
    "supplier_retraining_unknown": ({**SUPPLIED, "supplier_agreements.retraining_on_prompts":
                                     "missing"},
                                    {"supplier_agreements.retraining_on_prompts": "missing"}),
    "retraining_with_sensitive_data": ({"supplier_agreements.retraining_on_prompts": "allowed"},
                                       {"supplier_agreements.retraining_on_prompts": "allowed",
                                        **NO_PERSONAL}),
    "retraining_allowed": ({"supplier_agreements.retraining_on_prompts": "allowed",
                            **NO_PERSONAL}, {}),
    "processor_agreement_missing": ({**SUPPLIED, "supplier_agreements.processor_agreement":
                                     "missing"}, SUPPLIED),
    "procurement_terms": (SUPPLIED, {}),
    "personal_data_outside_eu": ({"model.hosting": "non_eu_cloud"},
                                 {"model.hosting": "non_eu_cloud", **NO_PERSONAL}),
    "prefer_eu_developed": ({"model.developed_in_eu": False}, {"model.developed_in_eu": None}),
    "prefer_open_source": ({"model.open_source": "open_weights"}, {}),
    "prefer_local_hosting": ({"model.hosting": "eu_cloud"}, {}),
    "avoid_non_eu_dependency": ({"model.hosting": "non_eu_cloud"}, {"model.hosting": "eu_cloud"}),
    "prefer_smaller_model": ({"model.parameters_billion": 405}, {}),
    "dpia_required": ({"assessments.dpia": "in_progress"},
                      {"assessments.dpia": "in_progress", **NO_PERSONAL}),
    "iama_required": ({"assessments.iama": "not_started"},
                      {"assessments.iama": "not_started", **NO_PERSONAL}),
    "iama_required_high_risk": ({**HIGH, **NO_PERSONAL, "assessments.iama": "in_progress"}, HIGH),
    "iama_recommended": ({**NO_PERSONAL, "assessments.iama": "not_started"},
                         {**NO_PERSONAL, "assessments.iama": "not_started",
                          "impact.citizens": False}),
    "fg_advice_required": ({"advice.fg": "requested"}, {"advice.fg": "requested", **NO_PERSONAL}),
    "ciso_advice_required": ({"advice.ciso": "none"}, {"advice.ciso": "none", "use": "individual"}),
    "ciso_advice_individual": ({"advice.ciso": "none", "use": "individual"},
                               {"use": "individual"}),
    "no_autonomous_decisions": ({"decisions.autonomous": True}, {}),
    "legal_effects_human_decides": ({"decisions.legal_or_financial_effects": True,
                                     "human_oversight": None},
                                    {"decisions.legal_or_financial_effects": True}),
    "legal_effects_directie_decision": ({"decisions.legal_or_financial_effects": True},
                                        {"decisions.legal_or_financial_effects": True,
                                         "decisions.directie_decision": "Besluit D-12: mag."}),
    "human_oversight_missing": ({"human_oversight": None},
                                {"human_oversight": None, "use": "unavoidable"}),
    "bias_check": ({"risk_analysis.experts": ["privacy", "legal", "domain"],
                    "advice.ciso": "requested"},
                   {"risk_analysis.experts": ["privacy", "legal", "domain"]}),
    "explainable_results": ({"tasks": ["data_analysis"]}, {}),
    "source_citation": ({}, {"tasks": ["data_analysis"]}),
    "agents_routine_only": ({"tasks": ["agent_automation"]}, {}),
    "transparency_public": ({"transparency.public_informed": False},
                            {"transparency.public_informed": False, "impact.citizens": False}),
    "chatbot_disclosure": ({"tasks": ["faq_answering"], "transparency.public_informed": None,
                            "impact.citizens": False}, {"tasks": ["faq_answering"]}),
    "output_labelled": ({"transparency.output_labelled": False},
                        {"transparency.output_labelled": False, "tasks": ["data_analysis"]}),
    "algoritmeregister_missing": ({"registers.algoritmeregister": False},
                                  {"registers.algoritmeregister": False,
                                   "environment": "exploration", **NO_PERSONAL}),
    "cmdb_missing": ({"registers.cmdb": None},
                     {"registers.cmdb": None, "environment": "exploration", **NO_PERSONAL}),
    "users_not_trained": ({"training.users_trained": None},
                          {"training.users_trained": None, "use": "unavoidable"}),
    "ai_act_prohibited": ({"assessments.ai_act.risk": "prohibited"}, {}),
    "ai_act_unclassified": ({"assessments.ai_act.risk": "unknown"}, {}),
    "ai_act_roles_missing": ({"assessments.ai_act.roles": []}, {}),
    "ai_act_gpai_unknown": ({"assessments.ai_act.gpai": None, "model.gpai": None},
                            {"assessments.ai_act.gpai": None}),
    "gpai_documentation": ({}, {"assessments.ai_act.gpai": False}),
    "ai_act_classification_check": ({"decisions.legal_or_financial_effects": True},
                                    {"decisions.legal_or_financial_effects": True, **HIGH}),
    "ai_act_high_risk_deployer": ({**HIGH, "registers.algoritmeregister": False}, HIGH),
    "ai_act_high_risk_provider": ({**HIGH, "assessments.ai_act.roles": ["deployer", "provider"]},
                                  HIGH),
    "ai_act_transparency_obligations": ({"assessments.ai_act.risk": "transparency",
                                         "transparency.output_labelled": False},
                                        {"assessments.ai_act.risk": "transparency"}),
}


def _fired(changes):
    return {f.rule for f in evaluate(varied(changes)).findings}


def test_it_has_a_case_for_every_rule():
    assert {r.id for r in national_policy().rules} == set(CASES)


def test_it_allows_the_compliant_dossier():
    result = evaluate(varied({}))
    assert result.decision == "allowed"
    assert result.required_instruments == ("RISK_ANALYSIS", "AI_ACT", "DPIA", "IAMA")
    assert {f.level for f in result.findings} <= {"advice"}


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_it_fires_the_rule(rule_id):
    fires, _quiet = CASES[rule_id]
    assert rule_id in _fired(fires)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_it_keeps_the_rule_quiet(rule_id):
    _fires, quiet = CASES[rule_id]
    assert rule_id not in _fired(quiet)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_it_gives_the_rule_level_its_decision(rule_id):
    rule = national_policy().rule(rule_id)
    result = evaluate(varied(CASES[rule_id][0]))
    expected = {"blocking": "not_allowed", "required": "conditional"}.get(rule.level)
    if expected == "not_allowed" or (expected and result.decision != "not_allowed"):
        assert result.decision == expected
    assert rule.sources and rule.field
