"""The beheerder keeps the training catalogue and the users of applications; the overview
shows who is untrained; the policy's yearly evaluation is recorded from its page."""

import datetime as dt

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.lifecycle.models import ApplicationOperator, PolicyEvaluation, Training
from regie.lifecycle.service import record_training


def test_it_adds_a_training_and_refuses_a_duplicate_name(client, make_user):
    client.force_login(make_user("beheerder"))
    data = {"name": "AI-basis", "level": "basic", "validity_months": "24"}
    url = "/beheer-na-besluit/ai-geletterdheid/trainingen/nieuw/"
    assert client.post(url, data).status_code == 302
    response = client.post(url, data)
    assert response.status_code == 400
    assert "Naam: er is al een training" in response.content.decode()
    assert Training.objects.get().validity_months == 24
    assert AuditEvent.objects.filter(event="training_created").count() == 1


def test_it_shows_untrained_users_of_an_application(client, make_user, make_application,
                                                    training):
    admin = make_user("beheerder", department="ICT")
    colleague = make_user("medewerker", username="anna", department="Burgerzaken")
    application = make_application(name="Samenvatter")
    record_training(user=admin, training=training, completed_on=dt.date.today(),
                    actor=Actor(user=admin, via="web"))
    client.force_login(admin)
    url = f"/beheer-na-besluit/ai-geletterdheid/toepassingen/{application.slug}/"
    for user in (admin, colleague):
        assert client.post(url, {"user": user.pk, "role": "user"}).status_code == 302
    assert ApplicationOperator.objects.filter(application=application).count() == 2
    overview = client.get("/beheer-na-besluit/ai-geletterdheid/").content.decode()
    assert "1 van 2 medewerkers" in overview
    row = overview.split("Samenvatter</a>")[1].split("</tr>")[0]
    assert str(colleague) in row and str(admin) not in row
    client.post(url, {"user": colleague.pk, "role": "user", "verwijderen": "1"})
    assert list(ApplicationOperator.objects.values_list("user", flat=True)) == [admin.pk]


def test_it_records_the_policy_evaluation_from_its_page(client, make_user):
    client.force_login(make_user("dagelijks_bestuur"))
    url = "/beheer-na-besluit/evaluaties/beleid/"
    assert client.post(url, {"conclusions": " "}).status_code == 400
    assert client.post(url, {"conclusions": "Beleid blijft staan."}).status_code == 302
    assert PolicyEvaluation.objects.get().figures["incidents_last_year"] == 0
