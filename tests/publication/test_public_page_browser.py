"""The public page in a real browser: readable without login, nothing internal, nothing of
other organisations, and an English version one link away."""

import pytest

from ..conftest import ARTIFACTS
from .test_public_page import INTERNAL


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_it_shows_the_public_page_in_a_browser(page, make_application, other_organization):
    make_application()
    make_application(name="Chatbot van elders", organization=other_organization.name)
    page.goto("/openbaar/gemeente-voorbeeld/")
    assert "/inloggen/" not in page.url
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "Zo gebruikt Gemeente Voorbeeld generatieve AI"
    entry = page.get_by_role("region", name="Samenvatten van Woo-verzoeken")
    assert "Een medewerker leest elke samenvatting" in entry.inner_text()
    body = page.locator("body").inner_text()
    for text in [*INTERNAL, "Chatbot van elders"]:
        assert text not in body, text
    assert page.get_by_role("button", name="Uitloggen").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "public-page.png"), full_page=True)
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**?lang=en")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "What do we use it for?" in page.locator("body").inner_text()
