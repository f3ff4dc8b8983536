"""A projectleider completes the AI-Act decision tree and the official pre-scan for one
application in a real browser, by keyboard where it matters."""

import pytest

from regie.audit.service import Actor
from regie.instruments import service
from regie.register.models import Application
from tests.conftest import login


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_it_completes_the_ai_act_tree_and_the_prescan(
    page, make_user, organization, reference_dir, answer_all
):
    user = make_user("projectleider", username="petra")
    Application.objects.create(
        organization=organization,
        slug="woo",
        name="Woo samenvatten",
        owner_email=user.email,
        created_by=user,
    )
    service.load_instrument(
        reference_dir / "dpia-prescan" / "prescan.yaml", actor=Actor(via="cli", name="test")
    )
    login(page, user)
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Procedure").click()
    submenu = page.get_by_role("navigation", name="Procedure")
    submenu.get_by_role("link", name="Instrumenten").click()
    page.get_by_role("link", name="Woo samenvatten").click()
    page.get_by_role("link", name="Invullen Regie-beslishulp").click()
    page.get_by_role("button", name="Beginnen").click()

    answers = [
        "We gebruiken een model of dienst van een leverancier, zonder het aan te passen",
        "Een breed inzetbare assistent op een taalmodel (bijvoorbeeld een chatassistent)",
        "Nee",
        "Nee",
        "Ja",
    ]
    for number, answer in enumerate(answers, start=1):
        assert page.get_by_text(f"Vraag {number} ·").is_visible()
        page.get_by_label(answer, exact=True).check()
        with page.expect_navigation():
            page.keyboard.press("Enter")  # submits the form from the focused radio button
    assert page.get_by_role("heading", name="Conclusie").is_visible()
    assert page.get_by_text("artikel 50", exact=False).first.is_visible()
    application = Application.objects.get(slug="woo")
    assert application.ai_act_risk == "transparency"
    assert application.ai_act_role_values == ["deployer"]

    page.goto("/instrumenten/woo/")
    page.get_by_role("link", name="Invullen Pre-scan DPIA").click()
    page.get_by_role("button", name="Beginnen").click()
    page.get_by_role("group", name="0.1 Scope").get_by_label("Nee").check()
    page.get_by_label("0.2 Beschrijving van de verwerking").fill("Samenvatten van Woo-verzoeken")
    page.get_by_role("button", name="Opslaan en verder").click()
    page.get_by_role("group", name="1.1.1").get_by_label("Ja").check()
    page.get_by_role("button", name="Opslaan", exact=True).click()  # save half-way
    assert page.get_by_role("group", name="1.1.2").is_visible()  # shown after the answer
    for _section in range(6):
        page.get_by_role("button", name="Opslaan en verder").click()
        if page.get_by_role("group", name="4.1").count():
            group = page.get_by_role("group", name="4.1")
            group.get_by_label("Lijst EDPB: Koppelen van datasets").check()
            group.get_by_label("Lijst EDPB: Gebruik van nieuwe technologieën").check()
    page.get_by_role("button", name="Afronden").click()
    assert page.get_by_text("Afronden kan nog niet").is_visible()  # questions left open
    application = Application.objects.get(slug="woo")
    answer_all(service.get_run(application, service.PRESCAN), Actor(via="cli", name="test"))
    page.goto("/instrumenten/woo/vragenlijst/urn:nl:prescan/?sectie=8")
    page.get_by_role("button", name="Afronden").click()
    assert page.get_by_text("Vragenlijst afgerond").is_visible()
    assert page.get_by_text("DPIA: verplicht").is_visible()
    application.refresh_from_db()
    assert application.assessment_dpia == "not_started"
    run = service.get_run(application, service.PRESCAN)
    assert run.status == "completed"
    assert run.result["output"]["answers"]["0.2"]["value"] == "Samenvatten van Woo-verzoeken"
