"""Factories for the procedure tests: dossiers that the policy clearly allows or clearly
blocks, applications in any status, and one user per role. A new application comes with the
real evidence a well-run one has before review (the supplier's agreement record, the AI-Act
decision tree walked in Regie); `use_evidence` adds what going into use needs."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from regie.audit.service import Actor
from regie.register.dossier import parse_dossier
from regie.register.models import Application
from regie.register.service import import_dossier
from regie.workflow import service
from regie.workflow.constants import AdviceOutcome, AdviceRole, EvidenceKind
from tests import evidence

REASON = "Toelichting bij deze stap."

ALLOWED: dict[str, Any] = {
    "name": "Samenvatten van Woo-verzoeken",
    "purpose": "Medewerkers vatten lange Woo-verzoeken samen om sneller te kunnen behandelen.",
    "societal_value": "Snellere afhandeling van Woo-verzoeken voor inwoners.",
    "use": "project",
    "environment": "production",
    "tasks": ["summarising"],
    "decisions": {"legal_or_financial_effects": False, "autonomous": False},
    "impact": {"citizens": False, "employees": False},
    "data": {"personal_data": False, "special_categories": False, "confidential": False},
    "model": {
        "name": "GEITje 7B",
        "provider": "Rijksoverheid",
        "developed_in_eu": True,
        "open_source": "osi",
        "hosting": "on_premises",
        "terms": "contract",
        "gpai": True,
        "parameters_billion": 7,
    },
    "supplier": {"name": "Rijks ICT Gilde"},
    "supplier_agreements": {
        "data_sharing": "agreed",
        "data_retention": "agreed",
        "retraining_on_prompts": "excluded",
        "processor_agreement": "agreed",
    },
    "risk_analysis": {
        "necessity_proportionality": "Nodig door de toename van verzoeken; alleen samenvatten.",
        "preconditions": "Gebruikers zijn getraind; governance en archivering zijn geregeld.",
        "subsidiarity": "Handmatig samenvatten en sjablonen zijn overwogen.",
        "care": "Elke samenvatting wordt door een medewerker gecontroleerd op fouten en bias.",
        "exit_strategy": "Terug naar handmatig werken; het model draait op eigen systemen.",
        "experts": ["domain", "legal", "privacy", "security"],
    },
    "assessments": {
        "dpia": "not_applicable",
        "iama": "not_applicable",
        "ai_act": {"risk": "minimal", "roles": ["deployer"], "gpai": True},
    },
    "advice": {"fg": "none", "ciso": "none"},
    "human_oversight": "Een medewerker beoordeelt en ondertekent elke samenvatting.",
    "transparency": {"public_informed": True, "output_labelled": True},
    "registers": {"algoritmeregister": True, "cmdb": True},
    "training": {"users_trained": True},
}

BLOCKED_CHANGES: dict[str, Any] = {
    "decisions": {"legal_or_financial_effects": True, "autonomous": True},
    "impact": {"citizens": True, "employees": False},
    "data": {"personal_data": True, "special_categories": True, "confidential": True},
    "model": {
        "name": "ChatGPT (gratis)",
        "provider": "OpenAI",
        "developed_in_eu": False,
        "open_source": "proprietary",
        "hosting": "non_eu_cloud",
        "terms": "consumer",
        "gpai": True,
    },
    "supplier_agreements": {
        "data_sharing": "missing",
        "data_retention": "missing",
        "retraining_on_prompts": "allowed",
    },
    "assessments": {
        "dpia": "not_started",
        "iama": "not_started",
        "ai_act": {"risk": "high", "roles": ["deployer"], "gpai": True},
    },
}


def dossier(organization, owner, **changes) -> dict[str, Any]:
    data = copy.deepcopy(ALLOWED) | {
        "organization": organization.name,
        "owner": {"name": str(owner), "email": owner.email},
    }
    data.update(copy.deepcopy(changes))
    return parse_dossier(data)


@pytest.fixture
def users(make_user):
    """One user per role; `owner` is the projectleider who owns the applications."""
    return {
        "owner": make_user("projectleider", username="pl"),
        "projectleider": make_user("projectleider", username="pl2"),
        "fg": make_user("fg"),
        "ciso": make_user("ciso"),
        "directie": make_user("directie"),
        "beheerder": make_user("beheerder"),
        "medewerker": make_user("medewerker"),
        "dagelijks_bestuur": make_user("dagelijks_bestuur"),
    }


def actor(user) -> Actor:
    return Actor(user=user, via="test")


@pytest.fixture
def make_application(organization, users):
    """A new application (a distinct name each time) owned by the `owner` projectleider."""
    made = []

    def factory(*, blocked: bool = False, name: str = "", **changes) -> Application:
        if blocked:
            changes = {**BLOCKED_CHANGES, **changes}
        made.append(name)
        changes["name"] = name or f"{ALLOWED['name']} {len(made)}"
        application, _ = import_dossier(
            dossier(organization, users["owner"], **changes), actor=actor(users["owner"])
        )
        evidence.approval_evidence(
            application, owner=users["owner"], beheerder=users["beheerder"]
        )
        return application

    return factory


def confirm_open_items(application, user) -> None:
    """Evidence for the two checklist items the dossier cannot answer."""
    for item in ("measures", "explainability"):
        service.add_evidence(
            application,
            actor=actor(user),
            item=item,
            kind=EvidenceKind.NOTE,
            note=f"Vastgelegd: {item}.",
        )


def advise(application, users, outcome: str = AdviceOutcome.POSITIVE, **kwargs) -> None:
    for role in AdviceRole.values:
        service.give_advice(
            application,
            actor=actor(users[role]),
            role=role,
            outcome=outcome,
            text=f"Advies van {role}.",
            **kwargs,
        )


@pytest.fixture
def in_review(make_application, users):
    """An application whose owner requested advice."""

    def factory(**kwargs) -> Application:
        application = make_application(**kwargs)
        confirm_open_items(application, users["owner"])
        service.transition(application, "in_review", actor=actor(users["owner"]))
        return application

    return factory


def use_evidence(application, users) -> None:
    """Published, in the CMDB export, and its named operator (a medewerker) trained."""
    evidence.use_evidence(
        application, beheerder=users["beheerder"], operators=[users["medewerker"]]
    )
