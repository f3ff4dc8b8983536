"""The Responses API translated for a chat-only upstream (plain module tests): requests
become chat completions, chat answers become Responses objects and streaming events."""

import json

import pytest

from regie.gateway.redaction import Pseudonyms
from regie.gateway.responses import AnswerFilter, StreamFilter
from regie.gateway.translate import ChatToResponsesStream, chat_request, response_object
from regie.privacy.service import scan

TOOL = {"type": "function", "name": "bewaar", "description": "Bewaar een notitie.",
        "parameters": {"type": "object", "properties": {"notitie": {"type": "string"}}}}


def test_it_turns_a_responses_request_into_a_chat_request():
    chat = chat_request({
        "model": "m", "instructions": "Kort.", "temperature": 0.2, "max_output_tokens": 9,
        "tools": [TOOL], "tool_choice": {"type": "function", "name": "bewaar"},
        "text": {"format": {"type": "json_schema", "name": "antwoord", "schema": {}}},
        "input": [{"role": "developer", "content": "Formeel."},
                  {"role": "user", "content": [{"type": "input_text", "text": "Noteer"},
                                               {"type": "input_text", "text": " dit"}]},
                  {"type": "function_call", "call_id": "c1", "name": "bewaar",
                   "arguments": "{}"},
                  {"type": "function_call", "call_id": "c2", "name": "bewaar",
                   "arguments": "{}"},
                  {"type": "function_call_output", "call_id": "c1", "output": "ok"}]})
    assert chat["messages"] == [
        {"role": "system", "content": "Kort."}, {"role": "system", "content": "Formeel."},
        {"role": "user", "content": "Noteer dit"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "bewaar", "arguments": "{}"}},
            {"id": "c2", "type": "function", "function": {"name": "bewaar", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "ok"}]
    assert (chat["temperature"], chat["max_tokens"]) == (0.2, 9)
    assert chat["tools"] == [{"type": "function", "function": {
        k: TOOL[k] for k in ("name", "description", "parameters")}}]
    assert chat["tool_choice"] == {"type": "function", "function": {"name": "bewaar"}}
    assert chat["response_format"] == {"type": "json_schema", "json_schema": {
        "name": "antwoord", "schema": {}}}


def test_it_refuses_what_chat_completions_cannot_express():
    with pytest.raises(ValueError, match="tools"):
        chat_request({"model": "m", "input": "x", "tools": [{"type": "web_search"}]})
    with pytest.raises(ValueError, match="previous_response_id"):
        chat_request({"model": "m", "input": "x", "previous_response_id": "resp_1"})


def test_it_turns_a_chat_answer_into_a_response():
    response = response_object({"model": "m", "choices": [{"finish_reason": "length", "message": {
        "content": "Hallo", "tool_calls": [{"id": "c1", "function": {
            "name": "bewaar", "arguments": "{}"}}]}}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2}}, {"model": "m", "input": "x"})
    assert [item["type"] for item in response["output"]] == ["message", "function_call"]
    assert response["output"][0]["content"][0]["text"] == "Hallo"
    assert response["output"][1]["call_id"] == "c1"
    assert response["status"] == "incomplete"
    assert response["usage"] == {"input_tokens": 3, "output_tokens": 2, "total_tokens": 5}


def test_it_streams_a_chat_answer_as_responses_events_restoring_pseudonyms():
    pseudonyms = Pseudonyms(actions={"EMAIL": "pseudonymise"})
    pseudonyms.placeholder("EMAIL", "a.b@voorbeeld.nl", restorable=True)
    answer = AnswerFilter(scan=scan, pseudonyms=pseudonyms, redact=False, disclosure="")
    stream = ChatToResponsesStream(StreamFilter(answer, client_wants_usage=False),
                                   {"model": "m", "input": "x"})
    text = "Mail [EMAIL-1] terug."
    chunks = [{"choices": [{"index": 0, "delta": {"content": text[i:i + 3]},
                            "finish_reason": None}]} for i in range(0, len(text), 3)]
    chunks += [{"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
               {"choices": [], "usage": {"prompt_tokens": 5, "completion_tokens": 7}}]
    raw = b"".join(b"data: " + json.dumps(c).encode() + b"\n\n" for c in chunks)
    out = []
    for i in range(0, len(raw), 11):
        out += stream.feed(raw[i:i + 11] + (b"data: [DONE]\n\n" if i + 11 >= len(raw) else b""))
    out += stream.finish()
    events = [json.loads(e.split(b"data: ", 1)[1]) for e in out]
    kinds = [e["type"] for e in events]
    assert kinds[:4] == ["response.created", "response.in_progress",
                         "response.output_item.added", "response.content_part.added"]
    assert kinds[-4:] == ["response.output_text.done", "response.content_part.done",
                          "response.output_item.done", "response.completed"]
    deltas = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
    assert deltas == "Mail a.b@voorbeeld.nl terug."
    completed = events[-1]["response"]
    assert completed["output"][0]["content"][0]["text"] == deltas
    assert completed["usage"] == {"input_tokens": 5, "output_tokens": 7, "total_tokens": 12}
    assert [e["sequence_number"] for e in events] == list(range(1, len(events) + 1))
