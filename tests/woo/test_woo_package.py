"""A Woo request from selection to package: scope, proposed redactions, review before export,
and PDFs that, read back, hold none of the personal data that was blacked out."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

from django.urls import reverse
from django.utils import timezone

import pytest
from pypdf import PdfReader

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.lifecycle.models import Incident
from regie.register.models import Application
from regie.register.roles import Role
from regie.woo import service
from regie.woo.models import Redaction, WooRequest
from regie.workflow.models import Advice

BSN, IBAN, NAME = "111222333", "NL91ABNA0417164300", "Fatima el Idrissi"
ACTOR = Actor(via="cli", name="test")


@pytest.fixture
def records(organization, other_organization):
    """An application with advice naming a citizen, an incident with a BSN and an IBAN, and
    another organisation's incident that must never be selected."""
    app = Application.objects.create(organization=organization, name="Woo-samenvatter",
                                     slug="woo-samenvatter", department="Publiekszaken",
                                     purpose="Samenvatten van Woo-verzoeken")
    other = Application.objects.create(organization=organization, name="Vergaderverslag",
                                       slug="vergaderverslag", department="Griffie")
    Advice.objects.create(application=app, role="fg", outcome="positive",
                          adviser_name="fg", text=(
                              f"In de test is een brief van mevrouw {NAME} gebruikt. Gebruik "
                              "voortaan alleen geanonimiseerde voorbeelden."))
    Incident.objects.create(organization=organization, application=app, kind="personal_data",
                            handler="fg", description=(
                                f"Een medewerker plakte een brief met BSN {BSN} en "
                                f"rekeningnummer {IBAN} in de samenvatter."))
    Incident.objects.create(organization=organization, application=other, kind="bias",
                            handler="ciso", description="Notulen gaven sprekers verkeerd weer.")
    Incident.objects.create(organization=other_organization, kind="bias", handler="ciso",
                            description="Elders: Woo-samenvatter van een andere gemeente.")
    return app


def _request(organization, reference="WOO-2026-0001", **criteria) -> WooRequest:
    return WooRequest.objects.create(organization=organization, reference=reference,
                                     subject="Alles over de Woo-samenvatter",
                                     received_on=dt.date(2026, 11, 30), **criteria)


@pytest.mark.django_db
def test_it_selects_by_application_department_period_and_words(organization, records):
    by_app = _request(organization, application=records)
    assert service.select_documents(by_app, actor=ACTOR) == 3  # advice, dossier, incident
    kinds = sorted(by_app.documents.values_list("kind", flat=True))
    assert kinds == ["advice", "dossier", "incident"]
    by_department = _request(organization, reference="WOO-2026-0002", department="Griffie")
    service.select_documents(by_department, actor=ACTOR)
    assert sorted(by_department.documents.values_list("kind", flat=True)) == [
        "dossier", "incident"]
    by_words = _request(organization, reference="WOO-2026-0003", words="rekeningnummer brief")
    service.select_documents(by_words, actor=ACTOR)
    assert list(by_words.documents.values_list("kind", flat=True)) == ["incident"]
    future = _request(organization, reference="WOO-2026-0004",
                      period_start=timezone.localdate() + dt.timedelta(days=1))
    assert service.select_documents(future, actor=ACTOR) == 0
    assert AuditEvent.objects.filter(event="woo_documents_selected").count() == 4


@pytest.mark.django_db
def test_it_proposes_redactions_with_their_woo_grounds(organization, records):
    woo = _request(organization, application=records)
    service.select_documents(woo, actor=ACTOR)
    proposed = {(r.text, r.ground) for r in Redaction.objects.filter(document__request=woo)}
    assert (BSN, "5.1 lid 1 sub e") in proposed
    assert (IBAN, "5.1 lid 2 sub e") in proposed
    assert any(NAME in text and ground == "5.1 lid 2 sub e" for text, ground in proposed)
    assert all(r.status == "proposed" for r in Redaction.objects.all())


@pytest.mark.django_db
def test_it_exports_nothing_before_every_redaction_is_reviewed(organization, records):
    woo = _request(organization, application=records)
    service.select_documents(woo, actor=ACTOR)
    with pytest.raises(InputError, match="te beoordelen"):
        service.export_package(woo, actor=ACTOR)
    woo.refresh_from_db()
    assert woo.exported_at is None
    assert not AuditEvent.objects.filter(event="woo_package_exported").exists()


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.django_db
def test_it_exports_pdfs_without_the_redacted_data_and_an_inventory(organization, records):
    woo = _request(organization, application=records)
    service.select_documents(woo, actor=ACTOR)
    for redaction in Redaction.objects.filter(document__request=woo):
        service.review(redaction, accept=True, actor=ACTOR)
    dossier = woo.documents.get(kind="dossier")
    service.add_redaction(dossier, "Samenvatten van Woo-verzoeken", actor=ACTOR)
    data = service.export_package(woo, actor=ACTOR)
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = sorted(archive.namelist())
    assert names == ["documenten/0001.pdf", "documenten/0002.pdf", "documenten/0003.pdf",
                     "inventarislijst.csv", "inventarislijst.pdf"]
    texts = {name: _pdf_text(archive.read(name)) for name in names if name.endswith(".pdf")}
    everything = "\n".join(texts.values())
    for secret in (BSN, IBAN, "Fatima", "Idrissi", "Samenvatten van Woo-verzoeken"):
        assert secret not in everything.replace("\n", " ")
    assert "[5.1.1e]" in everything and "[5.1.2e]" in everything
    assert "rekeningnummer" in everything  # the rest of the text stays readable
    rows = list(csv.reader(io.StringIO(archive.read("inventarislijst.csv").decode("utf-8-sig")),
                           delimiter=";"))
    assert rows[0] == ["nummer", "datum", "titel", "soort", "beoordeling",
                       "weigeringsgronden"]
    assert {row[4] for row in rows[1:]} == {"Deels openbaar"}
    assert "art. 5.1 lid 1 sub e Woo" in [row for row in rows if row[3] == "Incident"][0][5]
    assert "Inventarislijst WOO-2026-0001" in texts["inventarislijst.pdf"]
    woo.refresh_from_db()
    assert woo.exported_at is not None
    with pytest.raises(InputError):
        service.select_documents(woo, actor=ACTOR)


@pytest.mark.django_db
def test_it_keeps_a_rejected_redaction_readable_and_a_withheld_document_out(organization,
                                                                          records):
    woo = _request(organization, application=records)
    service.select_documents(woo, actor=ACTOR)
    advice = woo.documents.get(kind="advice")
    for redaction in Redaction.objects.filter(document__request=woo):
        service.review(redaction, accept=redaction.document != advice, actor=ACTOR)
    incident = woo.documents.get(kind="incident")
    service.withhold(incident, "5.1 lid 2 sub e", actor=ACTOR)
    archive = zipfile.ZipFile(io.BytesIO(service.export_package(woo, actor=ACTOR)))
    assert f"documenten/{incident.number:04d}.pdf" not in archive.namelist()
    advice_text = _pdf_text(archive.read(f"documenten/{advice.number:04d}.pdf"))
    assert "Idrissi" in advice_text
    rows = list(csv.reader(io.StringIO(archive.read("inventarislijst.csv").decode("utf-8-sig")),
                           delimiter=";"))
    decisions = {row[3]: row[4] for row in rows[1:]}
    assert decisions == {"Advies": "Openbaar", "Dossier van een toepassing": "Openbaar",
                         "Incident": "Niet openbaar"}


@pytest.mark.django_db
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_it_lets_only_the_woo_coordinator_in(client, make_user, organization, records, role):
    woo = _request(organization, application=records)
    client.force_login(make_user(role))
    allowed = role == "fg"
    assert client.get(reverse("woo:index")).status_code == (200 if allowed else 403)
    assert client.get(reverse("woo:request", args=[woo.pk])).status_code == (
        200 if allowed else 403)
    selected = client.post(reverse("woo:select", args=[woo.pk]))
    assert selected.status_code == (302 if allowed else 403)
    assert woo.documents.exists() == allowed
    assert client.post(reverse("woo:export", args=[woo.pk])).status_code == (
        302 if allowed else 403)  # the FG is sent back: reviews are still open


@pytest.mark.django_db
def test_it_runs_through_the_pages_and_refuses_bad_input_with_400(client, make_user,
                                                                  organization, records,
                                                                  other_organization):
    client.force_login(make_user("fg"))
    bad = client.post(reverse("woo:index"), {"subject": "", "received_on": "2026-13-45"})
    assert bad.status_code == 400 and not WooRequest.objects.exists()
    backwards = client.post(reverse("woo:index"), {
        "subject": "x", "received_on": "2026-11-30", "period_start": "2026-11-01",
        "period_end": "2026-10-01"})
    assert backwards.status_code == 400 and "eindigt" in backwards.content.decode()
    created = client.post(reverse("woo:index"), {
        "subject": "Alles over de samenvatter", "received_on": "2026-11-30",
        "application": records.pk})
    woo = WooRequest.objects.get()
    assert created.status_code == 302 and woo.reference == "WOO-2026-0001"
    client.post(reverse("woo:select", args=[woo.pk]))
    page = client.get(reverse("woo:request", args=[woo.pk])).content.decode()
    assert "woo-proposed" in page and BSN in page  # the coordinator sees what to judge
    redaction = Redaction.objects.filter(document__request=woo).first()
    assert client.post(reverse("woo:review", args=[woo.pk, redaction.pk]),
                       {"decision": "maybe"}).status_code == 400
    client.post(reverse("woo:review", args=[woo.pk, redaction.pk]), {"decision": "redact"})
    redaction.refresh_from_db()
    assert redaction.status == "accepted"
    for other in Redaction.objects.filter(document__request=woo, status="proposed"):
        client.post(reverse("woo:review", args=[woo.pk, other.pk]), {"decision": "redact"})
    response = client.post(reverse("woo:export", args=[woo.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    foreign = WooRequest.objects.create(organization=other_organization, reference="WOO-1",
                                        subject="elders", received_on=dt.date(2026, 1, 1))
    assert client.get(reverse("woo:request", args=[foreign.pk])).status_code == 404
