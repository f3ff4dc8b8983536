"""Each open checklist item carries the form that evidences it, for those who may record it:
the owner starts the AI-Act decision tree, adds the supplier's signed agreement, names
themselves as a trained user; after the decision confirms the publication and downloads the
CMDB row. Each form sends the owner back to the procedure page; each record is audited and
counts as evidence; others see no such form and are refused at the door."""

import csv
import datetime as dt
import io

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from regie.audit.models import AuditEvent
from regie.lifecycle.models import ApplicationOperator, Training, TrainingRecord
from regie.register.models import Application, Supplier, SupplierAgreement
from regie.register.service import evidenced_dossier
from regie.workflow import service
from tests.workflow.conftest import actor, advise, dossier

PDF = b"%PDF-1.4\n% getekend\n"
ADDRESS = "https://algoritmes.overheid.nl/nl/algoritme/woo/12345678"


def page(client, application):
    return client.get(f"/procedure/{application.slug}/").content.decode()


@pytest.fixture
def draft(organization, users):
    """A new application with nothing evidenced yet (the intake's starting point)."""
    from regie.register.service import import_dossier

    application, _ = import_dossier(
        dossier(organization, users["owner"], name="Zonder bewijs"), actor=actor(users["owner"]))
    return application


@pytest.fixture
def training(organization):
    return Training.objects.create(organization=organization, name="AI-geletterdheid basis",
                                   level="basic", validity_months=24)


@pytest.fixture
def approved(in_review, users):
    application = in_review()
    advise(application, users)
    service.decide(application, actor=actor(users["directie"]), outcome="approved",
                   rationale="Adviezen positief.")
    application.refresh_from_db()
    return application


@pytest.mark.django_db
def test_it_offers_the_owner_the_forms_of_the_open_items(client, draft, users, training):
    client.force_login(users["owner"])
    html = page(client, draft)
    assert "Beslishulp AI-verordening beginnen" in html
    assert "Getekende overeenkomst vastleggen" in html
    assert "Mijzelf als gebruiker vastleggen" in html
    # publication and CMDB come after the decision
    assert "Publicatie bevestigen" not in html and "CMDB-regel" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["projectleider", "fg", "directie"])
def test_it_offers_no_form_to_who_may_not_record(client, draft, users, training, role):
    client.force_login(users[role])
    html = page(client, draft)
    for label in ("Beslishulp AI-verordening beginnen", "Mijzelf als gebruiker vastleggen"):
        assert label not in html
    if role != "projectleider":  # another projectleider may keep the supplier's record
        assert "Getekende overeenkomst vastleggen" not in html


@pytest.mark.django_db
def test_it_records_the_agreement_with_the_declared_terms_and_returns(client, draft, users):
    client.force_login(users["owner"])
    back = f"/procedure/{draft.slug}/"
    response = client.post(f"/register/leveranciers/{draft.supplier_id}/overeenkomsten/", {
        "document": SimpleUploadedFile("overeenkomst.pdf", PDF), "next": back,
        "data_sharing": "agreed", "data_retention": "agreed",
        "retraining_on_prompts": "excluded", "processor_agreement": "agreed"})
    assert response.status_code == 302 and response.url == back
    agreement = SupplierAgreement.objects.get()
    assert agreement.recorded_by == users["owner"]
    _dossier, facts = evidenced_dossier(draft)
    assert facts["supplier_agreements.data_sharing"].evidenced
    assert AuditEvent.objects.filter(event="supplier_agreement_recorded",
                                     actor_id=users["owner"].pk).exists()


@pytest.mark.django_db
def test_it_returns_only_to_a_page_of_this_site(client, draft, users):
    client.force_login(users["owner"])
    response = client.post(f"/register/leveranciers/{draft.supplier_id}/overeenkomsten/", {
        "document": SimpleUploadedFile("overeenkomst.pdf", PDF),
        "next": "https://elders.example/", "data_sharing": "agreed",
        "data_retention": "agreed", "retraining_on_prompts": "excluded",
        "processor_agreement": "agreed"})
    assert response.url == Supplier.objects.get(pk=draft.supplier_id).get_absolute_url()


@pytest.mark.django_db
def test_it_names_the_owner_a_trained_user_with_the_certificate(client, draft, users, training):
    client.force_login(users["owner"])
    back = f"/procedure/{draft.slug}/"
    url = f"/beheer-na-besluit/ai-geletterdheid/toepassingen/{draft.slug}/mijzelf/"
    response = client.post(url, {"training": training.pk, "completed_on": "2026-03-01",
                                 "evidence": SimpleUploadedFile("certificaat.pdf", PDF),
                                 "next": back})
    assert response.status_code == 302 and response.url == back
    record = TrainingRecord.objects.get(user=users["owner"])
    assert record.evidence and record.recorded_by == users["owner"]
    assert ApplicationOperator.objects.filter(application=draft, user=users["owner"]).exists()
    _dossier, facts = evidenced_dossier(draft)
    assert facts["training.users_trained"].evidenced
    events = set(AuditEvent.objects.filter(actor_id=users["owner"].pk)
                 .values_list("event", flat=True))
    assert {"training_recorded", "operator_set"} <= events


@pytest.mark.django_db
def test_it_refuses_an_own_training_without_certificate_and_stores_nothing(
        client, draft, users, training):
    client.force_login(users["owner"])
    url = f"/beheer-na-besluit/ai-geletterdheid/toepassingen/{draft.slug}/mijzelf/"
    response = client.post(url, {"training": training.pk, "completed_on": "2026-03-01",
                                 "next": f"/procedure/{draft.slug}/"}, follow=True)
    assert "certificaat" in response.content.decode()
    assert not TrainingRecord.objects.exists() and not ApplicationOperator.objects.exists()
    # the general form too: who records their own training shows the evidence
    response = client.post("/beheer-na-besluit/ai-geletterdheid/registreren/", {
        "user": users["owner"].pk, "training": training.pk, "completed_on": "2026-03-01"})
    assert response.status_code == 400 and not TrainingRecord.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["projectleider", "fg", "ciso", "medewerker"])
def test_it_lets_only_the_owner_name_themselves(client, draft, users, training, role):
    client.force_login(users[role])
    url = f"/beheer-na-besluit/ai-geletterdheid/toepassingen/{draft.slug}/mijzelf/"
    response = client.post(url, {"training": training.pk, "completed_on": "2026-03-01",
                                 "evidence": SimpleUploadedFile("certificaat.pdf", PDF)})
    assert response.status_code == 403
    assert not TrainingRecord.objects.exists()


@pytest.mark.django_db
def test_it_lets_the_owner_confirm_the_publication_after_the_decision(client, approved, users):
    client.force_login(users["owner"])
    html = page(client, approved)
    assert "Publicatie bevestigen" in html and "CMDB-regel van deze toepassing" in html
    back = f"/procedure/{approved.slug}/"
    response = client.post(f"/publicatie/toepassing/{approved.slug}/confirm/",
                           {"url": ADDRESS, "next": back})
    assert response.status_code == 302 and response.url == back
    _dossier, facts = evidenced_dossier(approved)
    assert facts["registers.algoritmeregister"].evidenced
    assert AuditEvent.objects.filter(event="application_publication_confirmed",
                                     actor_id=users["owner"].pk).exists()


@pytest.mark.django_db
def test_it_gives_the_owner_the_cmdb_row_as_evidence(client, approved, users):
    client.force_login(users["owner"])
    response = client.get(f"/publicatie/toepassing/{approved.slug}/cmdb.csv")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 1
    _dossier, facts = evidenced_dossier(approved)
    assert facts["registers.cmdb"].evidenced
    assert AuditEvent.objects.filter(event="cmdb_exported", actor_id=users["owner"].pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["projectleider", "fg", "directie", "medewerker"])
def test_it_refuses_publication_and_cmdb_to_others(client, approved, users, role):
    client.force_login(users[role])
    assert client.get(f"/publicatie/toepassing/{approved.slug}/cmdb.csv").status_code == 403
    response = client.post(f"/publicatie/toepassing/{approved.slug}/confirm/", {"url": ADDRESS})
    assert response.status_code == 403
    assert not AuditEvent.objects.filter(event__in=["cmdb_exported",
                                                    "application_publication_confirmed"]
                                         ).exists()


@pytest.mark.django_db
def test_it_refuses_the_owner_publication_before_the_decision(client, draft, users):
    client.force_login(users["owner"])
    response = client.post(f"/publicatie/toepassing/{draft.slug}/confirm/", {"url": ADDRESS})
    assert response.status_code == 403
    assert client.get(f"/publicatie/toepassing/{draft.slug}/cmdb.csv").status_code == 403
    assert Application.objects.get(pk=draft.pk).status == "draft"


@pytest.mark.django_db
def test_it_shows_the_evidence_form_of_open_manual_items_open(client, draft, in_review, users):
    client.force_login(users["owner"])
    assert page(client, draft).count('<details class="procedure-noprint" open>') == 2
    assert '<details class="procedure-noprint" open>' not in page(client, in_review())


@pytest.mark.django_db
@pytest.mark.parametrize("post", [{"training": "abc", "completed_on": "2026-03-01"},
                                  {"training": "TRAINING", "completed_on": "1 maart"},
                                  {"training": "TRAINING", "completed_on": "2999-01-01"}])
def test_it_answers_bad_input_with_a_message_and_stores_nothing(client, draft, users, training,
                                                                post):
    client.force_login(users["owner"])
    url = f"/beheer-na-besluit/ai-geletterdheid/toepassingen/{draft.slug}/mijzelf/"
    data = {k: str(training.pk) if v == "TRAINING" else v for k, v in post.items()}
    response = client.post(url, {**data, "evidence": SimpleUploadedFile("c.pdf", PDF),
                                 "next": f"/procedure/{draft.slug}/"}, follow=True)
    assert response.status_code == 200
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert not TrainingRecord.objects.exists() and not ApplicationOperator.objects.exists()


@pytest.mark.django_db
def test_it_names_an_owner_already_trained_without_a_new_certificate(client, draft, users,
                                                                     training):
    from regie.lifecycle.service import record_training

    record_training(user=users["owner"], training=training, completed_on=dt.date(2026, 1, 5),
                    actor=actor(users["beheerder"]))
    client.force_login(users["owner"])
    assert 'name="evidence"' not in page(client, draft)
    response = client.post(
        f"/beheer-na-besluit/ai-geletterdheid/toepassingen/{draft.slug}/mijzelf/", {})
    assert response.status_code == 302
    assert ApplicationOperator.objects.filter(application=draft, user=users["owner"]).exists()
    assert TrainingRecord.objects.count() == 1
