"""The way through for a new application, by four people in their own browsers and without
the command line: the projectleider registers it and runs the AI-Act decision tree, confirms
the checklist and asks for advice; the FG and the CISO advise from their start page; the
directie decides from theirs; the projectleider takes it into use, makes a gateway key in
Regie's pages, the application calls the gateway (a real upstream on loopback) and the use
shows on its page. At most 45 clicks, and axe-core finds nothing serious or critical on any
page of the way, in Dutch and in English. The evidence that is the beheerder's work (the
supplier's signed agreement, the publication, the CMDB export, the training record) is
recorded for them in code, outside the four sessions and the click count."""

import httpx
import pytest
import yaml
from playwright.sync_api import expect

from regie.gateway.models import GatewayRequest
from regie.register.models import Application
from tests import evidence
from tests.gateway.conftest import wait_for
from tests.workflow.conftest import ALLOWED

from . import walk as w

NAME = "Samenvatten van Woo-verzoeken met een lokaal taalmodel"
MAX_CLICKS = 45
TREE_ANSWERS = [
    "We gebruiken een model of dienst van een leverancier, zonder het aan te passen",
    "Een breed inzetbare assistent op een taalmodel (bijvoorbeeld een chatassistent)",
    "Nee",
    "Nee",
    "Ja",
]


def write_dossier(path, organization, lead, upstream_url):
    """What the projectleider knows at intake; the AI-Act classification is left to the
    decision tree."""
    facts = {key: value for key, value in ALLOWED.items() if key != "assessments"}
    facts |= {
        "name": NAME,
        "organization": organization.name,
        "owner": {"name": lead.get_full_name() or lead.username, "email": lead.email},
        "model": {**ALLOWED["model"], "endpoint": {"base_url": upstream_url}},
        "assessments": {"dpia": "not_applicable", "iama": "not_applicable"},
    }
    path.write_text(yaml.safe_dump(facts, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_it_takes_a_new_application_from_intake_to_use_in_45_clicks(
        browser, live_server, make_user, organization, regie_server, upstream, tmp_path):
    lead = make_user("projectleider", username="petra")
    fg, ciso, boss = (make_user("fg", username="fatima"), make_user("ciso", username="chris"),
                      make_user("directie", username="dirk"))
    dossier = write_dossier(tmp_path / "woo.yaml", organization, lead, upstream.url)
    journey = w.Walk()
    base = live_server.url

    # Projectleider: intake, the AI-Act decision tree, the checklist, advice asked.
    pl = w.sign_in(journey, browser, base, lead)
    w.register_by_intake(pl, dossier)
    expect(pl.page.get_by_role("heading", level=1)).to_have_text(NAME)
    w.complete_ai_act_tree(pl, TREE_ANSWERS)
    # Outside these four sessions, as in tests/workflow/test_procedure_browser.py: the
    # beheerder records the supplier's signed agreement (evidence, not a typed declaration).
    beheerder = make_user("beheerder", username="bert")
    application = Application.objects.get(name=NAME)
    evidence.record_agreement(application, beheerder)
    w.open_from_start(pl, NAME)
    w.confirm_checklist_item(pl, "measures", "Toegang alleen via de gateway; logging aan.")
    w.confirm_checklist_item(pl, "explainability", "Elke samenvatting wordt gecontroleerd.")
    w.request_advice(pl)

    # FG and CISO: their start page shows the advice asked of them.
    w.give_advice(w.sign_in(journey, browser, base, fg), NAME,
                  "Geen persoonsgegevens in de invoer; bewaartermijn vastgelegd.")
    w.give_advice(w.sign_in(journey, browser, base, ciso), NAME,
                  "Draait op eigen systemen; beveiliging op orde.")

    # Directie: the decision waits on the start page.
    w.decide(w.sign_in(journey, browser, base, boss), NAME, "Doel helder, adviezen positief.")

    # Outside the four sessions again: the beheerder confirms the publication in the
    # Algoritmeregister, exports the CMDB and records the operator's AI-literacy training.
    evidence.use_evidence(application, beheerder=beheerder, operators=[lead])

    # Projectleider: into use, a key made in Regie, a call through the gateway, its use shown.
    w.take_into_use(pl, NAME)
    token = w.make_key(pl)
    response = httpx.post(f"{regie_server.url}/v1/chat/completions", timeout=20,
                          headers={"Authorization": f"Bearer {token}"},
                          json={"model": ALLOWED["model"]["name"],
                                "messages": [{"role": "user", "content": "Vat dit samen."}]})
    assert response.status_code == 200, response.text
    assert wait_for(lambda: GatewayRequest.objects.filter(application=application).exists())
    usage = w.see_usage(pl, NAME)
    expect(usage.locator("tbody tr")).to_have_count(1)
    expect(usage.locator("tbody td").nth(1)).to_have_text("1")
    application.refresh_from_db()
    assert application.status == "in_use"

    assert journey.clicks <= MAX_CLICKS, f"{journey.clicks} clicks"
    w.audit_in_english(journey, browser, base, [lead, fg, ciso, boss])
    pages = sum(len(paths) for paths in journey.pages.values())
    print(f"journey: {journey.clicks} clicks, {pages} pages checked in Dutch and English")
    assert pages >= 20
    assert not journey.violations, "\n".join(
        f"{language} {url}: {v['impact']} {v['id']} ({v['help']}) {v['nodes']}"
        for language, url, v in journey.violations)
