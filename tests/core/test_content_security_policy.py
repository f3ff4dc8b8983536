"""The whole interface works under the Content-Security-Policy: every role's main pages,
some of the pages they link to and the admin load without a single CSP violation or console
error, htmx and Regie's own script still work, and the other security headers stay."""

from __future__ import annotations

from io import StringIO
from urllib.parse import urlparse

import pytest

from regie.core.demo import USERS, load_demo
from regie.register.models import User
from tests.conftest import login

# Collected in every page before its own scripts run; CSP does not apply to init scripts.
COLLECT = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(
  `${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`));
"""
DETAIL_LINKS_PER_ROLE = 4


class Watch:
    """Violations and console errors of one browser page, per URL."""

    def __init__(self, page):
        self.page = page
        self.problems: list[str] = []
        page.add_init_script(COLLECT)
        page.on("console", lambda message: message.type == "error" and self.problems.append(
            f"{page.url}: console: {message.text}"))

    def visit(self, url: str) -> None:
        response = self.page.goto(url)
        assert response.status == 200, f"{url}: {response.status}"
        self.page.wait_for_load_state("load")
        self.collect()

    def collect(self) -> None:
        self.problems += [f"{self.page.url}: {v}"
                          for v in self.page.evaluate("window.__violations || []")]


def same_site_links(page, live_server, selector: str) -> list[str]:
    links = page.eval_on_selector_all(selector, "els => els.map(a => a.href)")
    return [urlparse(link).path for link in links
            if link.startswith(live_server.url) and "/uitloggen" not in link]


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_it_runs_every_roles_pages_without_csp_violations(page, live_server, monkeypatch):
    monkeypatch.setenv("REGIE_DEMO_PASSWORD", "Demo-wachtwoord-1")
    load_demo(stdout=StringIO())
    watch = Watch(page)
    seen: set[str] = set()
    for username, *_rest in USERS:
        login(page, User.objects.get(username=username), password="Demo-wachtwoord-1")
        watch.collect()
        navigation = same_site_links(page, live_server, "nav a")
        assert navigation, username
        details = []
        for path in navigation:
            watch.visit(path)
            details += [p for p in same_site_links(page, live_server, "main a")
                        if p not in seen and p not in navigation]
        for path in list(dict.fromkeys(details))[:DETAIL_LINKS_PER_ROLE]:
            seen.add(path)
            watch.visit(path)
        page.context.clear_cookies()
    assert watch.problems == []
    assert len(seen) >= 10


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_it_keeps_htmx_the_language_switch_and_the_admin_working_under_csp(
        page, live_server, make_user, organization):
    watch = Watch(page)
    response = page.goto("/inloggen/")
    headers = response.headers
    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"

    login(page, make_user("projectleider"))
    watch.visit("/register/toepassingen/")
    page.get_by_label("Zoeken in naam en doel").fill("niets-te-vinden")
    page.get_by_role("button", name="Zoeken").click()
    page.wait_for_url("**q=niets-te-vinden**")
    assert "0 toepassingen" in page.locator("#results").get_by_role("status").inner_text()
    page.get_by_label("Taal").select_option("en")  # submitted by regie.js
    page.wait_for_function("document.documentElement.lang === 'en'")
    watch.collect()

    admin = User.objects.create_superuser(username="beheer", password="geheim-123",
                                          organization=organization)
    page.context.clear_cookies()
    login(page, admin)
    for path in ("/beheer/", "/beheer/register/application/", "/beheer/register/user/",
                 f"/beheer/register/user/{admin.pk}/change/"):
        watch.visit(path)
    assert watch.problems == []
