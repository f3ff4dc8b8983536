"""`POST /v1/completions` (legacy) with the official client: a prompt or a list of prompts,
whole and streamed, scanned, restored and recorded like chat completions."""

import json

import openai
import pytest

from regie.gateway.models import GatewayRequest
from tests.gateway.conftest import openai_client, wait_for

NAME = "Zewdu Gebreslassie"
PROMPT = f"Herschrijf in B1: tolk: {NAME} belt u morgen."
PSEUDO = {"entity_actions": {"PERSON": "pseudonymise"}}


def test_it_answers_every_prompt_of_a_list(regie_server, gateway_app, fresh_upstream):
    app, token = gateway_app()
    answer = openai_client(regie_server, token).completions.create(
        model="echo", prompt=["Eén", "Twee"], max_tokens=20)
    assert [c.text for c in answer.choices] == ["Ontvangen: Eén", "Ontvangen: Twee"]
    assert fresh_upstream.app.received[-1]["prompt"] == ["Eén", "Twee"]
    record = wait_for(lambda: GatewayRequest.objects.filter(application=app).first())
    assert (record.endpoint, record.decision, record.prompt_tokens) == (
        "completions", "forwarded", 6)


@pytest.mark.parametrize("stream", [False, True])
def test_it_restores_a_pseudonymised_name(regie_server, gateway_app, fresh_upstream, stream):
    app, token = gateway_app(settings={**PSEUDO, "disclosure_text": "Gemaakt met AI."})
    answer = openai_client(regie_server, token).completions.create(
        model="echo", prompt=PROMPT, stream=stream)
    if stream:
        chunks = list(answer)
        text = "".join(c.choices[0].text for c in chunks if c.choices)
        assert not any("[PERSON" in c.choices[0].text for c in chunks if c.choices)
    else:
        text = answer.choices[0].text
    assert text == f"Ontvangen: {PROMPT}\n\nGemaakt met AI."
    assert NAME not in json.dumps(fresh_upstream.app.received[-1], ensure_ascii=False)
    record = wait_for(lambda: GatewayRequest.objects.filter(application=app).first())
    assert (record.endpoint, record.entity_types, record.completion_tokens) == (
        "completions", ["PERSON"], 4)


def test_it_blocks_a_bsn(regie_server, gateway_app, fresh_upstream):
    app, token = gateway_app()
    with pytest.raises(openai.BadRequestError) as raised:
        openai_client(regie_server, token).completions.create(
            model="echo", prompt=["rustig", "BSN 123456782"])
    assert raised.value.code == "personal_data_blocked"
    assert fresh_upstream.app.received == []
    record = GatewayRequest.objects.get(application=app)
    assert (record.endpoint, record.decision) == ("completions", "blocked")


def test_it_refuses_token_arrays(regie_server, gateway_app, fresh_upstream):
    _app, token = gateway_app()
    with pytest.raises(openai.BadRequestError) as raised:
        openai_client(regie_server, token).completions.create(model="echo", prompt=[1, 2, 3])
    assert raised.value.code == "invalid_request" and "'prompt'" in raised.value.message
    assert fresh_upstream.app.received == []
