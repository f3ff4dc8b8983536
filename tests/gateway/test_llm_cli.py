"""Simon Willison's `llm` command-line tool works against Regie as its users set it up: an
OpenAI-compatible model in `extra-openai-models.yaml` and the key stored with `llm keys set`,
in a temporary LLM_USER_PATH. Chat (streamed, llm's default, and whole), embeddings (llm's
OpenAI embedding model through OPENAI_BASE_URL), refusals printed with the gateway's Dutch
message, a pseudonymised name restored in the answer."""

import json

import pytest

from regie.gateway.models import GatewayRequest
from tests.gateway.clients import (
    BSN,
    BSN_PROMPT,
    BSN_REFUSAL,
    NAME_PROMPT,
    PSEUDONYMISE_NAMES,
    UNKNOWN_KEY,
    UNKNOWN_KEY_REFUSAL,
    llm_cli_fixture,  # noqa: F401 - the fixture llm_cli
    one_request_a_day,
    sent_prompt,
)
from tests.gateway.conftest import wait_for

EMBEDDING_MODEL = "text-embedding-3-small"  # llm's name for it, and so the register's


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
