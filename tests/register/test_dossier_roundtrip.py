"""Dossier files round-trip through the register without loss."""

import pytest
import yaml

from regie.audit.service import Actor
from regie.register.dossier import DossierError, parse_dossier
from regie.register.models import Application
from regie.register.service import dossier_for, import_dossier, with_dossier_relations

ACTOR = Actor(via="test", name="test")

FULL = {
    "name": "Samenvatten van Woo-verzoeken",
    "organization": "Gemeente Voorbeeld",
    "purpose": "Lange Woo-verzoeken samenvatten.",
    "societal_value": "Snellere afhandeling.",
    "owner": {"name": "Fatima el Amrani", "email": "f.elamrani@voorbeeld.nl"},
    "use": "project",
    "environment": "production",
    "tasks": ["summarising", "text_drafting"],
    "decisions": {"legal_or_financial_effects": False, "autonomous": False},
    "impact": {"citizens": True, "employees": False},
    "data": {"personal_data": True, "special_categories": False, "confidential": False},
    "model": {"name": "Mistral Small 3.1", "provider": "Mistral AI", "developed_in_eu": True,
              "open_source": "osi", "hosting": "on_premises", "terms": "contract", "gpai": True,
              "parameters_billion": 24,
              "endpoint": {"base_url": "http://127.0.0.1:11434/v1", "api_key_env": None}},
    "other_models": [{"name": "Whisper large-v3", "provider": "OpenAI", "open_source": "osi",
                      "hosting": "on_premises", "terms": "contract", "gpai": False}],
    "supplier": {"name": "Voorbeeld Hosting B.V.", "country": "Nederland"},
    "supplier_agreements": {"data_sharing": "agreed", "data_retention": "agreed",
                            "retraining_on_prompts": "excluded",
                            "processor_agreement": "agreed", "contract_end_date": "2027-12-31"},
    "risk_analysis": {"necessity_proportionality": "Verdubbeling van verzoeken.",
                      "preconditions": "Training gevolgd.", "subsidiarity": "Handwerk te traag.",
                      "care": "Controle door behandelaar.", "exit_strategy": "Terug naar handwerk.",
                      "experts": ["privacy", "security", "legal", "domain"]},
    "assessments": {"dpia": "done", "iama": "in_progress",
                    "ai_act": {"risk": "minimal", "roles": ["deployer"], "gpai": True}},
    "advice": {"fg": "given", "ciso": "requested"},
    "human_oversight": "Een behandelaar leest alles.",
    "transparency": {"public_informed": True, "output_labelled": True},
    "registers": {"algoritmeregister": False, "cmdb": True},
    "training": {"users_trained": True},
    "status": "draft",
}

MINIMAL = {"name": "Vertalen van de website", "organization": "Gemeente Voorbeeld",
           "use": "unavoidable"}

INDIVIDUAL = {"name": "Ideeën voor communicatie", "organization": "Provincie Test",
              "use": "individual", "environment": "exploration", "tasks": ["idea_generation"],
              "model": {"name": "ChatGPT", "provider": "OpenAI", "terms": "consumer",
                        "hosting": "non_eu_cloud", "open_source": "proprietary"},
              "data": {"personal_data": False}}


def _export(slug):
    return dossier_for(with_dossier_relations(Application.objects.all()).get(slug=slug))


@pytest.mark.django_db
@pytest.mark.parametrize("source", [FULL, MINIMAL, INDIVIDUAL],
                         ids=["full", "minimal", "individual"])
def test_it_round_trips_import_export_import(source):
    app, created = import_dossier(parse_dossier(source), actor=ACTOR)
    assert created
    first = _export(app.slug)
    # Every fact given survives the trip.
    for key, value in source.items():
        if isinstance(value, dict) and key not in ("model", "supplier"):
            for sub, subvalue in value.items():
                if isinstance(subvalue, list):
                    assert first[key][sub] == sorted(subvalue)
                elif not isinstance(subvalue, dict):
                    assert first[key][sub] == subvalue, f"{key}.{sub}"
        elif isinstance(value, list) and key == "tasks":
            assert first[key] == sorted(value)
    again, created_again = import_dossier(parse_dossier(yaml.safe_load(yaml.safe_dump(first))),
                                          actor=ACTOR)
    assert not created_again and again.pk == app.pk
    assert _export(app.slug) == first
    assert Application.objects.count() == 1


@pytest.mark.django_db
def test_it_refuses_an_invalid_dossier_and_writes_nothing():
    bad = {**FULL, "data": {"personal_data": "ja"}}
    with pytest.raises(DossierError, match="data.personal_data"):
        import_dossier(parse_dossier(bad), actor=ACTOR)
    assert Application.objects.count() == 0


@pytest.mark.django_db
def test_it_rolls_back_when_the_database_refuses_a_value():
    bad = {**MINIMAL, "owner": {"name": "x", "email": "x@voorbeeld.nl"},
           "external": {"url": "geen url"}}
    with pytest.raises(DossierError, match="external.url"):
        import_dossier(parse_dossier(bad), actor=ACTOR)
    assert Application.objects.count() == 0
