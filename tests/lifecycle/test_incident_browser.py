"""In a real browser: an employee reports a personal-data incident; the FG, in a second
browser, sees the 72-hour deadline, records the decision about notifying the AP and closes
the incident; the employee then sees it closed."""

import pytest

from regie.lifecycle.models import Incident
from tests.conftest import login


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_it_lets_an_employee_report_and_the_fg_close(page, browser, live_server, make_user,
                                                     make_application):
    employee = make_user("medewerker")
    fg = make_user("fg")
    make_application(name="Samenvatter Woo")

    login(page, employee)
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Gebruik").click()
    submenu = page.get_by_role("navigation", name="Gebruik")
    submenu.get_by_role("link", name="Incident melden").click()
    page.get_by_label("Wat is er gebeurd?").select_option("personal_data")
    page.get_by_label("Welke toepassing").select_option(label="Samenvatter Woo")
    page.get_by_label("Omschrijving").fill("Ik heb per ongeluk een BSN in de chat geplakt.")
    page.get_by_role("button", name="Melding versturen").click()
    page.get_by_text("doorgestuurd naar: Functionaris gegevensbescherming").wait_for()
    incident = Incident.objects.get()
    assert incident.reporter == employee and incident.application.name == "Samenvatter Woo"

    fg_context = browser.new_context(locale="nl-NL", base_url=live_server.url)
    fg_page = fg_context.new_page()
    fg_page.set_default_timeout(15000)
    try:
        login(fg_page, fg)
        fg_page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link",
                                                                        name="Gebruik").click()
        fg_page.get_by_role("navigation", name="Gebruik").get_by_role("link",
                                                                     name="Incidenten").click()
        fg_page.get_by_role("link", name=str(incident.pk), exact=True).click()
        fg_page.get_by_text("AVG art. 33").first.wait_for()
        fg_page.get_by_label("Ernst").select_option("medium")
        fg_page.get_by_label("Maatregelen").fill("Chatgeschiedenis gewist; instructie gegeven.")
        fg_page.get_by_label("Besluit over melding AP").select_option("no_notify")
        fg_page.get_by_label("Onderbouwing besluit").fill(
            "Invoer binnen het uur verwijderd bij de leverancier; geen risico voor betrokkene.")
        fg_page.get_by_label("Status").select_option("closed")
        fg_page.get_by_role("button", name="Opslaan").click()
        fg_page.get_by_text("Incident bijgewerkt.").wait_for()
        assert fg_page.get_by_test_id("status").inner_text() == "Afgesloten"
    finally:
        fg_context.close()

    page.reload()
    assert page.get_by_test_id("status").inner_text() == "Afgesloten"
    incident.refresh_from_db()
    assert incident.status == "closed" and incident.breach_decision == "no_notify"
