"""The README's production steps, end to end: production settings, PostgreSQL when the suite
runs on it (a database of this test's own on that server), `regie serve` behind a TLS
proxy (X-Forwarded-Proto), and a page, its stylesheet and an API call answered 200."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

from django.db import connection

import httpx
import psycopg
import pytest

from tests.conftest import REPO, run_regie
from tests.core.test_deploy_settings import PRODUCTION
from tests.gateway.upstream import free_port

PROXY = {"X-Forwarded-Proto": "https"}


@pytest.fixture
def production_env(tmp_path, django_db_blocker):
    env = {**PRODUCTION, "REGIE_DATA_DIR": str(tmp_path), "REGIE_ALLOWED_HOSTS": "127.0.0.1",
           "REGIE_ADMIN_PASSWORD": "Productie-wachtwoord-1", "DATABASE_URL": ""}
    settings = connection.settings_dict
    if settings["ENGINE"].endswith("postgresql"):
        name = f"{settings['NAME']}_production"[:60]
        server = (f"postgresql://{settings['USER']}:{settings['PASSWORD']}@"
                  f"{settings['HOST']}:{settings['PORT'] or 5432}")
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            admin.execute(f'CREATE DATABASE "{name}"')
        env["DATABASE_URL"] = f"{server}/{name}".replace("postgresql://", "postgres://")
        yield env
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        yield env


def test_it_serves_pages_static_files_and_the_api_in_production(production_env):
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO), **production_env}
    server = subprocess.Popen([sys.executable, "-m", "regie", "serve", "--host", "127.0.0.1",
                               "--port", str(port)], cwd=REPO, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240  # migrate and collect the static files first
        while True:
            try:
                login = httpx.get(f"{base}/inloggen/", headers=PROXY, timeout=10)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stdout.read()
                assert time.monotonic() < deadline, "regie serve did not start"
                time.sleep(0.5)
        assert login.status_code == 200
        assert "Strict-Transport-Security" in login.headers
        stylesheet = re.search(r'href="(/static/regie/regie\.[0-9a-f]{12}\.css)"', login.text)
        assert stylesheet, "no hashed stylesheet name in the page"
        css = httpx.get(base + stylesheet[1], headers=PROXY)
        assert css.status_code == 200 and "max-age" in css.headers["cache-control"]
        token = run_regie("drf_create_token", "admin", env=production_env)
        assert token.returncode == 0, token.stderr
        key = token.stdout.split()[2]
        api = httpx.get(f"{base}/api/v1/applications/", headers={
            **PROXY, "Authorization": f"Token {key}"})
        assert api.status_code == 200 and api.json()["results"] == []
        assert httpx.get(f"{base}/inloggen/", follow_redirects=False).status_code == 301
    finally:
        server.terminate()
        server.wait(timeout=30)
