"""The policy pages: who may see and do what, and what they show."""

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import RequestContext, Template
from django.test import RequestFactory

import pytest
import yaml

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.policy import service
from regie.policy.models import EvaluationRecord, PolicyVersion
from regie.register.dossier import load_dossier_file, parse_dossier
from regie.register.service import import_dossier
from tests import evidence

ACTOR = Actor(via="test", name="test")
DOSSIERS = Path(__file__).parent / "dossiers"


def _import(name, **changes):
    data = load_dossier_file(DOSSIERS / name)
    data.update(changes)
    return import_dossier(parse_dossier({k: v for k, v in data.items() if k != "slug"}),
                          actor=ACTOR)[0]


@pytest.fixture
def app(organization):
    return _import("17-dpia-nog-bezig.yaml")


def _rules_file(rule_id="gv_eigen", **extra):
    return yaml.safe_dump({"version": "gv-2", "title": "Eigen", "rules": [{
        "id": rule_id, "level": "advice", "when": {"present": "purpose"},
        "message": "Eigen advies.", "sources": ["Eigen beleid §1"], "field": "purpose",
        **extra}]}).encode()


@pytest.mark.django_db
def test_it_shows_the_panel_with_decision_findings_and_sources(client, make_user, app):
    client.force_login(make_user("medewerker"))
    response = client.get(f"/beleid/toepassing/{app.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-decision="conditional"' in html
    assert 'data-rule="dpia_required"' in html and "AVG art. 35" in html
    assert "Toets vastleggen" not in html  # a medewerker may not record an evaluation


@pytest.mark.django_db
def test_it_hides_other_organisations_applications(client, make_user, other_organization):
    theirs = _import("01-woo-samenvatten-lokaal.yaml", organization=other_organization.name)
    client.force_login(make_user("beheerder"))
    assert client.get(f"/beleid/toepassing/{theirs.slug}/").status_code == 404
    assert client.post(f"/beleid/toepassing/{theirs.slug}/").status_code == 404


@pytest.mark.django_db
def test_it_refuses_users_without_rights(client, make_user, app):
    assert client.get(f"/beleid/toepassing/{app.slug}/").status_code == 302  # to the login
    client.force_login(make_user())
    assert client.get(f"/beleid/toepassing/{app.slug}/").status_code == 403
    assert client.get("/beleid/").status_code == 403


@pytest.mark.django_db
def test_it_records_an_evaluation_for_a_projectleider_only(client, make_user, app):
    client.force_login(make_user("medewerker"))
    assert client.post(f"/beleid/toepassing/{app.slug}/").status_code == 403
    client.force_login(make_user("projectleider"))
    response = client.post(f"/beleid/toepassing/{app.slug}/")
    assert response.status_code == 302
    record = EvaluationRecord.objects.get(application=app)
    assert record.decision == "conditional" and "dpia_required" in record.findings
    assert AuditEvent.objects.filter(event="policy_evaluated", application_id=app.pk).exists()


@pytest.mark.django_db
def test_it_renders_the_panel_tag_anywhere(rf: RequestFactory, make_user, app):
    request = rf.get("/")
    request.user = make_user("medewerker")
    html = Template("{% load policy %}{% policy_panel application %}").render(
        RequestContext(request, {"application": app}))
    assert 'data-rule="dpia_required"' in html and "Toets aan het beleid" in html


@pytest.mark.django_db
def test_it_lists_allowed_tools_with_their_conditions(client, make_user, organization):
    woo = _import("01-woo-samenvatten-lokaal.yaml", status="in_use")
    # its DPIA counts from the report the FG accepted, not from the typed "done"
    evidence.accepted_report(woo, kind="dpia", author=make_user("beheerder"),
                             fg=make_user("fg"))
    _import("11-copilot-individueel-eu-contract.yaml", status="approved",
            model={"name": "Schrijfhulp Pro", "provider": "EU AI", "terms": "contract",
                   "hosting": "eu_cloud"})
    _import("27-consumententool-als-tweede-model.yaml", status="approved")  # not allowed
    _import("29-groot-model-advies-kleiner.yaml")  # still a draft
    client.force_login(make_user("medewerker"))
    html = client.get("/beleid/toegestane-tools/").content.decode()
    assert "Mistral Small 3.1" in html and "Schrijfhulp Pro" in html
    assert "Midjourney" not in html and "Llama 3.1 405B" not in html
    assert "Voer geen persoonsgegevens in." in html  # the writing assistant
    assert "zoals in de DPIA van deze toepassing" in html  # the Woo summariser
    assert "Nooit toegestaan" in html and "consumentenvoorwaarden" in html


@pytest.mark.django_db
def test_it_lets_a_beheerder_upload_organisation_rules(client, make_user, organization):
    client.force_login(make_user("beheerder"))
    assert client.get("/beleid/laden/").status_code == 200
    response = client.post("/beleid/laden/", {
        "file": SimpleUploadedFile("eigen.yaml", _rules_file(), "application/x-yaml"),
        "national": "on"})  # ignored: only the installation admin replaces national policy
    version = PolicyVersion.objects.get(version="gv-2")
    assert response.status_code == 302 and response.url == f"/beleid/versies/{version.pk}/"
    assert version.organization == organization and version.active
    page = client.get(response.url).content.decode()
    assert 'data-diff="added"' in page and "gv_eigen" in page


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "content", "problem"), [
    ("eigen.txt", _rules_file(), "Alleen .yaml"),
    ("eigen.yaml", _rules_file(rule_id="consumer_terms"), "bestaat al in het landelijke beleid"),
    ("eigen.yaml", _rules_file(when={"fact": "onzin", "is": True}), "onbekend feit"),
    ("eigen.yaml", b"x" * 600_000, "groter dan 512 kB"),
    ("eigen.yaml", b"\xff\xfe", "geen UTF-8"),
])
def test_it_refuses_a_bad_upload_and_stores_nothing(client, make_user, name, content, problem):
    client.force_login(make_user("beheerder"))
    service.active_versions(None)
    before = PolicyVersion.objects.count()
    response = client.post("/beleid/laden/", {"file": SimpleUploadedFile(name, content,
                                                                         "text/plain")})
    assert response.status_code == 400
    assert problem in response.content.decode()
    assert PolicyVersion.objects.count() == before


@pytest.mark.django_db
def test_it_keeps_policy_management_to_beheerders(client, make_user, other_organization):
    theirs = service.load_policy(content=_rules_file().decode(), source="x.yaml", actor=ACTOR,
                                 organization=other_organization)
    client.force_login(make_user("projectleider"))
    assert client.get("/beleid/laden/").status_code == 403
    assert client.post("/beleid/herbeoordelen/").status_code == 403
    client.force_login(make_user("fg"))
    assert client.get("/beleid/").status_code == 200
    assert client.get(f"/beleid/versies/{theirs.pk}/").status_code == 404


@pytest.mark.django_db
def test_it_reevaluates_the_beheerders_organisation(client, make_user, app, other_organization):
    _import("01-woo-samenvatten-lokaal.yaml", organization=other_organization.name)
    client.force_login(make_user("beheerder"))
    assert client.get("/beleid/herbeoordelen/").status_code == 405
    response = client.post("/beleid/herbeoordelen/", follow=True)
    assert "1 toepassingen opnieuw getoetst" in response.content.decode()
    assert list(EvaluationRecord.objects.values_list("application_id", flat=True)) == [app.pk]


@pytest.mark.parametrize(("path", "anchor"), [
    ("data.personal_data", "id_data_personal"), ("assessments.dpia", "id_assessment_dpia"),
    ("risk_analysis.experts", "id_experts"), ("model.terms", "id_model"),
    ("supplier.name", "id_supplier"), ("purpose", "id_purpose"),
])
def test_it_links_each_finding_to_its_form_field(path, anchor):
    from regie.policy.panel import field_anchor

    assert field_anchor(path) == anchor
