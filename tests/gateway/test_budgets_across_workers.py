"""Budgets hold across gateway workers: two server processes share the budget counters in
the database, so a person's hard limit is never exceeded by concurrent requests."""

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from regie.audit.service import Actor
from regie.gateway.keys import create_key
from regie.gateway.models import Budget, BudgetCounter
from regie.register.models import User
from tests.gateway.conftest import RegieServer

HELLO = {"model": "echo", "messages": [{"role": "user", "content": "Hallo"}]}


@pytest.fixture(scope="module")
def two_workers(django_db_setup, upstream):
    with RegieServer() as first, RegieServer() as second:
        yield first, second


def test_it_shares_a_persons_budget_between_workers(two_workers, gateway_app):
    app, _token = gateway_app()
    user = User.objects.create_user("jdevries", organization=app.organization,
                                    department="Burgerzaken")
    Budget.objects.create(organization=app.organization, scope="person", metric="requests",
                          period="day", hard_limit=7)
    Budget.objects.create(organization=app.organization, scope="department",
                          metric="requests", period="day", soft_limit=3)
    _key, token = create_key(application=app, actor=Actor(via="test", name="test"), user=user)

    def post(server):
        return httpx.post(f"{server.url}/v1/chat/completions", json=HELLO, timeout=20,
                          headers={"Authorization": f"Bearer {token}"})

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(post, [two_workers[i % 2] for i in range(20)]))
    statuses = [answer.status_code for answer in answers]
    # A day boundary in the middle of the burst could open a second window.
    assert statuses.count(200) in (7, 14), statuses
    assert statuses.count(429) == 20 - statuses.count(200)
    assert BudgetCounter.objects.get(subject=f"u:{user.pk}").value == statuses.count(200)
    assert BudgetCounter.objects.get(subject="d:Burgerzaken").value == statuses.count(200)
    warned = [a for a in answers if "x-regie-budget-warning" in a.headers]
    assert len(warned) == statuses.count(200) - 2
