"""A full run in the browser, from intake to use, by four people: the projectleider, the
FG, the CISO and the directie — each in their own browser session. Every fact Regie can
evidence gets its record on the way (the supplier's agreement, the AI-Act decision tree,
advice, the CMDB export, publication, training), so the happy path passes both gates
without any exception."""

import re

import pytest
import yaml
from playwright.sync_api import expect

from regie.register.models import Application
from regie.workflow.models import Decision
from tests import evidence
from tests.conftest import login

from .conftest import ALLOWED


@pytest.fixture
def session(browser, live_server):
    contexts = []

    def open_as(user):
        context = browser.new_context(locale="nl-NL", base_url=live_server.url)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15000)
        login(page, user)
        return page

    yield open_as
    for context in contexts:
        context.close()


def _confirm(page, item: str, note: str) -> None:
    row = page.locator(f"#checklist-{item}")  # an open item's form stands open
    row.get_by_label("Toelichting", exact=True).fill(note)
    row.get_by_role("button", name="Bevestigen").click()
    expect(page.get_by_text("Het bewijs is vastgelegd.")).to_be_visible()


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_it_runs_from_intake_to_use_with_four_people(
    page, session, make_user, organization, tmp_path
):
    lead = make_user("projectleider", username="pl")
    fg, ciso, boss = make_user("fg"), make_user("ciso"), make_user("directie")
    beheerder, operator = make_user("beheerder"), make_user("medewerker")
    agreement = tmp_path / "overeenkomst.pdf"
    agreement.write_bytes(evidence.PDF)
    dossier = tmp_path / "woo.yaml"
    dossier.write_text(
        yaml.safe_dump(
            {
                **ALLOWED,
                "organization": organization.name,
                "owner": {"name": "Pl", "email": lead.email},
            },
            allow_unicode=True,
        ),
        encoding="utf-8",
    )

    # Projectleider: intake, evidence for the two items the dossier cannot answer, advice.
    login(page, lead)
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Procedure").click()
    page.get_by_role("link", name="Nieuwe toepassing aanmelden").click()
    page.get_by_label("Dossierbestand (YAML of JSON)").set_input_files(str(dossier))
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ALLOWED["name"])
    application = Application.objects.get(name=ALLOWED["name"])
    slug = application.slug
    # typed "agreed", "minimal", "true": declarations only, until the records are there
    expect(page.get_by_text("Voortgang: 1 van 5 stappen")).to_be_visible()
    expect(page.locator('[data-fact="registers.algoritmeregister"][data-state="declared"]')
           ).to_be_visible()

    # … the supplier's signed agreement, on the supplier's page …
    page.goto(f"/register/leveranciers/{application.supplier_id}/")
    page.get_by_label("Getekende overeenkomst (pdf, docx of odt)").set_input_files(
        str(agreement))
    page.get_by_role("button", name="Overeenkomst vastleggen").click()
    expect(page.get_by_text("Overeenkomst vastgelegd.")).to_be_visible()
    # … and the AI-Act decision tree: deployer, general purpose, not prohibited, not high
    # risk, no transparency duty → minimal risk.
    page.goto(f"/instrumenten/{slug}/beslishulp/")
    page.get_by_role("button", name="Beginnen").click()
    for index in evidence.MINIMAL_RISK_ANSWERS:
        page.locator(f"#a{index}").check()
        page.get_by_role("button", name="Volgende").click()
    expect(page.get_by_role("heading", name="Conclusie")).to_be_visible()

    page.goto(f"/procedure/{slug}/")
    expect(page.get_by_text("Voortgang: 3 van 5 stappen")).to_be_visible()
    _confirm(page, "measures", "Toegang alleen via de gateway; logging aan.")
    _confirm(page, "explainability", "Werkinstructie: elke samenvatting wordt gecontroleerd.")
    expect(page.get_by_text("Checklist vóór ingebruikname: 8 van 10")).to_be_visible()
    page.get_by_role("button", name="Advies aanvragen").click()
    expect(page.locator(".regie-badge--in_review")).to_be_visible()

    # FG: advice with a condition, found through the inbox.
    fg_page = session(fg)
    fg_page.goto("/procedure/")
    fg_page.get_by_role("link", name=ALLOWED["name"]).click()
    fg_page.get_by_label("Positief onder voorwaarden").check()
    fg_page.get_by_label("Onderbouwing").fill("Geen persoonsgegevens; bewaartermijn vastleggen.")
    fg_page.get_by_label("Voorwaarden (één per regel)").fill("Bewaartermijn van invoer: 30 dagen")
    fg_page.get_by_role("button", name="Advies vastleggen").click()
    expect(fg_page.get_by_text("Uw advies is vastgelegd.")).to_be_visible()

    # CISO: positive advice.
    ciso_page = session(ciso)
    ciso_page.goto("/procedure/")
    ciso_page.get_by_role("link", name=ALLOWED["name"]).click()
    ciso_page.get_by_label("Positief", exact=True).check()
    ciso_page.get_by_label("Onderbouwing").fill("Draait op eigen systemen; beveiliging op orde.")
    ciso_page.get_by_role("button", name="Advies vastleggen").click()
    expect(ciso_page.get_by_text("Uw advies is vastgelegd.")).to_be_visible()

    # Directie: decides from the inbox; the printable record follows.
    boss_page = session(boss)
    boss_page.goto("/procedure/")
    boss_page.get_by_role("link", name=ALLOWED["name"]).click()
    expect(boss_page.get_by_text("Alles is op orde")).to_be_visible()
    boss_page.get_by_label("Goedgekeurd").check()
    boss_page.get_by_label("Motivering", exact=True).fill("Doel helder, adviezen positief.")
    boss_page.get_by_role("button", name="Besluit vastleggen").click()
    expect(boss_page.get_by_role("heading", level=1)).to_have_text(
        f"Besluit over {ALLOWED['name']}"
    )
    expect(boss_page.get_by_text("ongewijzigd sinds het besluit")).to_be_visible()

    # CISO: the CMDB export lists the application.
    assert ciso_page.request.get("/publicatie/export/cmdb.csv").ok
    # Outside these four sessions: the beheerder confirms the publication in the
    # Algoritmeregister and the operator's AI-literacy training is recorded.
    evidence.publish(application, beheerder)
    evidence.train(application, beheerder, operator)

    # Projectleider: meets the condition, takes the application into use.
    page.goto(f"/procedure/{slug}/")
    expect(page.locator(".regie-badge--approved")).to_be_visible()
    page.get_by_text("Voorwaarde als voldaan vastleggen").click()
    page.locator("form[action*='/voorwaarden/']").get_by_label("Toelichting").fill(
        "Bewaartermijn staat in het verwerkingsregister."
    )
    page.get_by_role("button", name="Voldaan").click()
    expect(page.get_by_text("De voorwaarde is als voldaan vastgelegd.")).to_be_visible()
    page.get_by_role("button", name="In gebruik nemen").click()
    expect(page.locator(".regie-badge--in_use")).to_be_visible()
    history = page.locator("#h-history + ul").inner_text()
    assert re.search(r"Goedgekeurd → In gebruik \(Pl", history)
    assert Application.objects.get(slug=slug).status == "in_use"
    expect(page.get_by_text("Checklist vóór ingebruikname: 10 van 10")).to_be_visible()
    assert not Decision.objects.get(application__slug=slug).is_exception
    expect(page.locator(".regie-badge--exception")).to_have_count(0)
