"""Per measure: status, evidence file (size and type limited) or link, and people; the
evidence is only served to the application's own organisation."""

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.instruments import service
from regie.instruments.models import Measure, MeasureWork


@pytest.fixture
def catalogue(reference_dir, db):
    service.load_instrument(reference_dir / "algoritmekader", actor=Actor(via="cli", name="t"))


def test_it_records_status_evidence_and_people(
    client, make_user, application, catalogue, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    user = make_user("beheerder")
    reviewer = make_user("fg")
    client.force_login(user)
    measure = Measure.objects.get(urn="urn:nl:ak:mtr:org-01")
    url = f"/instrumenten/{application.slug}/maatregelen/"
    page = client.get(url)
    assert page.status_code == 200 and measure.name in page.content.decode()
    evidence = SimpleUploadedFile("expertise.pdf", b"%PDF-1.4 bewijs", "application/pdf")
    response = client.post(
        url,
        {
            "measure": measure.pk,
            "status": "done",
            "evidence_file": evidence,
            "accountable": user.pk,
            "reviewer": reviewer.pk,
        },
    )
    assert response.status_code == 302
    work = MeasureWork.objects.get(application=application, measure=measure)
    assert work.status == "done" and work.reviewer == reviewer and work.evidence_name
    assert AuditEvent.objects.filter(event="measure_work_updated").exists()
    download = client.get(f"/instrumenten/{application.slug}/maatregelen/bewijs/{work.pk}/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4 bewijs"


def test_it_refuses_a_forbidden_file_type_and_keeps_the_state(
    client, make_user, application, catalogue, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(make_user("beheerder"))
    measure = Measure.objects.get(urn="urn:nl:ak:mtr:org-01")
    url = f"/instrumenten/{application.slug}/maatregelen/"
    upload = SimpleUploadedFile("virus.exe", b"MZ", "application/octet-stream")
    response = client.post(
        url, {"measure": measure.pk, "status": "done", "evidence_file": upload}, follow=True
    )
    assert "Bewijsstuk" in response.content.decode()
    assert not MeasureWork.objects.exists()
    response = client.post(url, {"measure": measure.pk, "status": "not_applicable"}, follow=True)
    assert "reden" in response.content.decode()
    assert not MeasureWork.objects.exists()


def test_it_hides_evidence_from_other_organisations(
    client, make_user, application, catalogue, other_organization, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    measure = Measure.objects.get(urn="urn:nl:ak:mtr:org-01")
    work = service.record_measure_work(
        application,
        measure,
        actor=Actor(via="cli", name="t"),
        status="done",
        evidence_file=SimpleUploadedFile("bewijs.txt", b"geheim"),
    )
    outsider = make_user("beheerder", username="buiten", org=other_organization)
    client.force_login(outsider)
    url = f"/instrumenten/{application.slug}/maatregelen/bewijs/{work.pk}/"
    assert client.get(url).status_code == 404
