"""Register fixtures: a small catalogue and dossier per organisation, written through the
service so the audit trail holds them as it would in use."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from regie.audit.service import Actor
from regie.register.models import AIModel, Application, Supplier
from regie.register.service import save_application, save_catalogue_item

ACTOR = Actor(via="test", name="test")


def make_register(organization, *, owner_email: str = "projectleider@voorbeeld.nl",
                  name: str = "Samenvatten van Woo-verzoeken",
                  supplier_name: str = "Voorbeeld Hosting B.V.") -> SimpleNamespace:
    model = save_catalogue_item(
        AIModel(organization=organization),
        {"name": "Mistral Small 3.1", "provider": "Mistral AI", "hosting": "on_premises",
         "open_source": "osi", "terms": "contract", "developed_in_eu": True}, actor=ACTOR)
    supplier = save_catalogue_item(
        Supplier(organization=organization),
        {"name": supplier_name, "country": "Nederland"}, actor=ACTOR)
    application = save_application(
        Application(organization=organization),
        {"name": name, "purpose": "Lange Woo-verzoeken samenvatten voor de behandelaar.",
         "owner_name": "Fatima el Amrani", "owner_email": owner_email, "status": "in_review",
         "ai_act_risk": "minimal", "model": model, "supplier": supplier},
        actor=ACTOR, lists={"tasks": ["summarising"]})
    return SimpleNamespace(model=model, supplier=supplier, application=application)


@pytest.fixture
def register(organization):
    return make_register(organization)


@pytest.fixture
def other_register(other_organization):
    return make_register(other_organization, name="Chatassistent elders")
