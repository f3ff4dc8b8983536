"""Findings lead somewhere: an intake for the unregistered, an incident for uploads to a
consumer-terms service, nothing for what is registered and approved."""

from __future__ import annotations

import pytest

from regie.audit.models import AuditEvent
from regie.lifecycle.models import Incident
from regie.register.models import AIModel, Application
from regie.shadow.models import Finding, FindingKind
from regie.workflow.models import Task


def _findings():
    return {(f.kind, f.service_key, f.department) for f in Finding.objects.all()}


@pytest.fixture
def mistral_for(organization):
    """An application in use on Mistral's API, for `department`."""
    def make(department: str, status: str = "in_use") -> Application:
        model = AIModel.objects.create(organization=organization, name="Mistral Large",
                                       endpoint_base_url="https://api.mistral.ai/v1")
        return Application.objects.create(organization=organization, name="Samenvatten",
                                          slug="samenvatten", status=status, model=model,
                                          department=department)
    return make


@pytest.mark.django_db
def test_it_opens_an_intake_for_the_departments_projectleider(import_sample, make_user,
                                                              mistral_for):
    leader = make_user("projectleider", username="pl_burgerzaken", department="Burgerzaken")
    make_user("projectleider", username="pl_ict", department="ICT")
    mistral_for("ICT")
    import_sample("csv")
    assert _findings() == {
        (FindingKind.UNREGISTERED, "gemini", "Burgerzaken"),
        (FindingKind.CONSUMER_TERMS, "gemini", "Burgerzaken"),
        (FindingKind.UNREGISTERED, "deepl", "Sociaal Domein"),
        (FindingKind.CONSUMER_TERMS, "deepl", "Sociaal Domein"),
    }
    finding = Finding.objects.get(kind=FindingKind.UNREGISTERED, service_key="gemini")
    draft = finding.application
    assert draft.status == "draft" and draft.department == "Burgerzaken"
    assert "Gemini" in draft.name and "Google" in draft.purpose
    task = Task.objects.get(application=draft, kind="intake")
    assert task.role == "projectleider" and task.assignee == leader
    deepl_task = Task.objects.get(application__name__contains="DeepL", kind="intake")
    assert deepl_task.assignee is None  # nobody of Sociaal Domein: every projectleider
    assert AuditEvent.objects.filter(event="shadow_finding_opened").count() == 4


@pytest.mark.django_db
def test_it_reports_uploads_to_a_consumer_service_to_the_fg_with_the_clock(import_sample):
    import_sample("csv")
    incident = Incident.objects.get()
    assert incident.handler == "fg" and incident.possible_breach
    assert incident.breach_clock_started_at is not None
    assert incident.source == "shadow" and "Gemini" in incident.description
    consumer = Finding.objects.get(kind=FindingKind.CONSUMER_TERMS, service_key="gemini")
    assert consumer.incident == incident and consumer.uploads == 1
    # DeepL saw no uploads: a finding, but no incident.
    assert Finding.objects.get(kind=FindingKind.CONSUMER_TERMS,
                               service_key="deepl").incident is None


@pytest.mark.django_db
def test_it_recognises_an_approved_application_and_its_scope(import_sample, mistral_for):
    mistral_for("ICT")
    import_sample("csv")
    assert not Finding.objects.filter(service_key="le-chat").exists()


@pytest.mark.django_db
def test_it_flags_use_outside_the_approved_departments(import_sample, mistral_for):
    mistral_for("Financiën")
    import_sample("csv")
    finding = Finding.objects.get(service_key="le-chat")
    assert (finding.kind, finding.department) == (FindingKind.OUTSIDE_SCOPE, "ICT")
    assert finding.application is None and finding.incident is None


@pytest.mark.django_db
def test_it_flags_use_of_a_registered_service_before_its_approval(import_sample, mistral_for):
    mistral_for("ICT", status="in_review")
    import_sample("csv")
    assert Finding.objects.get(service_key="le-chat").kind == FindingKind.OUTSIDE_SCOPE


@pytest.mark.django_db
def test_it_opens_each_follow_up_once_over_several_imports(import_sample):
    import_sample("csv")
    import_sample("jsonl")
    assert Application.objects.filter(name__contains="Gemini").count() == 1
    assert Task.objects.filter(kind="intake").count() == Application.objects.count()
    # Claude with a 250 KB upload from Ruimte: a second incident, Gemini's is not repeated.
    assert Incident.objects.count() == 2
