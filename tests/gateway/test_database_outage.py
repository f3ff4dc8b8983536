"""Nothing lost in a database outage: PostgreSQL (a temporary instance of this test's own)
is stopped while the gateway is under load and started again. Every request the gateway
answered has its record once the database is back, the token budget counts every forwarded
request, requests on the budgeted application are refused while they cannot be counted, and
after recovery no request fails on a connection left over from before the restart."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections import Counter

import httpx
import psycopg
import pytest

from tests.gateway.conftest import REPO, RegieServer, server_env, wait_for
from tests.gateway.pgcluster import TemporaryCluster, unavailable

pytestmark = pytest.mark.skipif(bool(unavailable()), reason=unavailable() or "available")
BODY = {"model": "fast", "messages": [{"role": "user", "content": "Vat dit samen: " * 100}]}


class Load:
    """Clients sending to both applications until stopped; every answer is noted as
    (time sent, application, status, error code)."""

    def __init__(self, url: str, seeded: dict, clients: int = 6):
        self.answers: list[tuple[float, str, int, str]] = []
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self.client, args=(url, seeded, n), daemon=True)
                        for n in range(clients)]

    def client(self, url: str, seeded: dict, number: int) -> None:
        slug = ("open", "budget")[number % 2]
        with httpx.Client(base_url=url, timeout=30, headers={
                "Authorization": f"Bearer {seeded[slug]['token']}"}) as client:
            while not self.stop.is_set():
                sent = time.monotonic()
                response = client.post("/v1/chat/completions", json=BODY)
                code = "" if response.status_code == 200 else response.json()["error"]["code"]
                self.answers.append((sent, slug, response.status_code, code))
                time.sleep(0.01)

    def __enter__(self) -> Load:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)


def counts(url: str) -> dict:
    with psycopg.connect(url.replace("postgres://", "postgresql://")) as db:
        rows = db.execute(
            "SELECT a.slug, r.decision, r.reason, count(*) FROM gateway_gatewayrequest r "
            "JOIN register_application a ON a.id = r.application_id GROUP BY 1, 2, 3",
        ).fetchall()
        tokens = db.execute("SELECT coalesce(sum(value), 0) FROM gateway_usagecounter "
                            "WHERE kind = 'tokens'").fetchone()[0]
    return {"rows": {(slug, decision, reason): n for slug, decision, reason, n in rows},
            "tokens": tokens}


def test_it_records_every_request_forwarded_during_a_database_outage(upstream):
    with TemporaryCluster() as cluster:
        seeded = json.loads(subprocess.run(
            [sys.executable, "-m", "tests.gateway.seed", upstream.url], cwd=REPO, check=True,
            capture_output=True, text=True, env=server_env(DATABASE_URL=cluster.url)).stdout)
        # Keys stay cached through the outage, so the open application keeps being served.
        with RegieServer(DATABASE_URL=cluster.url, REGIE_GATEWAY_CACHE_SECONDS="60") as server:
            with Load(server.url, seeded) as load:
                time.sleep(1.5)
                cluster.stop()
                time.sleep(3)
                cluster.start()
                restarted = time.monotonic()
                time.sleep(4)
            answers = load.answers

            def settled() -> bool:
                found = counts(cluster.url)
                return sum(found["rows"].values()) == len(answers)

            assert wait_for(settled, timeout=15), (counts(cluster.url),
                                                   Counter(a[1:] for a in answers))
            found = counts(cluster.url)
    ok = {slug: sum(1 for _t, s, status, _c in answers if s == slug and status == 200)
          for slug in ("open", "budget")}
    assert found["rows"][("open", "forwarded", "")] == ok["open"]
    assert found["rows"][("budget", "forwarded", "")] == ok["budget"]
    assert found["tokens"] == 10 * ok["budget"]  # the test upstream counts 10 per answer
    during = [a for a in answers if restarted - 3 < a[0] < restarted]
    assert any(s == "open" and status == 200 for _t, s, status, _c in during)
    assert {code for _t, s, status, code in during if s == "budget"} <= {
        "", "register_unavailable", "budget_uncounted"}
    after = [a for a in answers if a[0] > restarted + 1.5]
    assert after and {status for _t, _s, status, _c in after} == {200}, after
