"""The gateway tests run the real thing: Regie's ASGI app under uvicorn in a subprocess,
reading the test database, in front of the test upstream (`upstream.py`) on loopback.

On SQLite the test database is a file (not in memory), so the subprocess can read it. The
tests that talk to it get `transactional_db`, overridden here: their data is committed, and
afterwards every table is emptied with DELETE in one transaction (pytest-django's flush
truncates and rebuilds the permissions: on a busy PostgreSQL that took 20 s per test). The
name stays, so pytest-django still sets up the test database for these tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction

import httpx
import pytest

from regie.audit.service import Actor
from regie.gateway.keys import create_key
from regie.gateway.models import GatewaySettings
from regie.register.models import AIModel, Application, Organization
from tests.gateway.upstream import UpstreamServer, free_port

REPO = Path(__file__).resolve().parents[2]
_DB_DIR = Path(tempfile.mkdtemp(prefix="regie-gateway-db-"))
_default = settings.DATABASES["default"]
if _default["ENGINE"].endswith("sqlite3"):
    _default.setdefault("TEST", {})["NAME"] = str(_DB_DIR / "regie.sqlite3")


# Filled by migrations and kept, as `flush` + post_migrate would recreate them.
KEEP_TABLES = {"django_migrations", "django_content_type", "auth_permission", "auth_group",
               "auth_group_permissions"}


@pytest.fixture
def transactional_db(django_db_setup, django_db_blocker):
    """Database access in autocommit mode, so the server subprocess sees the data."""
    with django_db_blocker.unblock():
        try:
            yield
        finally:
            time.sleep(0.3)  # let the server write its batched records first
            tables = [t for t in connection.introspection.django_table_names(
                only_existing=True, include_views=False) if t not in KEEP_TABLES]
            # Foreign keys are deferred (PostgreSQL and SQLite), so the order does not matter.
            with transaction.atomic(), connection.cursor() as cursor:
                for table in tables:
                    cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")


def server_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "DJANGO_SETTINGS_MODULE": "regie.conf.base",
           "REGIE_GATEWAY_CACHE_SECONDS": "0", "REGIE_GATEWAY_PEOPLE_CACHE_SECONDS": "0",
           "REGIE_LOG_LEVEL": "ERROR",
           **extra}
    db = connection.settings_dict
    if "DATABASE_URL" in extra:
        pass  # a database of its own (the outage test's temporary cluster)
    elif db["ENGINE"].endswith("sqlite3"):
        env.pop("DATABASE_URL", None)
        env["REGIE_DATA_DIR"] = str(Path(db["NAME"]).parent)
    else:
        env["DATABASE_URL"] = (f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:"
                               f"{db['PORT'] or 5432}/{db['NAME']}")
    return env


class RegieServer:
    """`regie.asgi` under uvicorn in a subprocess (like `regie serve`)."""

    def __init__(self, **env: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = env

    def __enter__(self) -> RegieServer:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "regie.asgi:application", "--host", "127.0.0.1",
             "--port", str(self.port), "--lifespan", "off", "--log-level", "warning"],
            cwd=REPO, env=server_env(**self.env))
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{self.url}/v1/ready", timeout=1)  # a 404, not recorded
                return self
            except httpx.TransportError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("Regie did not start") from None
                time.sleep(0.1)

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture(scope="session")
def upstream():
    with UpstreamServer() as server:
        yield server


@pytest.fixture
def fresh_upstream(upstream):
    upstream.app.received.clear()
    upstream.app.headers.clear()
    return upstream


@pytest.fixture(scope="session")
def regie_server(django_db_setup, django_db_blocker, upstream):
    with RegieServer(REGIE_GATEWAY_UPSTREAM_TIMEOUT="2") as server:
        yield server


@pytest.fixture
def gateway_app(transactional_db, fresh_upstream):
    """`gateway_app(status=..., settings={...})` → (application, key) with models named
    after the upstream's behaviours, all under contract and pointing at the test upstream;
    `front_end=True` makes the key a chat front-end's (its user headers are believed)."""

    def factory(*, slug: str = "chat-assistent", status: str = "in_use",
                environment: str = "production", settings: dict | None = None,
                models: tuple[str, ...] = ("echo", "tool", "leak", "slow", "trickle", "error"),
                front_end: bool = False, **model_fields) -> tuple[Application, str]:
        organization, _ = Organization.objects.get_or_create(
            slug="gemeente-voorbeeld", defaults={"name": "Gemeente Voorbeeld"})
        made = [AIModel.objects.create(
            organization=organization, name=name, terms=model_fields.get("terms", "contract"),
            endpoint_base_url=model_fields.get("endpoint_base_url", fresh_upstream.url),
            endpoint_api_key_env=model_fields.get("endpoint_api_key_env", ""))
            for name in models]
        app = Application.objects.create(organization=organization, slug=slug, name=slug,
                                         status=status, environment=environment,
                                         model=made[0])
        app.other_models.set(made[1:])
        record_approval(app)
        if settings:
            GatewaySettings.objects.create(application=app, **settings)
        _key, token = create_key(application=app, actor=Actor(via="test", name="test"),
                                 front_end=front_end)
        return app, token

    return factory


@pytest.fixture
def application(organization, make_user):
    """An application "woo" of the organisation, registered by a projectleider (the pages'
    tests override it where they need another)."""
    owner = make_user("projectleider", username="eigenaar")
    return Application.objects.create(organization=organization, slug="woo", name="Woo",
                                      created_by=owner, owner_email=owner.email)


def record_approval(application: Application):
    """An approval by the directie covering the application's dossier as it is now (its
    models' endpoints): the gateway forwards to no endpoint a decision did not cover."""
    from regie.workflow.gate import Gate
    from regie.workflow.models import Decision
    from regie.workflow.records import freeze

    decision = Decision.objects.create(application=application, outcome="approved",
                                       rationale="Goedgekeurd voor de test.",
                                       decided_by_name="directie")
    freeze(decision, evaluation=None, gate=Gate(findings=[], missing_advice=[],
                                                negative_advice=[]))
    return decision


def openai_client(server: RegieServer, token: str, **kwargs):
    from openai import OpenAI

    return OpenAI(base_url=f"{server.url}/v1", api_key=token, max_retries=0, timeout=20,
                  **kwargs)


def wait_for(predicate, timeout: float = 5.0):
    """Records of forwarded requests are written just after the answer: poll briefly."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.05)


@pytest.fixture(scope="module")
def chat_only_upstream():
    """A model server that speaks chat completions but has no `/responses`."""
    with UpstreamServer(responses=False) as server:
        yield server


@pytest.fixture(params=["native", "translated"])
def responses_app(request, gateway_app, fresh_upstream, chat_only_upstream):
    """(factory, the upstream it talks to): once on an upstream with `/responses`, once on
    one without (the gateway translates to chat completions)."""
    upstream = fresh_upstream if request.param == "native" else chat_only_upstream
    upstream.app.received.clear()

    def make(**kwargs):
        return gateway_app(endpoint_base_url=upstream.url, **kwargs)

    return make, upstream
