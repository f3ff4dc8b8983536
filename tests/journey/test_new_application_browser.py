"""The way through for a new application, by four people in their own browsers and without
the command line: the projectleider registers it, runs the AI-Act decision tree, records the
checklist's evidence (notes, the supplier's signed agreement, themselves as trained user
with their certificate) and asks for advice; the FG and the CISO advise from their start
page; the directie decides from theirs; the projectleider confirms the publication in the
Algoritmeregister, downloads the CMDB row, takes it into use, makes a gateway key in Regie's
pages, the application calls the gateway (a real upstream on loopback) and the use shows on
its page. At most 45 clicks, and axe-core finds nothing serious or critical on any page of
the way, in Dutch and in English. Only what exists before the journey is set up in code:
the organisation, the four people, the model and supplier in the catalogue and the
organisation's AI-literacy training."""

import httpx
import pytest
import yaml
from playwright.sync_api import expect

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.gateway.models import GatewayRequest
from regie.lifecycle.models import TrainingRecord
from regie.lifecycle.service import save_training
from regie.register.models import Application
from tests.gateway.conftest import wait_for
from tests.workflow.conftest import ALLOWED

from . import walk as w

NAME = "Samenvatten van Woo-verzoeken met een lokaal taalmodel"
PUBLISHED_AT = "https://algoritmes.overheid.nl/nl/algoritme/samenvatten-woo-verzoeken/12345678"
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


def pdf(path):
    path.write_bytes(b"%PDF-1.4\n% getekend\n")
    return path


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_it_takes_a_new_application_from_intake_to_use_in_45_clicks(
        browser, live_server, make_user, organization, regie_server, upstream, tmp_path):
    lead = make_user("projectleider", username="petra")
    fg, ciso, boss = (make_user("fg", username="fatima"), make_user("ciso", username="chris"),
                      make_user("directie", username="dirk"))
    dossier = write_dossier(tmp_path / "woo.yaml", organization, lead, upstream.url)
    # Before the journey: the organisation's AI-literacy training in the catalogue.
    save_training(organization, actor=Actor(via="test", name="setup"),
                  name="AI-geletterdheid basis", level="basic", validity_months=24)
    journey = w.Walk()
    base = live_server.url

    # Projectleider: intake, the AI-Act decision tree, the checklist's evidence, advice asked.
    pl = w.sign_in(journey, browser, base, lead)
    w.register_by_intake(pl, dossier)
    expect(pl.page.get_by_role("heading", level=1)).to_have_text(NAME)
    w.complete_ai_act_tree(pl, TREE_ANSWERS)
    w.confirm_checklist_item(pl, "measures", "Toegang alleen via de gateway; logging aan.")
    w.confirm_checklist_item(pl, "explainability", "Elke samenvatting wordt gecontroleerd.")
    w.record_agreement(pl, pdf(tmp_path / "verwerkersovereenkomst-getekend.pdf"))
    w.name_self_with_training(pl, pdf(tmp_path / "certificaat-ai-geletterdheid.pdf"))
    w.request_advice(pl)

    # FG and CISO: their start page shows the advice asked of them.
    w.give_advice(w.sign_in(journey, browser, base, fg), NAME,
                  "Geen persoonsgegevens in de invoer; bewaartermijn vastgelegd.")
    w.give_advice(w.sign_in(journey, browser, base, ciso), NAME,
                  "Draait op eigen systemen; beveiliging op orde.")

    # Directie: the decision waits on the start page.
    w.decide(w.sign_in(journey, browser, base, boss), NAME, "Doel helder, adviezen positief.")

    # Projectleider: the publication and the CMDB row, into use, a key made in Regie, a call
    # through the gateway, its use shown.
    w.open_decided(pl, NAME)
    w.confirm_publication(pl, PUBLISHED_AT)
    cmdb = w.export_cmdb(pl)
    assert NAME in cmdb
    w.take_into_use(pl)
    application = Application.objects.get(name=NAME)
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

    # Every piece of evidence was recorded by the projectleider in the browser, and audited.
    evidence_events = {"supplier_agreement_recorded", "training_recorded", "operator_set",
                       "application_publication_confirmed", "cmdb_exported"}
    recorded = AuditEvent.objects.filter(event__in=evidence_events)
    assert {e.event for e in recorded} == evidence_events
    assert {(e.actor_id, e.via) for e in recorded} == {(lead.pk, "web")}
    assert TrainingRecord.objects.get(user=lead).evidence

    assert journey.clicks <= MAX_CLICKS, f"{journey.clicks} clicks"
    w.audit_in_english(journey, browser, base, [lead, fg, ciso, boss])
    pages = sum(len(paths) for paths in journey.pages.values())
    print(f"journey: {journey.clicks} clicks, {pages} pages checked in Dutch and English")
    assert pages >= 20
    assert not journey.violations, "\n".join(
        f"{language} {url}: {v['impact']} {v['id']} ({v['help']}) {v['nodes']}"
        for language, url, v in journey.violations)
