"""Per application and entity type: block (types named, values never), redact (typed
placeholders), pseudonymise (placeholders upstream, originals back to the user, also in
streams split mid-placeholder and in tool-call arguments); exploration always blocks;
answers are scanned too."""

import json

import openai
import pytest

from regie.audit.models import AuditEvent
from regie.gateway.models import GatewayRequest
from tests.gateway.conftest import openai_client, wait_for

BSN = "123456782"
MAIL = "p.devries@example.nl"
PROMPT = f"Burger {BSN} mailde vanaf {MAIL}; en nogmaals {BSN}."
PSEUDO = {"entity_actions": {"BSN": "pseudonymise", "EMAIL": "pseudonymise"}}


def ask(server, token, *, model="echo", stream=False, content=PROMPT):
    client = openai_client(server, token)
    messages = [{"role": "user", "content": content}]
    if not stream:
        return client.chat.completions.create(model=model, messages=messages)
    return list(client.chat.completions.create(model=model, messages=messages, stream=True))


def test_it_blocks_naming_the_types_but_never_the_values(regie_server, gateway_app,
                                                         fresh_upstream):
    app, token = gateway_app()
    with pytest.raises(openai.BadRequestError) as raised:
        ask(regie_server, token)
    assert raised.value.code == "personal_data_blocked"
    assert "BSN, EMAIL" in raised.value.message
    assert BSN not in raised.value.message and MAIL not in raised.value.message
    assert fresh_upstream.app.received == []
    record = GatewayRequest.objects.get(application=app)
    assert (record.decision, record.entity_types) == ("blocked", ["BSN", "EMAIL"])
    event = AuditEvent.objects.get(event="gateway_request_refused")
    assert BSN not in json.dumps(event.data) and event.data["entity_types"] == ["BSN", "EMAIL"]


def test_it_redacts_with_typed_placeholders(regie_server, gateway_app, fresh_upstream):
    _app, token = gateway_app(settings={"default_action": "redact"})
    answer = ask(regie_server, token)
    sent = fresh_upstream.app.received[-1]["messages"][0]["content"]
    assert sent == "Burger [BSN-1] mailde vanaf [EMAIL-1]; en nogmaals [BSN-1]."
    assert answer.choices[0].message.content == f"Ontvangen: {sent}"


def test_it_blocks_only_the_types_set_to_block(regie_server, gateway_app):
    _app, token = gateway_app(settings={"entity_actions": {"EMAIL": "redact"}})
    assert ask(regie_server, token, content=f"Mail {MAIL}").choices[0].message.content == (
        "Ontvangen: Mail [EMAIL-1]")
    with pytest.raises(openai.BadRequestError) as raised:
        ask(regie_server, token)
    assert "BSN" in raised.value.message and "EMAIL" not in raised.value.message.split(":")[-1]


def test_it_pseudonymises_and_restores_the_answer(regie_server, gateway_app, fresh_upstream):
    _app, token = gateway_app(settings=PSEUDO)
    answer = ask(regie_server, token)
    assert BSN not in json.dumps(fresh_upstream.app.received[-1])
    assert answer.choices[0].message.content == f"Ontvangen: {PROMPT}"


def test_it_restores_placeholders_split_over_stream_chunks(regie_server, gateway_app,
                                                           fresh_upstream):
    _app, token = gateway_app(settings=PSEUDO)
    chunks = ask(regie_server, token, stream=True)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == f"Ontvangen: {PROMPT}"
    assert not any("[BSN" in (c.choices[0].delta.content or "") for c in chunks if c.choices)
    assert fresh_upstream.app.received[-1]["messages"][0]["content"].count("[BSN-1]") == 2


@pytest.mark.parametrize("stream", [False, True])
def test_it_restores_tool_call_arguments(regie_server, gateway_app, stream):
    _app, token = gateway_app(settings=PSEUDO)
    content = f'Noteer {MAIL} met "aanhalingstekens"'
    answer = ask(regie_server, token, model="tool", stream=stream, content=content)
    if stream:
        arguments = "".join(tc.function.arguments or "" for c in answer if c.choices
                            for tc in (c.choices[0].delta.tool_calls or []))
    else:
        arguments = answer.choices[0].message.tool_calls[0].function.arguments
    assert json.loads(arguments) == {"notitie": content}


def test_it_always_blocks_for_exploration_applications(regie_server, gateway_app):
    _app, token = gateway_app(status="approved", environment="exploration", settings=PSEUDO)
    with pytest.raises(openai.BadRequestError) as raised:
        ask(regie_server, token)
    assert raised.value.code == "personal_data_blocked"


def test_it_scans_embeddings_input(regie_server, gateway_app, fresh_upstream):
    _app, token = gateway_app(settings={"default_action": "redact"})
    openai_client(regie_server, token).embeddings.create(model="echo", input=[PROMPT, "rust"])
    assert fresh_upstream.app.received[-1]["input"][0].startswith("Burger [BSN-1]")


@pytest.mark.parametrize("stream", [False, True])
def test_it_redacts_personal_data_in_answers_when_set(regie_server, gateway_app, stream):
    app, token = gateway_app(settings={"response_action": "redact"})
    answer = ask(regie_server, token, model="leak", stream=stream, content="Wie is het?")
    text = ("".join(c.choices[0].delta.content or "" for c in answer if c.choices) if stream
            else answer.choices[0].message.content)
    assert text == "Het BSN is [BSN-1], mail naar [EMAIL-1]."
    record = wait_for(lambda: GatewayRequest.objects.filter(application=app).first())
    assert record.response_entity_types == ["BSN", "EMAIL"]


def test_it_logs_personal_data_in_answers_by_default(regie_server, gateway_app):
    app, token = gateway_app()
    answer = ask(regie_server, token, model="leak", content="Wie is het?")
    assert BSN in answer.choices[0].message.content
    record = wait_for(lambda: GatewayRequest.objects.filter(application=app).first())
    assert record.response_entity_types == ["BSN", "EMAIL"]
