"""With the policy and lifecycle apps present, their figures reach the report and dashboard.

These run once those apps are installed (after the lead merges them); until then they skip.
"""

import io
import re

from django.urls import reverse

import pytest
from pypdf import PdfReader

from regie.audit.service import SYSTEM, Actor
from regie.publication.dashboard import dashboard_figures
from regie.publication.report import application_report_pdf


def _service(name: str, attribute: str):
    module = pytest.importorskip(f"regie.{name}.service")
    if not hasattr(module, attribute):
        pytest.skip(f"regie.{name}.service.{attribute} is not there yet")
    return getattr(module, attribute)


def test_it_puts_the_policy_evaluation_in_report_and_dashboard(make_application, organization):
    evaluate = _service("policy", "evaluate_application")
    application = make_application(contact_email=None, human_oversight=None)
    result = evaluate(application, actor=SYSTEM)
    pdf = application_report_pdf(application)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert "Er is nog geen beoordeling vastgelegd" not in text
    for finding in result.findings[:3]:  # in words, not as rule codes
        assert finding.message[:40] in text and finding.rule not in text
    figures = dashboard_figures(organization)
    assert sum(figures.open_findings.values()) == 1
    assert figures.with_open_findings == (0 if result.decision == "allowed" else 1)


def test_it_counts_open_incidents_from_the_lifecycle(
    make_application, organization, client, make_user
):
    report = _service("lifecycle", "report_incident")
    application = make_application()
    report(
        organization=organization,
        kind=_first_kind(),
        description="Uitvoer met BSN.",
        application=application,
    )
    assert dashboard_figures(organization).incidents == 1
    client.force_login(make_user("directie"))
    html = client.get(reverse("publication:dashboard")).content.decode()
    assert 'data-figure="incidents">1<' in html


def _first_kind() -> str:
    constants = pytest.importorskip("regie.lifecycle.constants")
    return constants.IncidentKind.values[0]


def test_it_puts_the_workflow_advice_in_the_report(make_application, make_user):
    give_advice = _service("workflow", "give_advice")
    application = make_application(status="in_review")
    fg = make_user("fg")
    give_advice(
        application,
        actor=Actor(user=fg, via="web"),
        role="fg",
        outcome="positive",
        text="Geen bezwaar: de DPIA is op orde.",
    )
    pdf = application_report_pdf(application)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert "Geen bezwaar: de DPIA is op orde." in text
    assert "Positief" in text
