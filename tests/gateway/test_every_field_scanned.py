"""Nothing in a request is forwarded unscanned: fields outside the known shapes (a message's
`name` and unknown keys, `metadata`, `prediction`, a structured-output schema, vendor extras,
Responses items' extra keys) are blocked, redacted or pseudonymised like any text, as the
upstream receives them; a field that cannot take a placeholder is refused; identifiers,
numbers and booleans reach the upstream unchanged, and a body nested deeper than any API
nests is refused with 400."""

import json

from django.utils import translation

import httpx
import pytest

from regie.audit.models import AuditEvent
from regie.gateway.errors import Refusal
from regie.gateway.models import GatewayRequest
from regie.gateway.proxy import check_fixed
from regie.gateway.records import Outcome
from regie.gateway.scanning import Finding
from regie.register.models import ApplicationTask

BSN = "123456782"
NAME = "Jan Jansen"
PSEUDO = {"entity_actions": {"BSN": "pseudonymise", "PERSON": "pseudonymise"}}
REDACT = {"default_action": "redact"}


def post(server, token, body, path="chat/completions"):
    response = httpx.post(f"{server.url}/v1/{path}", json=body, timeout=20,
                          headers={"Authorization": f"Bearer {token}"})
    return response.status_code, response.json()


def chat(**extra):
    return {"model": "echo", "messages": [{"role": "user", "content": "Vat samen."}], **extra}


def assert_refused(app, code, entity_types):
    event = AuditEvent.objects.filter(event="gateway_request_refused").latest("id")
    assert (event.data["code"], event.data["entity_types"]) == (code, entity_types)
    record = GatewayRequest.objects.get(application=app)
    assert (record.reason, record.entity_types) == (code, entity_types)
    return record


@pytest.mark.parametrize("settings", [None, PSEUDO, REDACT])
def test_it_refuses_a_person_in_a_message_name_whatever_the_action(
        regie_server, gateway_app, fresh_upstream, settings):
    app, token = gateway_app(settings=settings)
    body = chat()
    body["messages"][0]["name"] = NAME
    status, answer = post(regie_server, token, body)
    assert (status, answer["error"]["code"]) == (400, "personal_data_not_replaceable")
    message = answer["error"]["message"]
    assert "'messages[0].name'" in message and "PERSON" in message and "Jan" not in message
    assert fresh_upstream.app.received == []
    assert assert_refused(app, "personal_data_not_replaceable", ["PERSON"]).decision == "blocked"


def test_it_refuses_a_person_in_a_key_name(regie_server, gateway_app, fresh_upstream):
    app, token = gateway_app(settings=PSEUDO)
    status, answer = post(regie_server, token, chat(metadata={f"aanvrager {NAME}": "x"}))
    assert (status, answer["error"]["code"]) == (400, "personal_data_not_replaceable")
    assert answer["error"]["message"].startswith(
        "Veld 'een sleutelnaam in metadata' bevat persoonsgegevens (PERSON).")
    assert fresh_upstream.app.received == []
    assert_refused(app, "personal_data_not_replaceable", ["PERSON"])


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", "Velden 'messages[0].name', 'een sleutelnaam in metadata' bevatten "
           "persoonsgegevens (BSN, PERSON). Daar kan de gateway ze niet door een code "
           "vervangen zonder het verzoek ongeldig te maken; haal ze weg."),
    ("en", "Fields 'messages[0].name', 'a key name in metadata' contain personal data "
           "(BSN, PERSON). The gateway cannot replace it there with a code without making "
           "the request invalid; remove it."),
])
def test_it_words_the_refusal_in_dutch_and_english(language, expected):
    fixed = {0: ("messages[0].name", False), 2: ("metadata", True)}
    found = [[Finding("PERSON", 0, 3, "Jan")], [Finding("EMAIL", 0, 1, "x")],
             [Finding("BSN", 0, 9, BSN)]]
    outcome = Outcome(endpoint="chat", started=0.0)
    with translation.override(language), pytest.raises(Refusal) as refused:
        check_fixed(fixed, found, outcome)
    assert refused.value.message == expected
    assert outcome.decision == "blocked"


def test_it_forwards_a_message_name_without_personal_data(regie_server, gateway_app,
                                                          fresh_upstream):
    _app, token = gateway_app()
    body = chat()
    body["messages"][0]["name"] = "medewerker_7"
    assert post(regie_server, token, body)[0] == 200
    assert fresh_upstream.app.received[-1]["messages"][0]["name"] == "medewerker_7"


def test_it_blocks_a_bsn_in_metadata(regie_server, gateway_app, fresh_upstream):
    app, token = gateway_app()
    status, answer = post(regie_server, token, chat(metadata={"zaak": f"BSN {BSN}"}))
    assert (status, answer["error"]["code"]) == (400, "personal_data_blocked")
    assert BSN not in answer["error"]["message"]
    assert fresh_upstream.app.received == []
    assert_refused(app, "personal_data_blocked", ["BSN"])


def test_it_pseudonymises_metadata_and_restores_the_answer(regie_server, gateway_app,
                                                           fresh_upstream):
    _app, token = gateway_app(settings=PSEUDO)
    body = {"model": "echo", "metadata": {"zaak": f"BSN {BSN}"},
            "messages": [{"role": "user", "content": f"Wie heeft BSN {BSN}?"}]}
    status, answer = post(regie_server, token, body)
    sent = fresh_upstream.app.received[-1]
    assert sent["metadata"] == {"zaak": "BSN [BSN-1]"}  # the same value, the same placeholder
    assert sent["messages"][0]["content"] == "Wie heeft BSN [BSN-1]?"
    assert (status, answer["choices"][0]["message"]["content"]) == (
        200, f"Ontvangen: Wie heeft BSN {BSN}?")


def test_it_pseudonymises_predicted_output(regie_server, gateway_app, fresh_upstream):
    _app, token = gateway_app(settings=PSEUDO)
    parts = chat(prediction={"type": "content", "content": [
        {"type": "text", "text": f"Beste {NAME},"}]})
    plain = chat(prediction={"type": "content", "content": f"Beste {NAME},"})
    assert post(regie_server, token, parts)[0] == 200
    assert post(regie_server, token, plain)[0] == 200
    assert [sent["prediction"] for sent in fresh_upstream.app.received] == [
        {"type": "content", "content": [{"type": "text", "text": "Beste [PERSON-1],"}]},
        {"type": "content", "content": "Beste [PERSON-1],"}]


@pytest.mark.parametrize(("settings", "status"), [(None, 400), (REDACT, 200)])
def test_it_scans_an_unknown_key_on_a_message(regie_server, gateway_app, fresh_upstream,
                                              settings, status):
    app, token = gateway_app(settings=settings)
    body = {"model": "echo", "messages": [
        {"role": "user", "content": "ok", "note": f"BSN {BSN} van {NAME}"}]}
    got, answer = post(regie_server, token, body)
    assert got == status
    if status == 400:
        assert answer["error"]["code"] == "personal_data_blocked"
        assert fresh_upstream.app.received == []
        assert_refused(app, "personal_data_blocked", ["BSN", "PERSON"])
    else:
        assert fresh_upstream.app.received[-1]["messages"][0] == {
            "role": "user", "content": "ok", "note": "BSN [BSN-1] van [PERSON-1]"}


def test_it_scans_an_unknown_top_level_key_at_any_depth(regie_server, gateway_app,
                                                        fresh_upstream):
    _app, token = gateway_app(settings=REDACT)
    body = chat(leverancier_extra={"context": [{"type": f"dossier van {NAME}", "score": 3}]})
    assert post(regie_server, token, body)[0] == 200
    assert fresh_upstream.app.received[-1]["leverancier_extra"] == {
        "context": [{"type": "dossier van [PERSON-1]", "score": 3}]}


def test_it_scans_the_descriptions_of_a_structured_output_schema(regie_server, gateway_app,
                                                                 fresh_upstream):
    _app, token = gateway_app(settings=PSEUDO)
    schema = {"type": "object", "required": ["besluit"], "additionalProperties": False,
              "properties": {"besluit": {"type": "string",
                                         "description": f"Het besluit over {NAME}"}}}
    body = chat(response_format={"type": "json_schema", "json_schema": {
        "name": "Jan", "strict": True, "schema": schema,
        "description": f"Antwoord voor {NAME}"}})
    assert post(regie_server, token, body)[0] == 200
    sent = fresh_upstream.app.received[-1]["response_format"]["json_schema"]
    assert sent["name"] == "Jan"  # an identifier: left as it is
    assert sent["description"] == "Antwoord voor [PERSON-1]"
    assert sent["schema"]["properties"]["besluit"] == {
        "type": "string", "description": "Het besluit over [PERSON-1]"}


def test_it_scans_an_unknown_key_of_a_responses_input_item(regie_server, gateway_app,
                                                           fresh_upstream):
    app, token = gateway_app(settings=REDACT)
    body = {"model": "echo", "input": [
        {"role": "user", "content": "Hallo", "bijlage": f"BSN {BSN}"}]}
    assert post(regie_server, token, body, "responses")[0] == 200
    assert fresh_upstream.app.received[-1]["input"][0]["bijlage"] == "BSN [BSN-1]"
    GatewayRequest.objects.filter(application=app).delete()
    _app, blocking = gateway_app(slug="blokkeert", models=("echo",))
    status, answer = post(regie_server, blocking, body, "responses")
    assert (status, answer["error"]["code"]) == (400, "personal_data_blocked")
    assert len(fresh_upstream.app.received) == 1


def test_it_forwards_identifiers_numbers_and_booleans_unchanged(regie_server, gateway_app,
                                                                fresh_upstream):
    """Identifiers that look like personal data (a call id that is a valid BSN) are not
    scanned; a normal request reaches the upstream exactly as it was sent."""
    _app, token = gateway_app()  # block every type
    body = {"model": "echo", "temperature": 0.2, "seed": int(BSN), "stream": False,
            "logprobs": False, "max_tokens": 50, "logit_bias": {BSN: 1},
            "tool_choice": "auto",
            "tools": [{"type": "function", "function": {
                "name": "zoek_123456782", "description": "Zoekt een zaak.",
                "parameters": {"type": "object", "properties": {"zaak": {"type": "string"}}}}}],
            "messages": [
                {"role": "system", "content": "Antwoord kort."},
                {"role": "user", "content": "Zoek de zaak."},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": BSN, "type": "function",
                     "function": {"name": "zoek_123456782", "arguments": "{}"}}]},
                {"role": "tool", "tool_call_id": BSN, "content": "Gevonden."},
                {"role": "user", "content": "Dank u."}]}
    status, _answer = post(regie_server, token, body)
    assert status == 200
    assert json.dumps(fresh_upstream.app.received[-1]) == json.dumps(body)


def test_it_leaves_the_voice_of_speech_alone(regie_server, gateway_app, fresh_upstream):
    app, token = gateway_app()
    ApplicationTask.objects.create(application=app, task="speech_generation")
    body = {"model": "echo", "input": "Welkom bij de gemeente.", "voice": "Jan",
            "response_format": "mp3"}
    status = httpx.post(f"{regie_server.url}/v1/audio/speech", json=body, timeout=20,
                        headers={"Authorization": f"Bearer {token}"}).status_code
    assert status == 200
    assert fresh_upstream.app.received[-1] == body


@pytest.mark.parametrize("depth", [100, 100_000])
def test_it_refuses_a_body_nested_deeper_than_any_api(regie_server, gateway_app,
                                                      fresh_upstream, depth):
    """Deeper than `MAX_DEPTH` (64) and deeper than the JSON parser goes: 400, no crash."""
    app, token = gateway_app()
    raw = ('{"model": "echo", "messages": [{"role": "user", "content": "Hallo"}], "extra": '
           + "[" * depth + "]" * depth + "}")
    response = httpx.post(f"{regie_server.url}/v1/chat/completions", content=raw, timeout=20,
                          headers={"Authorization": f"Bearer {token}",
                                   "Content-Type": "application/json"})
    error = response.json()["error"]
    assert (response.status_code, error["code"]) == (400, "invalid_request")
    assert "dieper genest dan 64 niveaus" in error["message"]
    assert ("'extra[0][0]…'" if depth == 100 else "'body'") in error["message"]
    assert fresh_upstream.app.received == []
    assert_refused(app, error["code"], [])
