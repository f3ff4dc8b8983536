"""What the real-client tests (openai, langchain-openai, the `llm` command-line tool) share:
the prompts, the settings that pseudonymise a name, and a budget that refuses the second
request. Each client is driven as its users drive it; these only set the stage."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

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


LLM = str(Path(sys.executable).with_name("llm"))


@pytest.fixture(name="llm_cli")
def llm_cli_fixture(regie_server, tmp_path):
    """configure(token, headers) → run(*args): `llm` with its own user directory, holding
    the model `regie-echo` (the register's model `echo` through Regie) and the key."""
    env = {**os.environ, "LLM_USER_PATH": str(tmp_path),
           "OPENAI_BASE_URL": f"{regie_server.url}/v1"}
    env.pop("OPENAI_API_KEY", None)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([LLM, *args], env=env, capture_output=True, text=True,
                              timeout=60)

    def configure(token: str, headers: dict | None = None):
        model = {"model_id": "regie-echo", "model_name": "echo",
                 "api_base": f"{regie_server.url}/v1", "api_key_name": "regie"}
        if headers:
            model["headers"] = headers
        (tmp_path / "extra-openai-models.yaml").write_text(yaml.safe_dump([model]))
        for name in ("regie", "openai"):  # llm's OpenAI embedding models use "openai"
            assert run("keys", "set", name, "--value", token).returncode == 0
        return run

    return configure
