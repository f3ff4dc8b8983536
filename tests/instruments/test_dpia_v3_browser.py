"""In a real browser: the DPIA's repeated persoonsgegevens become the options of the next
section's gegevensverwerking."""

import pytest

from regie.audit.service import Actor
from regie.instruments import service
from regie.register.models import Application
from tests.conftest import login


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_it_repeats_a_group_and_offers_its_answers_as_options(page, make_user, organization,
                                                              reference_dir):
    user = make_user("projectleider", username="priya")
    Application.objects.create(organization=organization, slug="dpia", name="DPIA proef",
                               owner_email=user.email, created_by=user)
    service.load_instrument(reference_dir / "dpia-prescan" / "dpia.yaml",
                            actor=Actor(via="cli", name="test"))
    login(page, user)
    page.goto(f"/instrumenten/dpia/vragenlijst/{service.DPIA}/")
    page.get_by_role("button", name="Beginnen").click()
    page.goto(f"/instrumenten/dpia/vragenlijst/{service.DPIA}/?sectie=3")
    page.get_by_label("2.1.1 Persoonsgegeven", exact=True).fill("Naam")
    page.get_by_role("button", name="Nog een persoonsgegeven toevoegen").click()
    page.get_by_label("2.1.1 Persoonsgegeven", exact=True).nth(1).fill("BSN")
    page.get_by_role("button", name="Opslaan en verder").click()
    group = page.get_by_role("group", name="3.1.3 Persoonsgegevens")
    assert group.get_by_label("Naam").is_visible() and group.get_by_label("BSN").is_visible()
    group.get_by_label("BSN").check()
    page.get_by_role("button", name="Opslaan", exact=True).click()
    run = service.get_run(Application.objects.get(slug="dpia"), service.DPIA)
    assert run.answers["3.1.3[0]"]["value"] == ["BSN"]
