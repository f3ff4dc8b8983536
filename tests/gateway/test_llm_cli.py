"""Simon Willison's `llm` command-line tool works against Regie as its users set it up: an
OpenAI-compatible model in `extra-openai-models.yaml` and the key stored with `llm keys set`,
in a temporary LLM_USER_PATH. Chat (streamed, llm's default, and whole), embeddings (llm's
OpenAI embedding model through OPENAI_BASE_URL), refusals printed with the gateway's Dutch
message, a pseudonymised name restored in the answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from regie.gateway.models import GatewayRequest
from tests.gateway.clients import (
    BSN,
    BSN_PROMPT,
    BSN_REFUSAL,
    NAME_PROMPT,
    PSEUDONYMISE_NAMES,
    UNKNOWN_KEY,
    UNKNOWN_KEY_REFUSAL,
    one_request_a_day,
    sent_prompt,
)
from tests.gateway.conftest import wait_for

LLM = str(Path(sys.executable).with_name("llm"))
EMBEDDING_MODEL = "text-embedding-3-small"  # llm's name for it, and so the register's


@pytest.fixture
def llm_cli(regie_server, tmp_path):
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


def test_it_streams_a_chat_answer_and_records_the_person(llm_cli, gateway_app,
                                                         fresh_upstream):
    app, token = gateway_app(front_end=True)
    llm = llm_cli(token, headers={"X-Regie-User": "j.jansen"})
    done = llm("-m", "regie-echo", "Vat dit samen.")
    assert (done.returncode, done.stdout) == (0, "Ontvangen: Vat dit samen.\n")
    assert fresh_upstream.app.received[-1]["stream"] is True
    record = wait_for(lambda: GatewayRequest.objects.filter(application=app).first())
    assert (record.decision, record.user_label, record.model) == ("forwarded", "j.jansen",
                                                                  "echo")


def test_it_answers_whole_when_asked(llm_cli, gateway_app, fresh_upstream):
    _app, token = gateway_app()
    done = llm_cli(token)("-m", "regie-echo", "--no-stream", "Hallo daar")
    assert (done.returncode, done.stdout) == (0, "Ontvangen: Hallo daar\n")
    assert not fresh_upstream.app.received[-1].get("stream")


def test_it_embeds(llm_cli, gateway_app, fresh_upstream):
    _app, token = gateway_app(models=("echo", EMBEDDING_MODEL))
    done = llm_cli(token)("embed", "-m", "3-small", "-c", "Een tekst om te vinden.")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == pytest.approx([0.1] * 8)
    sent = fresh_upstream.app.received[-1]
    assert (sent["model"], sent["input"]) == (EMBEDDING_MODEL, ["Een tekst om te vinden."])


def test_it_prints_the_gateways_dutch_refusals(llm_cli, gateway_app, fresh_upstream):
    app, token = gateway_app()
    llm = llm_cli(token)
    blocked = llm("-m", "regie-echo", BSN_PROMPT)
    assert blocked.returncode == 1
    assert BSN_REFUSAL in blocked.stderr and BSN not in blocked.stderr
    unknown = llm("-m", "regie-echo", "--key", UNKNOWN_KEY, "Hallo")
    assert unknown.returncode == 1 and UNKNOWN_KEY_REFUSAL in unknown.stderr
    one_request_a_day(app)
    assert llm("-m", "regie-echo", "Een").returncode == 0
    budget = llm("-m", "regie-echo", "Twee")
    assert budget.returncode == 1
    assert "Error code: 429 - Het budget 'application_requests_day' is op" in budget.stderr
    assert "weer open op" in budget.stderr
    assert len(fresh_upstream.app.received) == 1


@pytest.mark.parametrize("stream", ["--no-stream", None])
def test_it_restores_a_pseudonymised_name_in_the_answer(llm_cli, gateway_app, fresh_upstream,
                                                        stream):
    _app, token = gateway_app(settings=PSEUDONYMISE_NAMES)
    done = llm_cli(token)("-m", "regie-echo", *filter(None, [stream]), NAME_PROMPT)
    assert sent_prompt(fresh_upstream) == "Schrijf een brief aan [PERSON-1] over haar aanvraag."
    assert done.stdout == f"Ontvangen: {NAME_PROMPT}\n"
