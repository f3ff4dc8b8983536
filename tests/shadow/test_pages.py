"""The shadow-AI pages: who may see, import and reveal; pseudonyms by default."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from regie.audit.models import AuditEvent
from regie.register.roles import Role
from regie.shadow.models import LogImport, Person
from tests.shadow.conftest import SAMPLES

ROLES = [r.value for r in Role]
SEE = {"fg", "ciso", "directie", "beheerder"}
IMPORT = {"ciso", "beheerder"}
REVEAL = {"fg"}


def _upload(name="swg-export.csv"):
    return SimpleUploadedFile(name, (SAMPLES / name).read_bytes(), content_type="text/csv")


def _mapping() -> str:
    return (SAMPLES / "swg-export.mapping.yaml").read_text()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_it_lets_only_the_right_roles_in(client, make_user, import_sample, role):
    import_sample("squid")
    person = Person.objects.first()
    client.force_login(make_user(role))
    overview = client.get(reverse("shadow:overview"))
    assert overview.status_code == (200 if role in SEE else 403)
    form = client.get(reverse("shadow:import"))
    assert form.status_code == (200 if role in IMPORT else 403)
    posted = client.post(reverse("shadow:import"), {
        "file": _upload(), "log_format": "csv", "mapping": _mapping()})
    assert posted.status_code == (302 if role in IMPORT else 403)
    assert LogImport.objects.count() == (2 if role in IMPORT else 1)
    revealed = client.post(reverse("shadow:reveal", args=[person.pk]))
    assert revealed.status_code == (200 if role in REVEAL else 403)


@pytest.mark.django_db
def test_it_shows_pseudonyms_and_reveals_only_to_the_fg_with_an_audit_entry(
        client, make_user, import_sample):
    import_sample("csv")
    client.force_login(make_user("ciso"))
    page = client.get(reverse("shadow:overview")).content.decode()
    assert "sanne.visser" not in page and "p-" in page
    assert "Gemini" in page and "Burgerzaken" in page and "Onthullen" not in page
    person = Person.objects.get(identity="sanne.visser@voorbeeld.nl")
    client.force_login(make_user("fg"))
    assert "Onthullen" in client.get(reverse("shadow:overview")).content.decode()
    assert client.get(reverse("shadow:reveal", args=[person.pk])).status_code == 405
    shown = client.post(reverse("shadow:reveal", args=[person.pk])).content.decode()
    assert "sanne.visser@voorbeeld.nl" in shown
    event = AuditEvent.objects.get(event="shadow_person_revealed")
    assert event.actor_name == "fg" and event.data == {"pseudonym": person.pseudonym}


@pytest.mark.django_db
def test_it_never_shows_another_organisations_people(client, make_user, import_sample,
                                                     other_organization):
    import_sample("csv", org=other_organization)
    person = Person.objects.get(identity="sanne.visser@voorbeeld.nl")
    client.force_login(make_user("fg"))
    assert "Gemini" not in client.get(reverse("shadow:overview")).content.decode()
    assert client.post(reverse("shadow:reveal", args=[person.pk])).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("upload, mapping, message", [
    (SimpleUploadedFile("log.exe", b"MZ\x90\x00", content_type="application/x-msdownload"),
     "", "bestandstype"),
    (SimpleUploadedFile("log.csv", b"\x00\x01\x02binary", content_type="text/csv"),
     "", "echt"),
    (SimpleUploadedFile("log.csv", b"a,b\n1,2\n", content_type="text/csv"), "", "kolommen"),
    (None, "columns: [unclosed", "kolommen"),
    (None, "columns: {who: login}", "onbekend veld"),
])
def test_it_refuses_bad_uploads_with_400_and_keeps_nothing(client, make_user, upload,
                                                           mapping, message):
    client.force_login(make_user("ciso"))
    response = client.post(reverse("shadow:import"), {
        "file": upload or _upload(), "log_format": "csv", "mapping": mapping})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert LogImport.objects.count() == 0 and Person.objects.count() == 0


@pytest.mark.django_db
def test_it_offers_an_employee_the_approved_alternative_for_what_they_were_seen_using(
        client, make_user, import_sample, organization):
    from regie.register.models import Application

    Application.objects.create(organization=organization, name="Regie-assistent",
                               slug="regie-assistent", status="in_use")
    import_sample("csv")
    employee = make_user("medewerker", username="sanne.visser@voorbeeld.nl")
    client.force_login(employee)
    page = client.get(reverse("policy:tools")).content.decode()
    assert "Gemini" in page and "Regie-assistent" in page
    client.force_login(make_user("medewerker", username="iemand.anders"))
    assert "Gemini" not in client.get(reverse("policy:tools")).content.decode()
