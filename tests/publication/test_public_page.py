"""The public transparency page: no login, this organisation only, public facts only, B1
Dutch with an English version."""

from django.urls import reverse

import pytest

INTERNAL = [
    "petra@voorbeeld.nl",
    "Petra Projectleider",
    "GEHEIME_SLEUTEL_VAR",
    "11434",
    "Alleen openbare verzoeken",
    "Terug naar handmatig werk",
    "Interne notitie over AI-geletterdheid",
]


@pytest.fixture
def published(make_application, other_organization):
    make_application()
    make_application(name="Concept-chatbot", status="draft")
    make_application(
        name="Chatbot van elders",
        organization=other_organization.name,
        purpose="Vragen van inwoners van Elders beantwoorden.",
    )


def _page(client, query=""):
    url = reverse("publication:public_page", kwargs={"organization_slug": "gemeente-voorbeeld"})
    return client.get(url + query).content.decode()


def test_it_shows_applications_in_use_without_login(client, published):
    html = _page(client)
    assert "Zo gebruikt Gemeente Voorbeeld generatieve AI" in html
    assert "Samenvatten van Woo-verzoeken" in html
    assert "Een medewerker leest elke samenvatting" in html  # human oversight
    assert "Mistral Small (Mistral AI)" in html and "Leverancier BV" in html
    assert "op computers van de organisatie zelf" in html
    assert "Wij gebruiken persoonsgegevens." in html
    assert "mailto:ai@voorbeeld.nl" in html
    assert '<html lang="nl">' in html


def test_it_never_shows_internal_fields_drafts_or_other_organisations(client, published):
    html = _page(client)
    for text in [*INTERNAL, "Concept-chatbot", "Chatbot van elders", "Elders"]:
        assert text not in html, text


def test_it_has_an_english_version(client, published):
    html = _page(client, "?lang=en")
    assert '<html lang="en">' in html
    assert "How Gemeente Voorbeeld uses generative AI" in html
    assert "What do we use it for?" in html and "We use personal data." in html
    assert "Samenvatten van Woo-verzoeken" in html
    assert 'href="?lang=nl"' in html


def test_it_answers_404_for_an_unknown_organisation(client, db):
    response = client.get(
        reverse("publication:public_page", kwargs={"organization_slug": "bestaat-niet"})
    )
    assert response.status_code == 404
