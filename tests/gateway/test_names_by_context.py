"""The gateway acts on person names the scanner finds only by their context (issue 13):
names in no name list, after a salutation, a role label or in a signature."""

import json

import openai
import pytest

from regie.audit.models import AuditEvent
from regie.privacy import lexicon
from tests.gateway.conftest import openai_client

# Neither word is in any of the scanner's name lists: only the context makes them names.
PROMPT = "Herschrijf in B1: Geachte mevrouw Wâldsma, tolk: Zewdu Gebreslassie belt u morgen."
NAMES = ("mevrouw Wâldsma", "Zewdu Gebreslassie")


def ask(server, token, content=PROMPT):
    client = openai_client(server, token)
    return client.chat.completions.create(
        model="echo", messages=[{"role": "user", "content": content}])


def test_it_uses_names_that_no_list_holds():
    listed = lexicon.all_names() | lexicon.name_words()
    assert not {"Wâldsma", "Zewdu", "Gebreslassie"} & listed


def test_it_blocks_a_name_found_only_by_context(regie_server, gateway_app, fresh_upstream):
    app, token = gateway_app()
    with pytest.raises(openai.BadRequestError) as raised:
        ask(regie_server, token)
    assert raised.value.code == "personal_data_blocked"
    assert "PERSON" in raised.value.message
    assert all(name not in raised.value.message for name in NAMES)
    assert fresh_upstream.app.received == []
    event = AuditEvent.objects.get(event="gateway_request_refused")
    assert event.data["entity_types"] == ["PERSON"]
    assert "Wâldsma" not in json.dumps(event.data, ensure_ascii=False)


def test_it_pseudonymises_a_name_found_only_by_context(regie_server, gateway_app,
                                                       fresh_upstream):
    _app, token = gateway_app(settings={"entity_actions": {"PERSON": "pseudonymise"}})
    answer = ask(regie_server, token)
    sent = fresh_upstream.app.received[-1]["messages"][0]["content"]
    assert sent == "Herschrijf in B1: Geachte [PERSON-1], tolk: [PERSON-2] belt u morgen."
    assert answer.choices[0].message.content == f"Ontvangen: {PROMPT}"
