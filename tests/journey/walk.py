"""Walking Regie in a browser the way a person does, counting clicks and checking every page
with axe-core. Each step of the journey is a small function, so a change in the procedure
changes one function.

A click is every mouse click or choice: a link, a button, a radio button, a checkbox, an
option in a list, a file chosen, and Enter pressed to send a form. Typing text is not a click.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
PASSWORD = "geheim-123"

_AUDIT = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  window.__regieAudited = true;
  return result.violations
    .filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))}));
}"""


@dataclass
class Walk:
    """The clicks and the axe findings of one journey, over every person's browser."""

    clicks: int = 0
    violations: list[tuple[str, str, dict]] = field(default_factory=list)
    pages: dict[str, list[str]] = field(default_factory=dict)  # username -> paths seen

    def audit(self, page: Page, who: str, language: str = "nl") -> None:
        """axe-core on the current page, once per loaded document."""
        page.wait_for_load_state("load")
        if page.evaluate("window.__regieAudited === true"):
            return
        page.add_script_tag(path=str(AXE))
        for violation in page.evaluate(_AUDIT):
            self.violations.append((language, page.url, violation))
        path = re.sub(r"^https?://[^/]+", "", page.url)
        seen = self.pages.setdefault(who, [])
        if language == "nl" and path not in seen:
            seen.append(path)


@dataclass
class Person:
    """One person's browser: every action counts its clicks and audits the page it leads to."""

    walk: Walk
    page: Page
    username: str

    def follow(self, target: Locator) -> None:
        """Click a link or a button that loads a new page."""
        self.walk.clicks += 1
        with self.page.expect_navigation():
            target.click()
        self.walk.audit(self.page, self.username)

    def choose(self, target: Locator) -> None:
        """Tick a radio button or a checkbox."""
        self.walk.clicks += 1
        target.check()

    def pick(self, target: Locator, value: str) -> None:
        """Choose an option in a list."""
        self.walk.clicks += 1
        target.select_option(value)

    def upload(self, target: Locator, path: Path) -> None:
        self.walk.clicks += 1
        target.set_input_files(str(path))

    def send_with_enter(self) -> None:
        self.walk.clicks += 1
        with self.page.expect_navigation():
            self.page.keyboard.press("Enter")
        self.walk.audit(self.page, self.username)

    def menu(self, group: str, item: str | None = None) -> None:
        """The main menu's group, then (when given) a page of that group."""
        self.follow(self.page.get_by_role("navigation", name="Hoofdmenu")
                    .get_by_role("link", name=group))
        if item:
            self.follow(self.page.get_by_role("navigation", name=group)
                        .get_by_role("link", name=item))


def sign_in(walk: Walk, browser, base_url: str, user) -> Person:
    """A new browser for `user`, signed in through the login form (one click)."""
    context = browser.new_context(locale="nl-NL", base_url=base_url, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(20000)
    page.goto("/")
    walk.audit(page, user.username)
    person = Person(walk, page, user.username)
    page.get_by_label("Gebruikersnaam").fill(user.username)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    person.follow(page.get_by_role("button", name="Inloggen"))
    return person


def audit_in_english(walk: Walk, browser, base_url: str, users: list) -> None:
    """Every page each person saw, again in English (after the journey, in their account)."""
    for user in users:
        context = browser.new_context(locale="en-GB", base_url=base_url, bypass_csp=True)
        page = context.new_page()
        page.set_default_timeout(20000)
        page.goto("/inloggen/")
        page.get_by_label("Gebruikersnaam").fill(user.username)
        page.get_by_label("Wachtwoord").fill(PASSWORD)
        with page.expect_navigation():
            page.get_by_role("button", name="Inloggen").click()
        context.add_cookies([{"name": "django_language", "value": "en", "url": base_url}])
        for path in walk.pages.get(user.username, []):
            if path.startswith(("/inloggen/", "/uitloggen/")):
                continue
            page.goto(path)
            expect(page.locator("html")).to_have_attribute("lang", "en")
            walk.audit(page, user.username, language="en")
        context.close()


# --- The steps of today's procedure ---------------------------------------------------------

def register_by_intake(lead: Person, dossier: Path) -> None:
    """Procedure → Nieuwe toepassing aanmelden, with the dossier file."""
    lead.menu("Procedure")
    lead.follow(lead.page.get_by_role("link", name="Nieuwe toepassing aanmelden"))
    lead.upload(lead.page.get_by_label("Dossierbestand (YAML of JSON)"), dossier)
    lead.follow(lead.page.get_by_role("button", name="Aanmelden"))


def complete_ai_act_tree(lead: Person, answers: list[str]) -> None:
    """From the procedure page's checklist: Regie's AI-Act decision tree, one answer a page,
    and back to the procedure."""
    row = lead.page.locator("#checklist-risk_analysis")
    lead.follow(row.get_by_role("button", name="Beslishulp AI-verordening beginnen"))
    for answer in answers:
        lead.choose(lead.page.get_by_label(answer, exact=True))
        lead.send_with_enter()
    expect(lead.page.get_by_role("heading", name="Conclusie")).to_be_visible()
    lead.follow(lead.page.get_by_role("link", name="Verder met de procedure"))


def open_from_start(person: Person, link: str | re.Pattern) -> None:
    """Back to the start page, then the link to what waits there."""
    person.follow(person.page.get_by_role("navigation", name="Hoofdmenu")
                  .get_by_role("link", name=re.compile("^Start")))
    person.follow(person.page.get_by_role("main").get_by_role("link", name=link).first)


def confirm_checklist_item(lead: Person, item: str, note: str) -> None:
    """An open item's evidence form stands open: a note, then Bevestigen."""
    row = lead.page.locator(f"#checklist-{item}")
    row.get_by_label("Toelichting", exact=True).fill(note)
    lead.follow(row.get_by_role("button", name="Bevestigen"))
    expect(lead.page.get_by_text("Het bewijs is vastgelegd.")).to_be_visible()


def record_agreement(lead: Person, document: Path) -> None:
    """The supplier's signed agreement, uploaded in the checklist (its terms as declared)."""
    row = lead.page.locator("#checklist-supplier")
    lead.upload(row.get_by_label("Getekende overeenkomst (pdf, docx of odt)"), document)
    lead.follow(row.get_by_role("button", name="Getekende overeenkomst vastleggen"))
    expect(lead.page.get_by_text("Overeenkomst vastgelegd.")).to_be_visible()
    expect(row.locator("[data-state=evidenced]").first).to_be_visible()


def name_self_with_training(lead: Person, certificate: Path) -> None:
    """The projectleider uses the application too: named as its user, with the certificate
    of their AI-literacy training."""
    row = lead.page.locator("#checklist-training")
    lead.upload(row.get_by_label("Uw certificaat (PDF, PNG of JPEG)"), certificate)
    lead.follow(row.get_by_role("button", name="Mijzelf als gebruiker vastleggen"))
    expect(row.get_by_text("Bewezen", exact=True)).to_be_visible()


def confirm_publication(lead: Person, address: str) -> None:
    """After the decision: the record entered in the Algoritmeregister, confirmed with the
    address of its public page."""
    row = lead.page.locator("#checklist-algoritmeregister")
    row.get_by_label("Adres van de publicatie (https://…)").fill(address)
    lead.follow(row.get_by_role("button", name="Publicatie bevestigen"))
    expect(row.get_by_text("Bewezen", exact=True)).to_be_visible()


def export_cmdb(lead: Person) -> str:
    """The application's CMDB row, downloaded under the conditions for use (one click, no
    new page)."""
    lead.walk.clicks += 1
    with lead.page.expect_download() as download:
        lead.page.locator("#use-gate-evidence").get_by_role(
            "link", name="CMDB-regel van deze toepassing downloaden (CSV)").click()
    return Path(download.value.path()).read_text(encoding="utf-8")


def request_advice(lead: Person) -> None:
    lead.follow(lead.page.get_by_role("button", name="Advies aanvragen"))
    expect(lead.page.locator(".regie-badge--in_review")).to_be_visible()


def give_advice(adviser: Person, name: str, text: str) -> None:
    """From the start page's 'Advies te geven' straight to the advice form."""
    adviser.follow(adviser.page.get_by_role("link", name=f"Advies geven over {name}"))
    expect(adviser.page.get_by_role("heading", name="Waarop u uw advies baseert")).to_be_visible()
    adviser.choose(adviser.page.get_by_label("Positief", exact=True))
    adviser.page.get_by_label("Onderbouwing").fill(text)
    adviser.follow(adviser.page.get_by_role("button", name="Advies vastleggen"))
    expect(adviser.page.get_by_text("Uw advies is vastgelegd.")).to_be_visible()


def decide(director: Person, name: str, rationale: str) -> None:
    director.follow(director.page.get_by_role("link", name=f"Besluiten over {name}"))
    expect(director.page.get_by_text("Alles is op orde")).to_be_visible()
    director.choose(director.page.get_by_label("Goedgekeurd"))
    director.page.get_by_label("Motivering", exact=True).fill(rationale)
    director.follow(director.page.get_by_role("button", name="Besluit vastleggen"))
    expect(director.page.get_by_role("heading", level=1)).to_have_text(f"Besluit over {name}")


def open_decided(lead: Person, name: str) -> None:
    """After the decision, the start page lists what the checklist still misses."""
    open_from_start(lead, re.compile(f"^{re.escape(name)}$"))


def take_into_use(lead: Person) -> None:
    lead.follow(lead.page.get_by_role("button", name="In gebruik nemen"))
    expect(lead.page.locator(".regie-badge--in_use")).to_be_visible()


def make_key(lead: Person) -> str:
    """From the procedure page: the gateway keys, a new key (shown once) read off the page."""
    lead.follow(lead.page.get_by_role("link", name="Gatewaysleutels en gebruik"))
    expect(lead.page.get_by_label("Wanneer verloopt de sleutel?")).to_have_value("90")
    lead.follow(lead.page.get_by_role("button", name="Sleutel maken"))
    return lead.page.get_by_label("Sleutel", exact=True).input_value()


def see_usage(lead: Person, name: str) -> Locator:
    """The application's page (through the breadcrumb) with this month's gateway use."""
    lead.follow(lead.page.get_by_role("navigation", name="Kruimelpad").get_by_role("link",
                                                                                  name=name))
    return lead.page.locator(".regie-gateway-usage")
