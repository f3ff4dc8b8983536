"""Shared fixtures: organisations, users per role, a dossier file, and the reference data."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
from email import message_from_bytes
from email.header import decode_header, make_header
from pathlib import Path

import pytest

from regie.register.models import Organization, User
from regie.register.roles import Role

REPO = Path(__file__).resolve().parent.parent
# The official reference files live beside the repository, never inside it.
REFERENCE = Path(os.environ.get("REGIE_REFERENCE_DIR", REPO.parent / "shared" / "reference"))
ALL_ROLES = [role.value for role in Role]


@pytest.fixture
def reference_dir() -> Path:
    if not REFERENCE.is_dir():
        pytest.fail(f"reference files not found at {REFERENCE} (set REGIE_REFERENCE_DIR)")
    return REFERENCE


@pytest.fixture
def organization(db) -> Organization:
    return Organization.objects.create(name="Gemeente Voorbeeld", slug="gemeente-voorbeeld",
                                       kind="gemeente")


@pytest.fixture
def other_organization(db) -> Organization:
    return Organization.objects.create(name="Gemeente Elders", slug="gemeente-elders",
                                       kind="gemeente")


@pytest.fixture
def make_user(db, organization):
    """`make_user("fg")` → a user of the organisation with that role (password "geheim-123")."""
    from django.contrib.auth.models import Group

    from regie.register.roles import sync_roles

    sync_roles(strict=True)

    def factory(*roles: str, username: str | None = None, org: Organization | None = None,
                **extra) -> User:
        name = username or ("_".join(roles) or "zonderrol")
        user = User.objects.create_user(
            username=name, password="geheim-123", email=f"{name}@voorbeeld.nl",
            organization=org or organization, first_name=name.capitalize(), **extra)
        for role in roles:
            user.groups.add(Group.objects.get(name=role))
        return user

    return factory


@pytest.fixture(scope="session")
def cli_env(tmp_path_factory) -> dict[str, str]:
    """Environment for `run_regie` with a migrated SQLite database of its own (shared by the
    session's command-line tests: use unique names in what you write)."""
    data = tmp_path_factory.mktemp("cli")
    env = {"REGIE_DATA_DIR": str(data), "DATABASE_URL": ""}
    result = run_regie("migrate", "--verbosity", "0", env=env)
    assert result.returncode == 0, result.stderr
    return env


# Runs `regie` as `python -m regie` does, and at exit writes the process's peak memory
# (VmHWM: this program's own high-water mark; the wait4/getrusage figure would include the
# memory of the pytest process it was forked from) to the file named in REGIE_TEST_PEAK_FILE.
_MEASURED_MAIN = """
import atexit, os, runpy, sys

def _peak():
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmHWM:"))
    with open(os.environ["REGIE_TEST_PEAK_FILE"], "w") as out:
        out.write(line.split()[1])

atexit.register(_peak)
sys.argv[0] = "regie"
runpy.run_module("regie", run_name="__main__", alter_sys=True)
"""


def run_regie(*args: str, env: dict | None = None, input: str | None = None,
              cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the real `regie` command line in a subprocess, against this checkout. The result
    also carries `max_rss_mb`, the command's peak memory (None when it did not exit
    normally)."""
    with tempfile.NamedTemporaryFile(suffix=".peak") as peak:
        full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {}),
                    "REGIE_TEST_PEAK_FILE": peak.name}
        full_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # for browser tests in this process only
        result = subprocess.run([sys.executable, "-c", _MEASURED_MAIN, *args],
                                capture_output=True, text=True, env=full_env, input=input,
                                cwd=cwd or REPO, timeout=300)
        written = Path(peak.name).read_text()
    result.max_rss_mb = int(written) / 1024 if written else None
    return result


# --- Mail -----------------------------------------------------------------------------------

class Inbox:
    """What a real SMTP server on loopback received: (recipient, subject) and the bodies."""

    def __init__(self):
        self.messages: list[tuple[str, str]] = []
        self.bodies: list[str] = []

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content)
        self.messages.append((envelope.rcpt_tos[0],
                              str(make_header(decode_header(message["Subject"])))))
        payload = message.get_payload(decode=True) or b""
        self.bodies.append(payload.decode(message.get_content_charset() or "utf-8"))
        return "250 OK"


@pytest.fixture
def smtp(settings):
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that Django's SMTP backend sends to."""
    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = False
    yield inbox
    controller.stop()


# --- Browser tests -------------------------------------------------------------------------
# Playwright drives the system Chromium (Debian package); its own browser download is never
# used. The sync API runs an event loop in this thread, so Django's async-safety check is
# relaxed for the test process (the live server runs in its own thread).
CHROMIUM = os.environ.get("REGIE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic",
                 "--no-first-run"]
ARTIFACTS = REPO / "test-artifacts"


@pytest.fixture(scope="session")
def browser():
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, live_server, request):
    """A fresh browser page; on failure a screenshot lands in test-artifacts/."""
    context = browser.new_context(locale="nl-NL", base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


def login(page, user, password: str = "geheim-123") -> None:
    """Sign in through the real login form."""
    page.goto("/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(user.username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(lambda url: "/inloggen/" not in url)
