"""Rate limits and token budgets hold across gateway workers: two server processes share
the counters in the database."""

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from regie.gateway.models import GatewayRequest
from tests.gateway.conftest import RegieServer, wait_for

HELLO = {"model": "echo", "messages": [{"role": "user", "content": "Hallo"}]}


@pytest.fixture(scope="module")
def two_workers(django_db_setup, upstream):
    with RegieServer() as first, RegieServer() as second:
        yield first, second


def post(server, token):
    return httpx.post(f"{server.url}/v1/chat/completions", json=HELLO, timeout=20,
                      headers={"Authorization": f"Bearer {token}"})


def test_it_shares_the_rate_limit_between_workers(two_workers, gateway_app):
    app, token = gateway_app(settings={"rate_limit_per_minute": 5})
    servers = [two_workers[i % 2] for i in range(12)]
    with ThreadPoolExecutor(6) as pool:
        statuses = list(pool.map(lambda server: post(server, token).status_code, servers))
    # A minute boundary in the middle of the burst could open a second window.
    assert statuses.count(200) in (5, 10), statuses
    assert statuses.count(429) == 12 - statuses.count(200)
    assert GatewayRequest.objects.filter(application=app, reason="rate_limit_exceeded").exists()


def test_it_shares_the_monthly_token_budget_between_workers(two_workers, gateway_app):
    app, token = gateway_app(settings={"monthly_token_budget": 30})
    statuses = []
    for i in range(5):
        statuses.append(post(two_workers[i % 2], token).status_code)
        done = len(statuses)
        wait_for(lambda: GatewayRequest.objects.filter(application=app).count() >= done)  # noqa: B023
    # Each answer costs 10 tokens (6 + 4): three fit, then the budget is spent.
    assert statuses == [200, 200, 200, 429, 429]
    refusal = post(two_workers[0], token).json()["error"]
    assert refusal["code"] == "token_budget_exhausted" and "tokenbudget" in refusal["message"]
