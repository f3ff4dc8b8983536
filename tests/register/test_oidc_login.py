"""Single sign-on against a real OpenID Connect provider on loopback.

Regie runs as `regie serve` in a subprocess with the REGIE_OIDC_* variables set (settings are
read at start-up, as in production); the provider is oidc-provider-mock in a thread; the
browser walks the whole authorisation-code flow.
"""

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
from oidc_provider_mock import User as ProviderUser
from oidc_provider_mock import run_server_in_thread

from tests.conftest import REPO, run_regie


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def provider():
    claims = {
        "email": "j.devries@voorbeeld.nl", "given_name": "Jan", "family_name": "de Vries",
        "preferred_username": "jdevries", "organization": "Gemeente Voorbeeld",
        "regie_roles": ["fg", "onbekende-rol"],
    }
    stranger = {"email": "x@elders.nl", "organization": "Gemeente Onbekend"}
    with run_server_in_thread(user_claims=[ProviderUser(sub="jdevries", claims=claims),
                                           ProviderUser(sub="vreemde", claims=stranger)]) as server:
        yield f"http://localhost:{server.server_port}"


@pytest.fixture(scope="module")
def regie_with_sso(provider, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("sso")
    env = {
        "REGIE_DATA_DIR": str(tmp_path), "REGIE_OIDC_CLIENT_ID": "regie",
        "REGIE_OIDC_CLIENT_SECRET": "geheim", "REGIE_OIDC_ISSUER": provider,
        "REGIE_ADMIN_PASSWORD": "beheer-wachtwoord-1", "DATABASE_URL": "",
        "REGIE_LOG_LEVEL": "ERROR", "REGIE_OIDC_VERIFY_KID": "false",
    }
    dossier = tmp_path / "d.yaml"
    dossier.write_text("name: Chatassistent\norganization: Gemeente Voorbeeld\n")
    assert run_regie("migrate", "--verbosity", "0", env=env).returncode == 0
    assert run_regie("dossier", "import", str(dossier), env=env).returncode == 0
    port = _free_port()
    log = tmp_path / "serve.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "regie", "serve", "--port", str(port)],
        env={**os.environ, "PYTHONPATH": str(REPO), **env}, cwd=REPO,
        stdout=log.open("w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(f"{url}/healthz").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            pytest.fail("regie serve did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        print(log.read_text())


@pytest.mark.e2e
def test_it_signs_in_with_sso_and_takes_organisation_and_roles(browser, regie_with_sso):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(f"{regie_with_sso}/inloggen/")
    page.get_by_role("link", name="Inloggen met uw organisatieaccount (SSO)").click()
    page.get_by_role("button", name="jdevries").click()
    page.wait_for_url(f"{regie_with_sso}/")
    header = page.locator("header").inner_text()
    assert "Jan de Vries" in header and "Gemeente Voorbeeld" in header
    # The fg role from the claim gives read access to the organisation's register.
    listed = page.request.get(f"{regie_with_sso}/api/v1/applications/?format=json")
    assert listed.status == 200
    assert [a["name"] for a in listed.json()["results"]] == ["Chatassistent"]
    context.close()


@pytest.mark.e2e
def test_it_refuses_sso_for_an_unknown_organisation(browser, regie_with_sso):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(f"{regie_with_sso}/inloggen/")
    page.get_by_role("link", name="Inloggen met uw organisatieaccount (SSO)").click()
    page.get_by_role("button", name="vreemde").click()
    page.wait_for_url("**/inloggen/?sso=mislukt")
    assert "niet gelukt" in page.get_by_role("alert").inner_text()
    context.close()
