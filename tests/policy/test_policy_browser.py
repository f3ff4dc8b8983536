"""A beheerder loads organisation rules in the browser; the application page follows."""

from pathlib import Path

import pytest
import yaml

from regie.audit.service import Actor
from regie.register.dossier import load_dossier_file
from regie.register.service import import_dossier
from tests.conftest import login

DOSSIER = Path(__file__).parent / "dossiers" / "01-woo-samenvatten-lokaal.yaml"


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_it_uploads_rules_and_shows_the_new_finding(page, make_user, tmp_path):
    app = import_dossier(load_dossier_file(DOSSIER), actor=Actor(via="test"))[0]
    rules = tmp_path / "eigen.yaml"
    rules.write_text(yaml.safe_dump({"version": "gv-1", "title": "Eigen", "rules": [{
        "id": "gv_portefeuillehouder", "level": "required",
        "when": {"fact": "impact.citizens", "is": True},
        "message": "Informeer de portefeuillehouder.", "sources": ["Eigen AI-beleid §2"],
        "field": "owner.name"}]}), encoding="utf-8")
    login(page, make_user("beheerder"))

    page.goto(f"/beleid/toepassing/{app.slug}/")
    # conditional already: the register counts Regie's records (advice, publication,
    # training…), and this freshly imported dossier has only declarations
    assert page.locator("[data-decision]").get_attribute("data-decision") == "conditional"
    assert page.locator('[data-rule="gv_portefeuillehouder"]').count() == 0
    assert page.locator('[data-rule="users_not_trained"] [data-gate="use"]').count() == 1

    page.goto("/beleid/laden/")
    page.get_by_label("Beleidsbestand (YAML)").set_input_files(str(rules))
    page.get_by_role("button", name="Laden en activeren").click()
    assert page.locator('[data-diff="added"]').inner_text().endswith("gv_portefeuillehouder")

    page.goto(f"/beleid/toepassing/{app.slug}/")
    assert page.locator("[data-decision]").get_attribute("data-decision") == "conditional"
    finding = page.locator('[data-rule="gv_portefeuillehouder"]')
    assert "Eigen AI-beleid §2" in finding.inner_text()
    page.get_by_role("button", name="Toets vastleggen").click()
    assert "opnieuw getoetst" in page.locator(".regie-messages").inner_text()
