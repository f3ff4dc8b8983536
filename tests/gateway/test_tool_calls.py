"""Tool calls and function arguments are scanned both ways: tool and function definitions,
`tool`-role messages and the arguments of earlier calls in requests; tool calls in answers
(whole and streamed, also the legacy `function_call`) with pseudonymised names restored."""

import json

import openai
import pytest

from regie.gateway.models import GatewayRequest
from regie.gateway.redaction import Pseudonyms, replace_entities, request_texts
from regie.gateway.responses import AnswerFilter, StreamFilter
from regie.privacy.service import scan
from tests.gateway.conftest import openai_client

BSN = "123456782"
NAME = "Zewdu Gebreslassie"
PERSON = f"tolk: {NAME}"
TOOLS = [{"type": "function", "function": {
    "name": "plan_afspraak", "description": f"Plant een afspraak met {PERSON}.",
    "parameters": {"type": "object", "properties": {
        "wie": {"type": "string", "description": "Naam", "enum": [PERSON, "niemand"]},
        "dag": {"type": "string", "default": "maandag"}}, "required": ["wie"]}}}]


def test_it_finds_the_words_in_tool_definitions_not_the_names():
    body = {"messages": [{"role": "user", "content": "Plan"}], "tools": TOOLS,
            "functions": [{"name": "oud", "description": "Legacy functie"}]}
    texts = [container[key] for container, key in request_texts(body, "chat")]
    assert texts == ["Plan", f"Plant een afspraak met {PERSON}.", "Naam", PERSON, "niemand",
                     "maandag", "Legacy functie"]


def history(arguments: str) -> list[dict]:
    return [
        {"role": "user", "content": "Plan een afspraak."},
        {"role": "assistant", "content": None, "tool_calls": [{
            "id": "call_1", "type": "function",
            "function": {"name": "plan_afspraak", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": f"Gepland met {PERSON}."},
        {"role": "user", "content": "Bevestig."},
    ]


def test_it_blocks_a_bsn_in_tool_call_arguments(regie_server, gateway_app, fresh_upstream):
    app, token = gateway_app()
    with pytest.raises(openai.BadRequestError) as raised:
        openai_client(regie_server, token).chat.completions.create(
            model="echo", messages=history(json.dumps({"bsn": BSN})))
    assert raised.value.code == "personal_data_blocked" and "BSN" in raised.value.message
    assert fresh_upstream.app.received == []
    assert GatewayRequest.objects.get(application=app).decision == "blocked"


def test_it_blocks_a_bsn_in_a_tool_description(regie_server, gateway_app, fresh_upstream):
    _app, token = gateway_app(settings={"entity_actions": {"PERSON": "pseudonymise"}})
    tools = [{"type": "function", "function": {
        "name": "zoek", "description": f"Zoekt dossier {BSN}.", "parameters": {}}}]
    with pytest.raises(openai.BadRequestError) as raised:
        openai_client(regie_server, token).chat.completions.create(
            model="echo", messages=[{"role": "user", "content": "Zoek"}], tools=tools)
    assert raised.value.code == "personal_data_blocked"
    assert fresh_upstream.app.received == []


def test_it_pseudonymises_tool_messages_arguments_and_definitions(regie_server, gateway_app,
                                                                  fresh_upstream):
    _app, token = gateway_app(settings={"entity_actions": {"PERSON": "pseudonymise"}})
    openai_client(regie_server, token).chat.completions.create(
        model="echo", messages=history(json.dumps({"wie": PERSON})), tools=TOOLS)
    sent = fresh_upstream.app.received[-1]
    assert NAME not in json.dumps(sent, ensure_ascii=False)
    assert sent["messages"][2]["content"] == "Gepland met tolk: [PERSON-1]."
    assert json.loads(sent["messages"][1]["tool_calls"][0]["function"]["arguments"]) == {
        "wie": "tolk: [PERSON-1]"}
    function = sent["tools"][0]["function"]
    assert function["description"] == "Plant een afspraak met tolk: [PERSON-1]."
    assert function["parameters"]["properties"]["wie"]["enum"][0] == "tolk: [PERSON-1]"


@pytest.mark.parametrize("upstream_kind", ["native", "translated"])
def test_it_pseudonymises_function_items_of_the_responses_api(regie_server, gateway_app,
                                                              fresh_upstream, upstream_kind):
    from tests.gateway.upstream import UpstreamServer

    with UpstreamServer(responses=upstream_kind == "native") as upstream:
        _app, token = gateway_app(endpoint_base_url=upstream.url,
                                  settings={"entity_actions": {"PERSON": "pseudonymise"}})
        openai_client(regie_server, token).responses.create(model="echo", input=[
            {"role": "user", "content": "Plan een afspraak."},
            {"type": "function_call", "call_id": "call_1", "name": "plan_afspraak",
             "arguments": json.dumps({"wie": PERSON})},
            {"type": "function_call_output", "call_id": "call_1",
             "output": f"Gepland met {PERSON}."},
            {"role": "user", "content": "Bevestig."}])
        sent = upstream.app.received[-1]
    assert NAME not in json.dumps(sent, ensure_ascii=False)
    if upstream_kind == "translated":
        assert sent["messages"][1]["tool_calls"][0]["function"]["name"] == "plan_afspraak"
        assert sent["messages"][2] == {"role": "tool", "tool_call_id": "call_1",
                                       "content": "Gepland met tolk: [PERSON-1]."}


def pseudonymised(text: str):
    pseudonyms = Pseudonyms(actions={"PERSON": "pseudonymise"})
    return pseudonyms, replace_entities(text, scan(text), pseudonyms)


def test_it_restores_the_legacy_function_call_in_answers():
    pseudonyms, masked = pseudonymised(f"Bel {PERSON} morgen.")
    arguments = json.dumps({"wie": masked})
    answer = AnswerFilter(scan=scan, pseudonyms=pseudonyms, redact=False, disclosure="")
    body = answer.completion({"choices": [{"index": 0, "message": {
        "role": "assistant", "content": None,
        "function_call": {"name": "bel", "arguments": arguments}}}]})
    restored = body["choices"][0]["message"]["function_call"]["arguments"]
    assert json.loads(restored) == {"wie": f"Bel {PERSON} morgen."}

    stream = StreamFilter(AnswerFilter(scan=scan, pseudonyms=pseudonyms, redact=False,
                                       disclosure=""), client_wants_usage=False)
    events = b"".join(b"data: " + json.dumps({"choices": [{"index": 0, "delta": {
        "function_call": {"arguments": arguments[i:i + 4]}}, "finish_reason": None}]}).encode()
        + b"\n\n" for i in range(0, len(arguments), 4))
    events += b'data: {"choices": [{"index": 0, "delta": {}, "finish_reason": "function_call"}]}'
    events += b"\n\ndata: [DONE]\n\n"
    out = stream.feed(events) + stream.finish()
    pieces = [json.loads(e[6:])["choices"][0]["delta"].get("function_call", {})
              for e in out if e.startswith(b"data: {")]
    assert json.loads("".join(p.get("arguments", "") for p in pieces)) == {
        "wie": f"Bel {PERSON} morgen."}
