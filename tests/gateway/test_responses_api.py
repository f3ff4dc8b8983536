"""`POST /v1/responses` through the gateway with the official client, against an upstream
that has `/responses` and one that only speaks chat completions (translated both ways):
scanned, filtered and recorded like chat completions, streamed too."""

import json

import openai
import pytest

from regie.audit.models import AuditEvent
from regie.gateway.models import GatewayRequest
from tests.gateway.conftest import openai_client, wait_for

NAME = "Zewdu Gebreslassie"
PROMPT = f"Herschrijf in B1: tolk: {NAME} belt u morgen."
PSEUDO = {"entity_actions": {"PERSON": "pseudonymise"}}


def streamed(events) -> tuple[str, list]:
    events = list(events)
    text = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    return text, events


@pytest.mark.parametrize("stream", [False, True])
def test_it_answers_and_restores_a_pseudonymised_name(regie_server, responses_app, stream):
    make, upstream = responses_app
    app, token = make(settings=PSEUDO)
    client = openai_client(regie_server, token)
    answer = client.responses.create(model="echo", input=PROMPT,
                                     instructions="Antwoord kort.", stream=stream)
    if stream:
        text, events = streamed(answer)
        final = events[-1]
        assert events[0].type == "response.created" and final.type == "response.completed"
        assert final.response.output_text == text
        assert final.response.usage.input_tokens == 6
    else:
        text = answer.output_text
        assert answer.usage.output_tokens == 4
    assert text == f"Ontvangen: {PROMPT}"
    sent = upstream.app.received[-1]
    assert ("input" in sent) == upstream.app.responses  # native, or translated to chat
    assert NAME not in json.dumps(sent, ensure_ascii=False)
    assert "[PERSON-1]" in json.dumps(sent)
    record = wait_for(lambda: GatewayRequest.objects.filter(application=app).first())
    assert (record.endpoint, record.decision, record.entity_types) == (
        "responses", "forwarded", ["PERSON"])
    assert (record.prompt_tokens, record.completion_tokens) == (6, 4)


def test_it_translates_for_a_chat_only_upstream(regie_server, gateway_app,
                                                chat_only_upstream):
    _app, token = gateway_app(endpoint_base_url=chat_only_upstream.url)
    chat_only_upstream.app.received.clear()
    answer = openai_client(regie_server, token).responses.create(
        model="echo", instructions="Wees vriendelijk.", max_output_tokens=50,
        input=[{"role": "user", "content": [{"type": "input_text", "text": "Hallo"}]}])
    assert answer.output_text == "Ontvangen: Hallo"
    assert answer.output[0].type == "message" and answer.status == "completed"
    sent = chat_only_upstream.app.received[-1]
    assert sent["messages"] == [{"role": "system", "content": "Wees vriendelijk."},
                                {"role": "user", "content": "Hallo"}]
    assert sent["max_tokens"] == 50


def test_it_blocks_a_bsn_in_the_input_items(regie_server, responses_app):
    make, upstream = responses_app
    app, token = make()
    with pytest.raises(openai.BadRequestError) as raised:
        openai_client(regie_server, token).responses.create(model="echo", input=[
            {"role": "user", "content": [{"type": "input_text", "text": "BSN 123456782"}]}])
    assert raised.value.code == "personal_data_blocked"
    assert upstream.app.received == []
    record = GatewayRequest.objects.get(application=app)
    assert (record.endpoint, record.decision, record.entity_types) == (
        "responses", "blocked", ["BSN"])
    assert AuditEvent.objects.filter(event="gateway_request_refused").count() == 1


@pytest.mark.parametrize("stream", [False, True])
def test_it_restores_names_in_function_call_arguments(regie_server, responses_app, stream):
    make, upstream = responses_app
    _app, token = make(settings=PSEUDO)
    content = f'Noteer: tolk: {NAME} met "aanhalingstekens"'
    answer = openai_client(regie_server, token).responses.create(
        model="tool", input=content, stream=stream, tools=[{
            "type": "function", "name": "bewaar", "description": "Bewaar een notitie.",
            "parameters": {"type": "object", "properties": {"notitie": {"type": "string"}}}}])
    if stream:
        events = list(answer)
        arguments = "".join(e.delta for e in events
                            if e.type == "response.function_call_arguments.delta")
        done = events[-1].response.output[0].arguments
        assert done == arguments
    else:
        arguments = answer.output[0].arguments
    assert json.loads(arguments) == {"notitie": content}
    assert NAME not in json.dumps(upstream.app.received[-1], ensure_ascii=False)


def test_it_refuses_images_in_the_input(regie_server, gateway_app, fresh_upstream):
    _app, token = gateway_app()
    with pytest.raises(openai.BadRequestError) as raised:
        openai_client(regie_server, token).responses.create(model="echo", input=[
            {"role": "user", "content": [
                {"type": "input_image", "image_url": "https://example.nl/a.png"}]}])
    assert raised.value.code == "invalid_request"
    assert "input.content" in raised.value.message
    assert fresh_upstream.app.received == []


def test_it_adds_the_disclosure_line_and_redacts_answers(regie_server, responses_app):
    make, _upstream = responses_app
    _app, token = make(settings={"response_action": "redact",
                                 "disclosure_text": "Gemaakt met AI."})
    client = openai_client(regie_server, token)
    whole = client.responses.create(model="leak", input="Wie is het?")
    text, events = streamed(client.responses.create(model="leak", input="Wie is het?",
                                                    stream=True))
    expected = "Het BSN is [BSN-1], mail naar [EMAIL-1].\n\nGemaakt met AI."
    assert whole.output_text == expected and text == expected
    assert events[-1].response.output_text == expected


def test_it_refuses_what_a_chat_only_upstream_cannot_do(regie_server, gateway_app,
                                                        chat_only_upstream):
    app, token = gateway_app(endpoint_base_url=chat_only_upstream.url)
    client = openai_client(regie_server, token)
    client.responses.create(model="echo", input="Eerst")  # learns: no /responses there
    chat_only_upstream.app.received.clear()
    with pytest.raises(openai.BadRequestError) as raised:
        client.responses.create(model="echo", input="Zoek het op",
                                tools=[{"type": "web_search"}])
    assert raised.value.code == "invalid_request" and "'tools'" in raised.value.message
    assert chat_only_upstream.app.received == []
    assert GatewayRequest.objects.filter(application=app, decision="refused",
                                         reason="invalid_request").count() == 1


def test_it_refuses_a_server_side_conversation_where_names_are_pseudonymised(
        regie_server, gateway_app, fresh_upstream):
    _app, token = gateway_app(settings=PSEUDO)
    with pytest.raises(openai.BadRequestError) as raised:
        openai_client(regie_server, token).responses.create(
            model="echo", input="Verder", previous_response_id="resp_test")
    assert "'previous_response_id'" in raised.value.message
    assert fresh_upstream.app.received == []
    _app, token = gateway_app(slug="zonder-pseudoniemen")
    answer = openai_client(regie_server, token).responses.create(
        model="echo", input="Verder", previous_response_id="resp_test")
    assert answer.output_text == "Ontvangen: Verder"
    assert fresh_upstream.app.received[-1]["previous_response_id"] == "resp_test"
