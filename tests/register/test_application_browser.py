"""In a real browser: register an application through the form, find it through search,
and edit it."""

import pytest

from regie.audit.models import AuditEvent
from regie.register.models import AIModel, Application
from tests.conftest import login


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_it_registers_finds_and_edits_an_application(page, make_user, organization):
    AIModel.objects.create(organization=organization, name="Mistral Small 3.1",
                           provider="Mistral AI", hosting="on_premises")
    login(page, make_user("projectleider"))

    page.get_by_role("link", name="Toepassingen").first.click()
    page.get_by_role("link", name="Toepassing registreren").click()
    page.get_by_label("Naam (verplicht)").fill("Samenvatten van raadsvragen")
    page.get_by_label("Doel (verplicht)").fill("Raadsvragen samenvatten voor de griffie.")
    page.get_by_label("Samenvatten").check()
    page.get_by_label("AI-model", exact=True).select_option(label="Mistral Small 3.1 (Mistral AI)")
    page.get_by_label("Persoonsgegevens", exact=True).select_option(label="Nee")
    page.get_by_role("button", name="Opslaan").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Samenvatten van raadsvragen"
    application = Application.objects.get(name="Samenvatten van raadsvragen")
    assert application.organization == organization
    assert application.data_personal is False
    assert application.task_values == ["summarising"]

    page.get_by_role("link", name="Toepassingen").first.click()
    page.get_by_label("Zoeken in naam en doel").fill("griffie")
    page.get_by_role("button", name="Zoeken").click()
    page.wait_for_url("**q=griffie**")
    results = page.locator("#results")
    assert "1 toepassing" in results.get_by_role("status").inner_text()
    results.get_by_role("link", name="Samenvatten van raadsvragen").click()

    page.get_by_role("link", name="Dossier wijzigen").click()
    page.get_by_label("Doel (verplicht)").fill("Raadsvragen en moties samenvatten.")
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_text("De wijzigingen zijn opgeslagen.").wait_for()

    application.refresh_from_db()
    assert application.purpose == "Raadsvragen en moties samenvatten."
    update = AuditEvent.objects.get(application_id=application.pk, event="application_updated")
    assert update.changes == [{"field": "purpose", "old": "Raadsvragen samenvatten voor de "
                               "griffie.", "new": "Raadsvragen en moties samenvatten."}]
    assert page.get_by_role("heading", name="Geschiedenis").is_visible()
    assert page.locator(".regie-history").get_by_text("Raadsvragen en moties samenvatten.")\
        .is_visible()
