"""The FG's and CISO's advice page shows what they judge on: the policy's findings with
their sources, the instruments' outcomes, the data and supplier agreements, and earlier
advice."""

from django.urls import reverse

import pytest

from regie.workflow import service
from regie.workflow.constants import AdviceOutcome

from .conftest import actor, confirm_open_items


@pytest.mark.parametrize("role", ["fg", "ciso"])
def test_it_shows_the_adviser_everything_to_judge_on(client, users, make_application, role):
    application = make_application(data={"personal_data": True, "special_categories": False,
                                         "confidential": False})
    confirm_open_items(application, users["owner"])
    service.transition(application, "in_review", actor=actor(users["owner"]))
    other = "ciso" if role == "fg" else "fg"
    service.give_advice(application, actor=actor(users[other]), role=other,
                        outcome=AdviceOutcome.POSITIVE, text="Geen bezwaren vanuit mijn rol.")
    client.force_login(users[role])
    page = client.get(reverse("workflow:advice", args=[application.slug])).content.decode()
    assert "Toets aan het beleid" in page and "Bron" in page
    assert "Uitkomsten van de instrumenten" in page
    assert "Afspraken met de leverancier" in page and "Gegevens" in page
    assert "Eerder advies" in page and "Geen bezwaren vanuit mijn rol." in page
