"""The register pages are Dutch first and available in English."""

from django.urls import reverse


def test_it_shows_the_register_in_dutch_and_in_english(client, make_user, register):
    client.force_login(make_user("medewerker"))
    url = reverse("register:application_detail", args=[register.application.slug])
    dutch = client.get(url).content.decode()
    assert "Doel en eigenaar" in dutch and "In beoordeling" in dutch and 'lang="nl"' in dutch

    client.cookies["django_language"] = "en"
    english = client.get(url).content.decode()
    assert 'lang="en"' in english
    assert "Purpose and owner" in english and "In review" in english
    assert "Skip to content" in english


def test_it_stays_dutch_for_an_english_browser_until_the_user_chooses(client, make_user):
    client.force_login(make_user("medewerker"))
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="nl">' in html
    client.cookies["django_language"] = "en"
    assert '<html lang="en">' in client.get("/").content.decode()
