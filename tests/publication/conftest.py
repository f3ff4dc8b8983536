"""Fixtures for publication: complete and varied dossiers, imported through the register."""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest

from regie.audit.service import SYSTEM
from regie.register import constants as c
from regie.register.dossier import parse_dossier
from regie.register.service import import_dossier

COMPLETE: dict[str, Any] = {
    "name": "Samenvatten van Woo-verzoeken",
    "organization": "Gemeente Voorbeeld",
    "purpose": "Medewerkers laten lange Woo-verzoeken samenvatten, zodat zij sneller zien "
    "welke documenten nodig zijn.",
    "societal_value": "Inwoners krijgen sneller antwoord op hun verzoek.",
    "owner": {"name": "Petra Projectleider", "email": "petra@voorbeeld.nl"},
    "theme": "Organisatie en bedrijfsvoering",
    "legal_basis": "Wet open overheid, artikel 4.1",
    "contact_email": "ai@voorbeeld.nl",
    "use": "project",
    "environment": "production",
    "tasks": ["summarising"],
    "decisions": {"legal_or_financial_effects": False, "autonomous": False},
    "impact": {"citizens": True, "employees": False},
    "data": {"personal_data": True, "special_categories": False, "confidential": False},
    "model": {
        "name": "Mistral Small",
        "provider": "Mistral AI",
        "developed_in_eu": True,
        "open_source": "open_weights",
        "hosting": "on_premises",
        "terms": "contract",
        "gpai": True,
        "endpoint": {"base_url": "http://127.0.0.1:11434/v1", "api_key_env": "GEHEIME_SLEUTEL_VAR"},
    },
    "supplier": {"name": "Leverancier BV", "country": "Nederland"},
    "supplier_agreements": {
        "data_sharing": "agreed",
        "data_retention": "agreed",
        "retraining_on_prompts": "excluded",
    },
    "risk_analysis": {
        "necessity_proportionality": "Alleen openbare verzoeken worden verwerkt.",
        "preconditions": "Interne notitie over AI-geletterdheid.",
        "subsidiarity": "Handmatig lezen kost te veel tijd.",
        "care": "Een medewerker controleert elke samenvatting op fouten.",
        "exit_strategy": "Terug naar handmatig werk.",
        "experts": ["privacy", "security"],
    },
    "assessments": {
        "dpia": "done",
        "iama": "not_applicable",
        "ai_act": {"risk": "minimal", "roles": ["deployer"], "gpai": True},
    },
    "advice": {"fg": "given", "ciso": "given"},
    "human_oversight": "Een medewerker leest elke samenvatting en beslist zelf.",
    "transparency": {"public_informed": True, "output_labelled": True},
    "registers": {"algoritmeregister": True, "cmdb": True},
    "training": {"users_trained": True},
    "status": "in_use",
}


def complete_dossier(**overrides: Any) -> dict[str, Any]:
    data = copy.deepcopy(COMPLETE)
    data.update(overrides)
    return data


@pytest.fixture
def make_application(db, organization):
    """`make_application(name=..., status=...)` → an application imported from a dossier."""

    def factory(**overrides: Any):
        data = parse_dossier(complete_dossier(**overrides))
        application, _created = import_dossier(data, actor=SYSTEM)
        return application

    return factory


def varied_dossier(rng: random.Random, index: int, organization: str) -> dict[str, Any]:
    """A dossier with a random mix of filled, empty and over-long facts."""

    def maybe(value: Any, empty: Any = None) -> Any:
        return value if rng.random() < 0.7 else empty

    def text(minimum: int, maximum: int) -> str:
        words = [
            "AI",
            "samenvatting",
            "burger",
            "<script>",
            "&",
            "inwoner",
            "brief",
            "é",
            "controle",
            "\n\n",
            "regel",
        ]
        out = []
        while len(" ".join(out)) < rng.randint(minimum, maximum):
            out.append(rng.choice(words))
        return " ".join(out)

    model = maybe(
        {
            "name": f"Model {index % 7}",
            "provider": maybe("Aanbieder", None),
            "developed_in_eu": maybe(rng.random() < 0.5),
            "open_source": maybe(rng.choice(list(c.OpenSource.values))),
            "hosting": maybe(rng.choice(list(c.Hosting.values))),
        }
    )
    return {
        # a name is one line: no line breaks (refused in names)
        "name": (f"{index} " + (" ".join(text(5, 60).split()) if rng.random() < 0.9
                                else "x" * 150)),
        "organization": organization,
        "purpose": maybe(text(20, 300) if rng.random() < 0.8 else text(401, 600)),
        "societal_value": maybe(text(10, 200)),
        "theme": maybe(rng.choice(list(c.Theme.values))),
        "legal_basis": maybe(text(10, 3000)),
        "contact_email": maybe(f"info{index}@voorbeeld.nl"),
        "tasks": maybe(rng.sample(list(c.Task.values), rng.randint(1, 3)), []),
        "decisions": {"legal_or_financial_effects": maybe(rng.random() < 0.3)},
        "impact": {"citizens": maybe(rng.random() < 0.5)},
        "data": {
            key: maybe(rng.random() < 0.5)
            for key in ("personal_data", "special_categories", "confidential")
        },
        "model": model,
        "supplier": maybe({"name": f"Leverancier {index % 5}"}),
        "risk_analysis": {
            "care": maybe(text(10, 2600)),
            "necessity_proportionality": maybe(text(10, 500)),
        },
        "assessments": {
            "dpia": maybe(rng.choice(list(c.AssessmentStatus.values))),
            "iama": maybe(rng.choice(list(c.AssessmentStatus.values))),
            "ai_act": {"risk": maybe(rng.choice(list(c.AIActRisk.values)))},
        },
        "human_oversight": maybe(text(10, 400)),
        "status": rng.choice(list(c.Status.values)),
    }


TOKEN = "test-token-123"
ORG_ID = "gm9999"


@pytest.fixture
def aanlever_server(reference_dir):
    """The loopback stand-in of the register's submission API (see `aanlever_server.py`)."""
    import threading

    from .aanlever_server import AanleverServer

    server = AanleverServer(
        reference_dir / "algoritmeregister" / "aanlever-api-openapi.json",
        token=TOKEN,
        organisation_id=ORG_ID,
    )
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def register_env(aanlever_server, monkeypatch):
    """Regie configured (through the environment) to publish to the loopback server."""
    monkeypatch.setenv("REGIE_ALGORITMEREGISTER_URL", aanlever_server.url)
    monkeypatch.setenv("REGIE_ALGORITMEREGISTER_TOKEN", TOKEN)
    monkeypatch.setenv("REGIE_ALGORITMEREGISTER_ORG_ID", ORG_ID)
    return aanlever_server
