"""Each role's start page shows what waits for them, and the navigation counts it: advice
for the FG and CISO, decisions for the directie, incidents with their 72-hour clock for
their handler, missing checklist items for the owner, an expiring training for anyone."""

import datetime as dt

from django.urls import reverse
from django.utils import timezone

import pytest

from regie.audit.service import Actor
from regie.lifecycle.models import Training, TrainingRecord
from regie.lifecycle.service import report_incident
from regie.register.service import import_dossier
from regie.workflow import service
from tests.workflow.conftest import advise, confirm_open_items, dossier


@pytest.fixture
def people(make_user):
    return {role: make_user(role) for role in
            ("projectleider", "fg", "ciso", "directie", "medewerker", "beheerder")}


def new_application(organization, owner, name="Samenvatten van Woo-verzoeken"):
    application, _created = import_dossier(dossier(organization, owner, name=name),
                                           actor=Actor(user=owner, via="test"))
    return application


def home(client, user) -> str:
    client.force_login(user)
    response = client.get(reverse("home"))
    assert response.status_code == 200
    return response.content.decode()


def test_it_shows_the_fg_and_ciso_the_advice_they_are_asked_for(client, organization,
                                                                 people):
    application = new_application(organization, people["projectleider"])
    confirm_open_items(application, people["projectleider"])
    service.transition(application, "in_review", actor=Actor(user=people["projectleider"]))
    for role in ("fg", "ciso"):
        page = home(client, people[role])
        assert "Advies te geven" in page
        assert reverse("workflow:advice", args=[application.slug]) in page
        assert 'class="regie-count">1<' in page
    assert "Advies te geven" not in home(client, people["directie"])


def test_it_shows_the_directie_the_decision_to_take(client, organization, people):
    application = new_application(organization, people["projectleider"])
    confirm_open_items(application, people["projectleider"])
    service.transition(application, "in_review", actor=Actor(user=people["projectleider"]))
    advise(application, {"fg": people["fg"], "ciso": people["ciso"]})
    page = home(client, people["directie"])
    assert "Besluiten te nemen" in page
    assert reverse("workflow:decision", args=[application.slug]) in page


def test_it_shows_the_owner_the_checklist_items_still_missing(client, organization, people):
    new_application(organization, people["projectleider"])
    page = home(client, people["projectleider"])
    assert "Checklist nog niet compleet" in page
    assert "2 punten ontbreken" in page


def test_it_shows_the_handler_an_incident_with_its_clock(client, organization, people):
    report_incident(organization=organization, kind="personal_data",
                    description="Een BSN in een prompt.", reporter=people["medewerker"])
    page = home(client, people["fg"])
    assert "Incidenten af te handelen" in page
    assert "AP-besluit: nog 72 uur" in page
    assert "Incidenten af te handelen" not in home(client, people["medewerker"])


def test_it_warns_about_a_training_that_runs_out(client, organization, people):
    training = Training.objects.create(organization=organization, name="AI-basis",
                                       level="basic")
    today = timezone.localdate()
    TrainingRecord.objects.create(user=people["medewerker"], training=training,
                                  completed_on=today - dt.timedelta(days=300),
                                  expires_on=today + dt.timedelta(days=20))
    page = home(client, people["medewerker"])
    assert "Uw training verloopt binnenkort" in page
    TrainingRecord.objects.create(user=people["medewerker"], training=training,
                                  completed_on=today, expires_on=today + dt.timedelta(days=365))
    assert "Uw training verloopt binnenkort" not in home(client, people["medewerker"])


def test_it_says_when_nothing_waits(client, people):
    page = home(client, people["medewerker"])
    assert "Er wacht nu niets op u." in page
    assert "regie-count" not in page
