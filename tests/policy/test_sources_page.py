"""Every cited source links to a page with the document's official title and Regie's own
summary of the passage; an unknown source says so."""

from urllib.parse import urlencode

from django.urls import reverse

import pytest

from regie.policy.sources import resolve


@pytest.mark.parametrize("reference, title, summary_part", [
    ("004 §3.3 Veiligheid en Privacy", "AI Beleid van het Gegevenshuis", "DPIA en een IAMA"),
    ("004 §6 stap 5", "AI Beleid van het Gegevenshuis", "train de medewerkers"),
    ("AVG art. 35 lid 2", "Algemene verordening gegevensbescherming", "DPIA"),
    ("AI-verordening art. 4", "AI-verordening (Verordening (EU) 2024/1689)", "AI-geletterd"),
    ("000 §Wat is het standpunt", "Overheidsbreed standpunt", "helder doel"),
    ("000 (hallucinaties)", "Overheidsbreed standpunt", "onjuiste antwoorden"),
])
def test_it_resolves_a_reference_to_its_title_and_passage(reference, title, summary_part):
    source = resolve(reference)
    assert title in source.title
    assert summary_part in source.passage_summary


def test_it_does_not_mistake_article_3_for_article_35():
    assert "begrippen" in resolve("AI-verordening art. 3").passage_summary


def test_it_shows_the_source_page_and_refuses_an_unknown_one(client):
    url = reverse("policy:source") + "?" + urlencode({"bron": "AVG art. 33"})
    page = client.get(url).content.decode()
    assert "Algemene verordening gegevensbescherming" in page and "72 uur" in page
    unknown = client.get(reverse("policy:source") + "?bron=XYZ+12")
    assert unknown.status_code == 404 and "Deze bron kent Regie niet" in unknown.content.decode()


def test_it_links_the_sources_of_the_employee_rules(client, make_user):
    client.force_login(make_user("medewerker"))
    page = client.get(reverse("lifecycle:rules")).content.decode()
    assert reverse("policy:source") + "?bron=004+Bijlage+1+%C2%A71" in page
    assert "Zo werkt u verantwoord met generatieve AI" in page
