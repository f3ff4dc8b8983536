"""What the real-client tests (openai, langchain-openai, the `llm` command-line tool) share:
the prompts, the settings that pseudonymise a name, and a budget that refuses the second
request. Each client is driven as its users drive it; these only set the stage."""

from __future__ import annotations

from regie.gateway.models import Budget
from regie.register.models import Application

BSN = "123456782"
BSN_PROMPT = f"Zoek burger {BSN} op."
NAME = "mevrouw Fatima el Amrani"
NAME_PROMPT = f"Schrijf een brief aan {NAME} over haar aanvraag."
PSEUDONYMISE_NAMES = {"entity_actions": {"PERSON": "pseudonymise"}}
UNKNOWN_KEY = "rg-" + "0" * 40
BSN_REFUSAL = "niet naar een AI-model mag sturen: BSN"  # the gateway's Dutch message
UNKNOWN_KEY_REFUSAL = "Deze gatewaysleutel is onbekend in het register."
BUDGET_CODE = "budget_exceeded_application_requests_day"


def one_request_a_day(application: Application) -> None:
    """A hard budget of one request a day for the application: the second is refused."""
    Budget.objects.create(organization=application.organization, scope="application",
                          metric="requests", period="day", hard_limit=1)


def sent_prompt(upstream) -> str:
    """The last user message the model received (what left the organisation)."""
    body = upstream.app.received[-1]
    if "messages" in body:
        return next(m for m in reversed(body["messages"]) if m["role"] == "user")["content"]
    return body["input"] if isinstance(body["input"], str) else body["input"][0]
