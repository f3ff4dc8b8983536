"""Budget and rate-limit refusals count right in Dutch and English: "1 verzoek per dag",
"2 verzoeken per dag", "1 request per minute"; likewise the refusal when none of a model's
endpoints is healthy."""

from django.utils import timezone, translation

import httpx
import pytest

from regie.gateway import budgets, limits, upstreams
from regie.gateway.budgets import Claim, Rule
from regie.gateway.errors import Refusal
from regie.gateway.grants import Endpoint, Route, load_grant
from regie.gateway.keys import hash_key


def budget_message(metric: str, hard: int, scope: str, language: str) -> str:
    rule = Rule(id=1, scope=scope, application_id=None, department="", user_id=None,
                metric=metric, period="day", soft=None, hard=hard)
    claim = Claim(rule, "user:1", budgets.window_start("day", timezone.now()), 1)
    with translation.override(language):
        return budgets.exceeded(claim).message


@pytest.mark.parametrize(("metric", "hard", "scope", "language", "expected"), [
    ("requests", 1, "person", "nl", "is op: 1 verzoek per dag (per medewerker)."),
    ("requests", 2, "person", "nl", "is op: 2 verzoeken per dag (per medewerker)."),
    ("tokens", 1, "application", "nl", "is op: 1 token per dag (per toepassing)."),
    ("tokens", 50000, "application", "nl", "is op: 50000 tokens per dag (per toepassing)."),
    ("requests", 1, "person", "en", "is used up: 1 request per day (per employee)."),
    ("requests", 2, "person", "en", "is used up: 2 requests per day (per employee)."),
    ("tokens", 1, "application", "en", "is used up: 1 token per day (per application)."),
    ("tokens", 3, "application", "en", "is used up: 3 tokens per day (per application)."),
])
def test_it_says_one_or_many_in_a_budget_refusal(metric, hard, scope, language, expected):
    assert expected in budget_message(metric, hard, scope, language)


def rate_limit_message(grant, language: str) -> str:
    with translation.override(language), pytest.raises(Refusal) as refused:
        limits.take(grant, 1)
    assert refused.value.code == "rate_limit_exceeded"
    return refused.value.message


def test_it_says_one_or_many_in_a_rate_limit_refusal(gateway_app):
    _app, token = gateway_app(slug="een-per-minuut", settings={"rate_limit_per_minute": 1})
    grant = load_grant(hash_key(token))
    limits.take(grant, 1)
    assert "grens van 1 verzoek per minuut bereikt" in rate_limit_message(grant, "nl")
    assert "limit of 1 request per minute" in rate_limit_message(grant, "en")
    _app, token = gateway_app(slug="twee-per-minuut", settings={"rate_limit_per_minute": 2})
    grant = load_grant(hash_key(token))
    limits.take(grant, 1)
    limits.take(grant, 1)
    assert "grens van 2 verzoeken per minuut bereikt" in rate_limit_message(grant, "nl")
    assert "limit of 2 requests per minute" in rate_limit_message(grant, "en")


def test_it_refuses_the_second_request_at_one_request_per_minute(regie_server, gateway_app):
    _app, token = gateway_app(settings={"rate_limit_per_minute": 1})
    answers = [httpx.post(f"{regie_server.url}/v1/chat/completions", timeout=20,
                          headers={"Authorization": f"Bearer {token}"},
                          json={"model": "echo", "messages": [{"role": "user", "content": "Hoi"}]})
               for _ in range(2)]
    assert [answer.status_code for answer in answers] == [200, 429]
    assert "de grens van 1 verzoek per minuut bereikt" in answers[1].json()["error"]["message"]


@pytest.mark.parametrize(("endpoints", "language", "expected"), [
    (1, "nl", "Het goedgekeurde endpoint van model 'chat' is nu niet bereikbaar"),
    (2, "nl", "Geen van de 2 goedgekeurde endpoints van model 'chat' is nu bereikbaar"),
    (1, "en", "The approved endpoint of model 'chat' cannot be reached now"),
    (3, "en", "None of the 3 approved endpoints of model 'chat' can be reached now"),
])
def test_it_says_one_or_many_endpoints_when_none_is_healthy(endpoints, language, expected):
    route = Route(name="chat", upstream_model="m", base_url="http://127.0.0.1:9/v1",
                  api_key_env="", terms="contract", endpoints=tuple(
                      Endpoint("chat", f"http://127.0.0.{i}:9/v1", "m", "")
                      for i in range(1, endpoints + 1)))
    with translation.override(language):
        refusal = upstreams.unhealthy(route)
    assert (refusal.status, refusal.code) == (503, "upstream_unhealthy")
    assert expected in refusal.message
