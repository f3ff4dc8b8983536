"""The newer and the legacy text APIs through Regie with real clients (issue 17, point 3):
the openai client's `responses.create` (whole and streamed) and `completions.create`,
LangChain's ChatOpenAI on the Responses API, and the `llm` tool's Responses and Completion
models. Refusals arrive with the gateway's Dutch message, a pseudonymised name comes back.

Each Responses test runs twice: against the test upstream's own `/responses` ("native") and
against a chat-only upstream, for which the gateway translates ("translated"). Written for
the test upstream and gateway of issue 17 point 3 (`UpstreamServer(responses=False)`,
`/completions`, `/responses`)."""

from __future__ import annotations

import json

import openai
import pytest
import yaml
from langchain_openai import ChatOpenAI

from regie.gateway.models import GatewayRequest
from tests.gateway.clients import (
    BSN,
    BSN_PROMPT,
    BSN_REFUSAL,
    BUDGET_CODE,
    NAME,
    NAME_PROMPT,
    PSEUDONYMISE_NAMES,
    llm_cli_fixture,  # noqa: F401 - the fixture llm_cli
    one_request_a_day,
)
from tests.gateway.conftest import openai_client, wait_for

MASKED_NAME_PROMPT = "Schrijf een brief aan [PERSON-1] over haar aanvraag."


def sent_input(upstream) -> str:
    """The last user text the model received, in whichever API it was asked."""
    body = upstream.app.received[-1]
    if "prompt" in body:
        return body["prompt"]
    if isinstance(body.get("input"), str):
        return body["input"]
    items = body.get("messages") or body["input"]
    content = [item for item in items if item.get("role") == "user"][-1]["content"]
    return content if isinstance(content, str) else "".join(p["text"] for p in content)


# The openai client: Responses.

def test_it_answers_a_response(regie_server, responses_app):
    make, upstream = responses_app
    app, token = make()
    client = openai_client(regie_server, token)
    response = client.responses.create(model="echo", input="Vat dit samen.",
                                       instructions="Antwoord kort.")
    assert response.output_text == "Ontvangen: Vat dit samen."
    assert response.usage.total_tokens == 10
    assert sent_input(upstream) == "Vat dit samen."
    record = wait_for(lambda: GatewayRequest.objects.filter(application=app).first())
    assert (record.decision, record.prompt_tokens, record.completion_tokens) == (
        "forwarded", 6, 4)


def test_it_streams_a_response(regie_server, responses_app):
    make, _upstream = responses_app
    _app, token = make()
    events = list(openai_client(regie_server, token).responses.create(
        model="echo", input="Hallo daar", stream=True))
    deltas = [e.delta for e in events if e.type == "response.output_text.delta"]
    assert "".join(deltas) == "Ontvangen: Hallo daar" and len(deltas) > 5
    assert events[-1].type == "response.completed"
    assert events[-1].response.output_text == "Ontvangen: Hallo daar"


@pytest.mark.parametrize("stream", [False, True])
def test_it_restores_a_pseudonymised_name_in_a_response(regie_server, responses_app, stream):
    make, upstream = responses_app
    _app, token = make(settings=PSEUDONYMISE_NAMES)
    client = openai_client(regie_server, token)
    if stream:
        text = "".join(e.delta for e in client.responses.create(
            model="echo", input=NAME_PROMPT, stream=True)
            if e.type == "response.output_text.delta")
    else:
        text = client.responses.create(model="echo", input=NAME_PROMPT).output_text
    assert sent_input(upstream) == MASKED_NAME_PROMPT
    assert text == f"Ontvangen: {NAME_PROMPT}"


def test_it_refuses_responses_in_dutch(regie_server, responses_app):
    make, upstream = responses_app
    app, token = make()
    client = openai_client(regie_server, token)
    with pytest.raises(openai.BadRequestError) as blocked:
        client.responses.create(model="echo", input=BSN_PROMPT)
    assert blocked.value.code == "personal_data_blocked"
    assert BSN_REFUSAL in blocked.value.message and BSN not in blocked.value.message
    assert upstream.app.received == []
    one_request_a_day(app)
    client.responses.create(model="echo", input="Een")
    with pytest.raises(openai.RateLimitError) as budget:
        client.responses.create(model="echo", input="Twee", stream=True)
    assert budget.value.code == BUDGET_CODE and "weer open op" in budget.value.message
    assert sent_input(upstream) == "Een"


# The openai client: legacy completions.

def test_it_answers_a_legacy_completion(regie_server, gateway_app, fresh_upstream):
    app, token = gateway_app()
    client = openai_client(regie_server, token)
    completion = client.completions.create(model="echo", prompt="Vat dit samen.",
                                           max_tokens=20)
    assert completion.choices[0].text == "Ontvangen: Vat dit samen."
    streamed = "".join(chunk.choices[0].text for chunk in client.completions.create(
        model="echo", prompt="Hallo daar", stream=True) if chunk.choices)
    assert streamed == "Ontvangen: Hallo daar"
    assert sent_input(fresh_upstream) == "Hallo daar"
    records = wait_for(lambda: list(GatewayRequest.objects.filter(application=app))
                       if GatewayRequest.objects.filter(application=app).count() == 2 else [])
    assert [r.decision for r in records] == ["forwarded", "forwarded"]


def test_it_scans_and_restores_legacy_completions(regie_server, gateway_app, fresh_upstream):
    _app, token = gateway_app(settings=PSEUDONYMISE_NAMES)
    client = openai_client(regie_server, token)
    text = client.completions.create(model="echo", prompt=NAME_PROMPT).choices[0].text
    assert sent_input(fresh_upstream) == MASKED_NAME_PROMPT
    assert text == f"Ontvangen: {NAME_PROMPT}"
    streamed = "".join(chunk.choices[0].text for chunk in client.completions.create(
        model="echo", prompt=NAME_PROMPT, stream=True) if chunk.choices)
    assert streamed == f"Ontvangen: {NAME_PROMPT}"
    _app, blocking = gateway_app(slug="blokkeert")
    with pytest.raises(openai.BadRequestError) as blocked:
        openai_client(regie_server, blocking).completions.create(model="echo",
                                                                 prompt=BSN_PROMPT)
    assert BSN_REFUSAL in blocked.value.message and BSN not in blocked.value.message


# LangChain on the Responses API.

def test_it_serves_langchain_on_the_responses_api(regie_server, responses_app):
    make, upstream = responses_app
    _app, token = make(settings=PSEUDONYMISE_NAMES)
    model = ChatOpenAI(base_url=f"{regie_server.url}/v1", api_key=token, model="echo",
                       use_responses_api=True, max_retries=0, timeout=20)
    assert model.invoke("Hallo daar").text == "Ontvangen: Hallo daar"
    streamed = "".join(chunk.text for chunk in model.stream(NAME_PROMPT))
    assert streamed == f"Ontvangen: {NAME_PROMPT}"
    assert sent_input(upstream) == MASKED_NAME_PROMPT
    with pytest.raises(openai.BadRequestError) as blocked:
        model.invoke(BSN_PROMPT)
    assert BSN_REFUSAL in str(blocked.value)


# The llm command-line tool: a Responses model and a Completion model.

def test_it_serves_the_llm_tools_responses_and_completion_models(
        llm_cli, regie_server, responses_app, tmp_path):
    make, upstream = responses_app
    _app, token = make(settings=PSEUDONYMISE_NAMES)
    llm = llm_cli(token)
    base = {"api_base": f"{regie_server.url}/v1", "api_key_name": "regie", "model_name": "echo"}
    (tmp_path / "extra-openai-models.yaml").write_text(yaml.safe_dump([
        {**base, "model_id": "regie-responses", "responses": True},
        {**base, "model_id": "regie-completion", "completion": True}]))
    for model in ("regie-responses", "regie-completion"):
        for stream in ([], ["--no-stream"]):
            done = llm("-m", model, *stream, NAME_PROMPT)
            assert (done.returncode, done.stdout) == (0, f"Ontvangen: {NAME_PROMPT}\n"), (
                model, stream, done.stderr)
            assert NAME not in json.dumps(upstream.app.received[-1])
    blocked = llm("-m", "regie-responses", BSN_PROMPT)
    assert blocked.returncode == 1 and BSN_REFUSAL in blocked.stderr
