"""A dossier that meets every condition of the national policy, and a way to vary it."""

from __future__ import annotations

import copy
from typing import Any

from regie.register.dossier import parse_dossier

COMPLIANT: dict[str, Any] = {
    "name": "Samenvatten van Woo-verzoeken",
    "organization": "Gemeente Voorbeeld",
    "purpose": "Lange Woo-verzoeken samenvatten zodat behandelaars sneller overzicht hebben.",
    "societal_value": "Verzoekers krijgen sneller antwoord.",
    "owner": {"name": "Fatima el Amrani", "email": "f.elamrani@voorbeeld.nl"},
    "legal_basis": "AVG art. 6 lid 1 sub e; Woo",
    "use": "project",
    "environment": "production",
    "tasks": ["summarising"],
    "decisions": {"legal_or_financial_effects": False, "autonomous": False},
    "impact": {"citizens": True, "employees": False},
    "data": {"personal_data": True, "special_categories": False, "confidential": False},
    "model": {"name": "Mistral Small 3.1", "provider": "Mistral AI", "developed_in_eu": True,
              "open_source": "osi", "hosting": "on_premises", "terms": "contract",
              "gpai": True, "parameters_billion": 24},
    "supplier_agreements": {"data_sharing": "agreed", "data_retention": "agreed",
                            "retraining_on_prompts": "excluded",
                            "processor_agreement": "agreed"},
    "risk_analysis": {
        "necessity_proportionality": "Het aantal verzoeken verdubbelde; handwerk loopt vast.",
        "preconditions": "Behandelaars volgden de training; beheer ligt bij I&A.",
        "subsidiarity": "Sjablonen en extra menskracht onderzocht, onvoldoende.",
        "care": "Behandelaar controleert elke samenvatting tegen het origineel.",
        "exit_strategy": "Terug naar handmatig samenvatten binnen een dag.",
        "experts": ["privacy", "security", "legal", "domain", "ethics"],
    },
    "assessments": {"dpia": "done", "iama": "done",
                    "ai_act": {"risk": "minimal", "roles": ["deployer"], "gpai": True}},
    "advice": {"fg": "given", "ciso": "given"},
    "human_oversight": "Een behandelaar leest en corrigeert elke samenvatting.",
    "transparency": {"public_informed": True, "output_labelled": True},
    "registers": {"algoritmeregister": True, "cmdb": True},
    "training": {"users_trained": True},
    "status": "draft",
}


def varied(changes: dict[str, Any], base: dict[str, Any] = COMPLIANT) -> dict[str, Any]:
    """The base dossier with dotted paths set (`{"model.terms": "consumer"}`), normalised."""
    data = copy.deepcopy(base)
    for path, value in changes.items():
        node = data
        *parents, leaf = path.split(".")
        for part in parents:
            if not isinstance(node.get(part), dict):
                node[part] = {}
            node = node[part]
        node[leaf] = value
    return parse_dossier(data)
