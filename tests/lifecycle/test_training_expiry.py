"""AI literacy: a training record is valid until it expires; operators without valid
training are listed, and evidence uploads are limited in size and type."""

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.lifecycle.models import TrainingRecord
from regie.lifecycle.service import (
    record_training,
    set_operator,
    training_valid,
    untrained_operators,
)


def test_it_expires_a_training_after_its_validity(make_user, training):
    user = make_user("medewerker")
    record = record_training(user=user, training=training, completed_on=dt.date(2026, 1, 31),
                             actor=Actor(user=user, via="web"), evidence_url="https://leren.voorbeeld.nl/certificaat")
    assert record.expires_on == dt.date(2027, 1, 31)
    assert training_valid(user, today=dt.date(2027, 1, 31))
    assert not training_valid(user, today=dt.date(2027, 2, 1))
    assert not training_valid(user, today=dt.date(2026, 1, 30))


def test_it_lists_untrained_operators(make_user, make_application, training):
    application = make_application()
    trained, untrained = make_user("medewerker"), make_user("medewerker", username="nieuw")
    admin = Actor(user=make_user("beheerder"), via="web")
    for user in (trained, untrained):
        set_operator(application, user=user, role="user", actor=admin)
    record_training(user=trained, training=training, completed_on=dt.date.today(),
                    actor=admin)
    assert untrained_operators(application) == [untrained]
    assert untrained_operators(application, today=dt.date.today() + dt.timedelta(days=400)) \
        == [trained, untrained]


def test_it_counts_a_training_without_expiry_forever(make_user, organization):
    from regie.lifecycle.models import Training

    forever = Training.objects.create(organization=organization, name="Intro", level="basic")
    user = make_user("medewerker")
    record_training(user=user, training=forever, completed_on=dt.date(2020, 1, 1),
                    actor=Actor(user=user, via="web"), evidence_url="https://leren.voorbeeld.nl/certificaat")
    assert training_valid(user, today=dt.date(2040, 1, 1))


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("bewijs.exe", b"MZ\x90\x00", "alleen"),
    ("bewijs.pdf", b"<html>nep</html>", "inhoud"),
    ("bewijs.pdf", b"%PDF" + b"0" * (5 * 1024 * 1024), "maximaal"),
])
def test_it_refuses_bad_evidence_uploads(client, make_user, training, name, content, problem):
    user = make_user("medewerker")
    client.force_login(user)
    response = client.post("/beheer-na-besluit/ai-geletterdheid/registreren/", {
        "user": user.pk, "training": training.pk, "completed_on": "2026-03-01",
        "evidence": SimpleUploadedFile(name, content)})
    assert response.status_code == 400
    assert "bewijs" in response.content.decode() and problem in response.content.decode()
    assert not TrainingRecord.objects.exists()


def test_it_accepts_a_pdf_as_evidence_through_the_form(client, make_user, training):
    user = make_user("medewerker")
    client.force_login(user)
    response = client.post("/beheer-na-besluit/ai-geletterdheid/registreren/", {
        "user": user.pk, "training": training.pk, "completed_on": "2026-03-01",
        "evidence": SimpleUploadedFile("certificaat.pdf", b"%PDF-1.7 certificaat")})
    assert response.status_code == 302
    record = TrainingRecord.objects.get()
    assert record.user == user and record.evidence.name.endswith(".pdf")


def test_it_refuses_a_training_of_another_organisation(make_user, other_organization):
    from regie.lifecycle.models import Training

    foreign = Training.objects.create(organization=other_organization, name="Elders",
                                      level="basic")
    user = make_user("medewerker")
    with pytest.raises(InputError, match="training"):
        record_training(user=user, training=foreign, completed_on=dt.date(2026, 1, 1),
                        actor=Actor(user=user, via="web"))


def test_it_serves_evidence_only_to_its_owner_and_the_beheerder(client, make_user, training,
                                                                other_organization):
    user = make_user("medewerker")
    client.force_login(user)
    client.post("/beheer-na-besluit/ai-geletterdheid/registreren/", {
        "user": user.pk, "training": training.pk, "completed_on": "2026-03-01",
        "evidence": SimpleUploadedFile("certificaat.pdf", b"%PDF-1.7 certificaat")})
    url = f"/beheer-na-besluit/ai-geletterdheid/bewijs/{TrainingRecord.objects.get().pk}/"
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.7 certificaat"
    client.force_login(make_user("fg"))
    assert client.get(url).status_code == 403
    client.force_login(make_user("beheerder"))
    assert client.get(url).status_code == 200
    client.force_login(make_user("beheerder", username="elders", org=other_organization))
    assert client.get(url).status_code == 404
