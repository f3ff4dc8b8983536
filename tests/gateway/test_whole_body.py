"""The privacy scan reads every string of a request body: what the known shapes leave is
walked too (`texts._rest`), except identifiers and choices; texts that cannot take a
placeholder are marked, and nesting past `MAX_DEPTH` is refused without recursing."""

import copy
import json

import pytest

from regie.gateway import redaction
from regie.gateway.texts import MAX_DEPTH, TooDeep, request_slots

HELLO = {"role": "user", "content": "Hallo"}


def scanned(body, endpoint="chat"):
    return [container[key] for container, key in redaction.request_texts(body, endpoint)]


def test_it_scans_the_fields_the_known_shapes_leave():
    body = {
        "model": "echo", "user": "p.devries@example.nl", "stop": ["Jan Jansen"],
        "metadata": {"zaak": "BSN 123456782"},
        "prediction": {"type": "content", "content": "Voorspelde tekst"},
        "messages": [{"role": "user", "content": "ok", "note": "van Jan Jansen"}],
        "x_leverancier": {"notitie": "Piet", "lijst": ["a", {"type": "b"}]},
        "response_format": {"type": "json_schema", "json_schema": {
            "name": "antwoord", "description": "Antwoord voor Jan Jansen", "strict": True,
            "schema": {"type": "object", "required": ["naam"], "properties": {
                "naam": {"type": "string", "description": "De naam", "pattern": "^[A-Z]"}}}}},
    }
    assert scanned(body) == [
        "ok", "p.devries@example.nl", "Jan Jansen", "zaak", "BSN 123456782",
        "Voorspelde tekst",
        "note", "van Jan Jansen", "x_leverancier", "notitie", "Piet", "lijst", "a", "b",
        "Antwoord voor Jan Jansen", "De naam", "^[A-Z]"]


def test_it_gives_a_messages_extra_keys_that_messages_role():
    body = {"messages": [{"role": "system", "content": "Regels", "extra": "s"},
                         {"content": "Vraag", "extra": {"diep": "u"}}]}
    roles = {container[key]: role for container, key, role in request_slots(body, "chat")}
    assert roles["s"] == "system" and roles["u"] == "user"


IDENTIFIERS = [  # (endpoint, body): not one string in it is free text
    ("chat", {"model": "gpt-4o", "service_tier": "auto", "reasoning_effort": "low",
              "modalities": ["text", "audio"], "audio": {"voice": "alloy", "format": "wav"},
              "messages": [{"role": "user", "content": [{"type": "text", "text": "x"}]},
                           {"role": "assistant", "tool_calls": [
                               {"id": "call_123456782", "type": "function",
                                "function": {"name": "zoek_persoon", "arguments": "x"}}]},
                           {"role": "tool", "tool_call_id": "call_123456782", "content": "x"}],
              "tools": [{"type": "function", "function": {"name": "zoek_persoon",
                                                          "parameters": {"type": "object"}}}],
              "tool_choice": {"type": "function", "function": {"name": "zoek_persoon"}},
              "temperature": 0.2, "seed": 123456782, "stream": True, "n": 1,
              "logit_bias": {"123456782": 5}, "stream_options": {"include_usage": True}}),
    ("responses", {"model": "m", "include": ["reasoning.encrypted_content"],
                   "previous_response_id": "resp_1", "truncation": "auto",
                   "reasoning": {"effort": "low", "summary": "auto"},
                   "text": {"format": {"type": "json_schema", "name": "antwoord",
                                       "schema": {"type": "object"}}},
                   "input": [{"type": "function_call", "call_id": "c1", "name": "zoek",
                              "arguments": "x", "status": "completed"},
                             {"type": "function_call_output", "call_id": "c1",
                              "output": "x"}]}),
    ("embeddings", {"model": "m", "input": "x", "encoding_format": "float", "dimensions": 8}),
    ("audio.speech", {"model": "tts", "input": "x", "voice": "alloy",
                      "response_format": "mp3", "speed": 1.0}),
    ("audio.transcriptions", {"model": "whisper", "file": "bestand", "language": "nl",
                              "prompt": "x",
                              "response_format": "json", "timestamp_granularities[]": "word"}),
    ("images.generations", {"model": "dall-e", "prompt": "x", "size": "1024x1024",
                            "quality": "hd", "response_format": "b64_json"}),
]


@pytest.mark.parametrize(("endpoint", "body"), IDENTIFIERS)
def test_it_leaves_identifiers_choices_numbers_and_booleans_alone(endpoint, body):
    original = copy.deepcopy(body)
    assert set(scanned(body, endpoint)) == {"x"}
    assert body == original


def test_it_scans_a_choice_key_that_holds_more_than_a_choice():
    body = {"messages": [HELLO], "tool_choice": {"type": "function", "uitleg": "Jan"},
            "modalities": ["text", {"type": "Jan"}]}
    assert scanned(body) == ["Hallo", "uitleg", "Jan", "text", "Jan"]


def test_it_scans_everything_under_a_key_nobody_knows():
    """Under an unknown key even `type`, `id` and `model` are text."""
    body = {"messages": [HELLO], "onbekend": {"type": "BSN 123456782", "id": "Jan",
                                              "model": "Piet"}}
    assert scanned(body) == ["Hallo", "onbekend", "BSN 123456782", "Jan", "Piet"]


def test_it_marks_the_texts_that_cannot_take_a_placeholder():
    body = {"messages": [{"role": "user", "content": "Hallo", "name": "Jan_Jansen"}],
            "metadata": {"Jan Jansen": "x"},
            "tools": [{"type": "function", "function": {"name": "f", "parameters": {
                "type": "object", "properties": {"code": {"type": "string",
                                                          "pattern": "^Jan$"}}}}}]}
    slots = redaction.request_texts(body, "chat")
    fixed = {slots[index][0][slots[index][1]]: field for index, field in slots.fixed.items()}
    assert fixed == {
        "Jan_Jansen": ("messages[0].name", False), "Jan Jansen": ("metadata", True),
        "^Jan$": ("tools[0].function.parameters.properties.code.pattern", False)}


def test_it_keeps_the_known_texts_first_in_their_order():
    body = {"note": "laatste", "messages": [{"role": "user", "content": "eerste",
                                             "name": "naam"}]}
    assert scanned(body) == ["eerste", "note", "laatste", "naam"]


def test_it_refuses_nesting_deeper_than_the_limit_without_recursing():
    body = {"messages": [HELLO], "extra": json.loads("[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5))}
    with pytest.raises(TooDeep) as raised:
        request_slots(body, "chat")
    assert raised.value.args == ("extra[0][0]…",)
    just = {"messages": [HELLO], "extra": json.loads("[" * (MAX_DEPTH - 1) + '"x"'
                                                      + "]" * (MAX_DEPTH - 1))}
    assert scanned(just) == ["Hallo", "extra", "x"]


def test_it_walks_a_wide_body_with_memory_for_its_depth_only():
    """A list of a hundred thousand objects is walked without a stack of them all."""
    body = {"messages": [HELLO], "extra": [{"a": "b"}] * 100_000}
    assert len(scanned(body)) == 1 + 1 + 2 * 100_000
