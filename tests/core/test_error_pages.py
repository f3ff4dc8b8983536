"""Error pages in Regie's style and the user's language, saying what to do instead; links
only for those who may follow them; e-mail links follow how Regie is served."""

from django.test import RequestFactory, override_settings

import pytest

from regie.core.links import RequestOriginMiddleware, absolute_url
from regie.register.models import Application


@pytest.fixture
def application(organization, make_user):
    owner = make_user("projectleider")
    return Application.objects.create(organization=organization, slug="woo", name="Woo",
                                      created_by=owner, owner_email=owner.email)


@pytest.mark.django_db
def test_it_explains_a_403_in_dutch_and_in_english(client, make_user):
    client.force_login(make_user("medewerker"))
    page = client.get("/beleid/laden/")
    html = page.content.decode()
    assert page.status_code == 403
    assert "U heeft geen toegang tot deze pagina" in html and "Wat kunt u doen?" in html
    assert 'class="utrecht-heading-1"' in html and "vraag de beheerder" in html.lower()
    client.cookies["django_language"] = "en"
    english = client.get("/beleid/laden/").content.decode()
    assert "You do not have access to this page" in english and 'lang="en"' in english


@pytest.mark.django_db
def test_it_explains_a_404_and_a_405(client, make_user):
    client.force_login(make_user("projectleider"))
    missing = client.get("/register/toepassingen/bestaat-niet/")
    assert missing.status_code == 404 and "Pagina niet gevonden" in missing.content.decode()
    wrong = client.get("/uitloggen/")
    assert wrong.status_code == 405 and "Dit kan op deze manier niet" in wrong.content.decode()
    assert "POST" in wrong["Allow"]
    api = client.put("/api/v1/applications/")
    assert api.status_code == 405 and api["Content-Type"].startswith("application/json")


@pytest.mark.django_db
def test_it_asks_anonymous_visitors_to_log_in(client):
    page = client.get("/bestaat-niet/")
    assert page.status_code == 404 and "/inloggen/?next=/bestaat-niet/" in page.content.decode()


@pytest.mark.django_db
def test_it_explains_a_refused_form(make_user):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("beheerder"))
    page = client.post("/gateway-instellingen/bestaat-niet/", {})
    assert page.status_code == 403 and "Uw formulier is verlopen" in page.content.decode()


def test_it_renders_the_500_page_without_a_database(rf):
    from regie.core.views import server_error

    page = server_error(rf.get("/"))
    assert page.status_code == 500 and "Er ging iets mis" in page.content.decode()


@pytest.mark.django_db
def test_it_shows_the_procedure_link_only_to_who_may_open_it(client, make_user, application):
    client.force_login(make_user("medewerker"))
    html = client.get("/register/toepassingen/woo/").content.decode()
    assert "/procedure/" not in html
    client.force_login(make_user("fg"))
    html = client.get("/register/toepassingen/woo/").content.decode()
    assert "/procedure/toepassing/woo/" in html or "/procedure/woo/" in html


@override_settings(BASE_URL="", ALLOWED_HOSTS=["regie.voorbeeld.nl", "testserver"])
def test_it_links_e_mails_to_the_address_regie_is_served_on():
    seen = []
    middleware = RequestOriginMiddleware(lambda request: seen.append(absolute_url("/taak/")))
    middleware(RequestFactory().get("/", HTTP_HOST="regie.voorbeeld.nl:8443", secure=True))
    assert seen == ["https://regie.voorbeeld.nl:8443/taak/"]
    assert absolute_url("/taak/") == "http://regie.voorbeeld.nl/taak/"  # outside a request
    with override_settings(BASE_URL="https://regie.gemeente.nl/"):
        assert absolute_url("/taak/") == "https://regie.gemeente.nl/taak/"
