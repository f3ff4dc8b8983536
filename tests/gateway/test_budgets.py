"""Budgets and quotas at every level (issue 17): a soft limit warns in the answer's headers
and e-mails the owner once per period; a hard limit refuses with 429, naming the limit and
when it resets, recorded in the audit trail; tokens are reserved and settled."""

from django.core import mail

import httpx
import pytest

from regie.audit.models import AuditEvent
from regie.audit.service import Actor
from regie.gateway import budgets
from regie.gateway.grants import load_grant
from regie.gateway.keys import create_key, hash_key
from regie.gateway.models import Budget, BudgetCounter, GatewayRequest
from regie.gateway.people import load_user
from regie.register.models import User
from tests.gateway.conftest import wait_for

HELLO = {"model": "echo", "messages": [{"role": "user", "content": "Hallo"}]}
ACTOR = Actor(via="test", name="test")


def chat(server, token):
    return httpx.post(f"{server.url}/v1/chat/completions", json=HELLO, timeout=20,
                      headers={"Authorization": f"Bearer {token}"})


@pytest.fixture
def personal(gateway_app):
    """budget(**fields) → (application, employee, personal key) with that budget."""

    def factory(**fields):
        app, _token = gateway_app()
        user = User.objects.create_user("jdevries", email="j.devries@voorbeeld.nl",
                                        organization=app.organization, department="Burgerzaken")
        Budget.objects.create(organization=app.organization, **fields)
        _key, token = create_key(application=app, actor=ACTOR, user=user)
        return app, user, token

    return factory


def test_it_refuses_above_a_persons_hard_limit(regie_server, personal, fresh_upstream):
    app, user, token = personal(scope="person", metric="requests", period="day", hard_limit=2)
    assert [chat(regie_server, token).status_code for _ in range(2)] == [200, 200]
    refused = chat(regie_server, token)
    assert refused.status_code == 429
    error = refused.json()["error"]
    assert (error["code"], error["type"]) == ("budget_exceeded_person_requests_day",
                                               "rate_limit_error")
    assert "2 verzoeken per dag" in error["message"]
    assert "weer open op" in error["message"]
    assert len(fresh_upstream.app.received) == 2
    event = AuditEvent.objects.filter(event="gateway_request_refused").latest("id")
    assert event.data["code"] == "budget_exceeded_person_requests_day"
    record = GatewayRequest.objects.get(reason="budget_exceeded_person_requests_day")
    assert (record.user_id, record.status_code) == (user.pk, 429)
    # A colleague has a budget of their own.
    colleague = User.objects.create_user("pjansen", organization=app.organization)
    _key, other = create_key(application=app, actor=ACTOR, user=colleague)
    assert chat(regie_server, other).status_code == 200


def test_it_warns_in_the_headers_from_the_soft_limit(regie_server, personal):
    _app, _user, token = personal(scope="department", metric="requests", period="month",
                                  soft_limit=2, hard_limit=10)
    first, second = chat(regie_server, token), chat(regie_server, token)
    assert "x-regie-budget-warning" not in first.headers
    warning = second.headers["x-regie-budget-warning"]
    assert warning.startswith("department_requests_month; used=2; soft=2; hard=10")
    assert "resets=" in warning
    counter = BudgetCounter.objects.get(subject="d:Burgerzaken")
    assert (counter.value, counter.warned) == (2, True)


def test_it_settles_reserved_tokens_with_the_real_count(regie_server, personal):
    app, _user, token = personal(scope="application", metric="tokens", period="month",
                                 hard_limit=25)
    statuses = []
    for _ in range(4):
        statuses.append(chat(regie_server, token).status_code)
        wait_for(lambda: BudgetCounter.objects.get().value % 10 == 0)
    # A request reserves its estimate (2 tokens for "Hallo") and settles to the answer's
    # real 10: after two answers (20) the third still fits its reservation, the fourth not.
    assert statuses == [200, 200, 200, 429]
    assert BudgetCounter.objects.get(subject=f"a:{app.pk}").value == 30


def test_it_takes_nothing_when_one_budget_refuses(regie_server, personal):
    app, _user, token = personal(scope="organization", metric="requests", period="day",
                                 hard_limit=100)
    Budget.objects.create(organization=app.organization, scope="person", metric="requests",
                          period="month", hard_limit=1)
    assert [chat(regie_server, token).status_code for _ in range(3)] == [200, 429, 429]
    assert BudgetCounter.objects.get(subject=f"o:{app.organization_id}").value == 1


def test_it_mails_the_owner_once_per_period(personal, make_user):
    """In process: the e-mail is sent by the worker that claims the period's warning."""
    app, user, token = personal(scope="person", metric="requests", period="day",
                                soft_limit=1)
    Budget.objects.create(organization=app.organization, scope="organization",
                          metric="requests", period="month", soft_limit=2)
    beheerder = make_user("beheerder", username="beheer")
    grant = load_grant(hash_key(token))
    person = load_user(app.organization_id, user.pk)
    rules = budgets.load_rules(app.organization_id)
    warnings = [budgets.take(rules, grant, person, 10).warnings for _ in range(3)]
    assert [len(w) for w in warnings] == [1, 2, 2]
    assert sorted(message.to[0] for message in mail.outbox) == [beheerder.email, user.email]
    assert "Budget bijna op" in mail.outbox[0].subject
