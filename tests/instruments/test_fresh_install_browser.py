"""On a fresh installation (no command run, nothing loaded) a projectleider fills in Regie's
own pre-scan DPIA in the browser: follow-up questions are asked before moving on, finishing
waits for every question, and the FG pages through all sections read-only."""

import pytest

from regie.instruments import service
from regie.instruments.models import InstrumentVersion
from regie.register.models import Application
from tests.conftest import login


def _group(page, number):
    return page.locator(f"fieldset#t_{number}".replace(".", "\\."))


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_it_runs_the_builtin_prescan_completely(page, make_user, organization):
    assert not InstrumentVersion.objects.exists()  # a fresh installation
    user = make_user("projectleider", username="petra")
    Application.objects.create(organization=organization, slug="woo", name="Woo samenvatten",
                               owner_email=user.email, created_by=user)
    login(page, user)
    page.goto("/instrumenten/woo/")
    for name in ("Regie-beslishulp", "Pre-scan DPIA (Regie)", "IAMA (Regie)"):
        assert page.get_by_role("link", name=f"Invullen {name}").is_visible()
    page.get_by_role("link", name="Invullen Pre-scan DPIA (Regie)").click()
    page.get_by_role("button", name="Beginnen").click()

    _group(page, "1.1").get_by_label("Ja").check()
    page.get_by_role("button", name="Opslaan en verder").click()
    assert page.get_by_text("Uw antwoord roept vervolgvragen op").is_visible()  # not skipped
    page.get_by_label("1.2 Welke persoonsgegevens, en van wie?").fill("Namen en adressen")
    _group(page, "1.3").get_by_label("Nee").check()
    page.get_by_label("1.4 Over hoeveel mensen").select_option(label="Meer dan 100.000")
    page.get_by_role("button", name="Opslaan en verder").click()

    section_two = "Betrokkenen en kenmerken van de verwerking"
    assert page.get_by_role("heading", name=section_two).is_visible()
    _group(page, "2.1").get_by_label("Medewerkers").check()
    _group(page, "2.2").get_by_label("Gegevens uit verschillende bronnen worden gekoppeld").check()
    _group(page, "2.2").get_by_label("De verwerking is grootschalig").check()
    page.get_by_role("button", name="Opslaan en verder").click()
    _group(page, "3.1").get_by_label("Nee").check()
    page.get_by_role("button", name="Opslaan en verder").click()
    _group(page, "4.1").get_by_label("Nee").check()
    _group(page, "4.2").get_by_label("Ja").check()
    page.get_by_role("button", name="Opslaan en verder").click()
    _group(page, "5.1").get_by_label("Nee").check()
    page.get_by_role("button", name="Afronden").click()
    assert page.get_by_text("Afronden kan nog niet").is_visible()
    assert "5.2" in page.get_by_role("status").inner_text()  # names the open question
    _group(page, "5.2").get_by_label("Nee").check()
    page.get_by_role("button", name="Afronden").click()  # 5.3 is optional
    assert page.get_by_text("Vragenlijst afgerond").is_visible()
    assert page.get_by_text("DPIA: verplicht").is_visible()
    assert page.get_by_text("IAMA: aanbevolen").is_visible()
    run = service.get_run(Application.objects.get(slug="woo"), service.PRESCAN)
    assert run.status == "completed" and run.answers["1.2"]["value"] == "Namen en adressen"

    page.get_by_role("button", name="Uitloggen").click()
    login(page, make_user("fg", username="fenna"))
    page.goto("/instrumenten/woo/vragenlijst/urn:nl:prescan/")
    headings = []
    for _section in range(5):
        headings.append(page.get_by_role("heading", level=2).first.inner_text())
        assert page.get_by_role("button", name="Opslaan en verder").count() == 0
        if _section < 4:
            page.get_by_role("link", name="Volgend onderdeel").click()
    assert headings == ["Persoonsgegevens", "Betrokkenen en kenmerken van de verwerking",
                        "Doorgifte buiten Europa", "Algoritmes en AI", "Wetgeving en kinderen"]
    assert page.get_by_role("link", name="Volgend onderdeel").count() == 0
