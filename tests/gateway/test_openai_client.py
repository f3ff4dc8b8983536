"""The official openai client works unchanged against Regie: chat, streaming, embeddings,
the model list; answers are labelled and every request leaves a record without content;
refusals arrive as the client's own exceptions with the gateway's Dutch message; a
pseudonymised name comes back in the answer."""

import openai
import pytest

from regie.gateway.models import GatewayContent, GatewayRequest
from tests.gateway.clients import (
    BSN,
    BSN_PROMPT,
    BSN_REFUSAL,
    BUDGET_CODE,
    NAME_PROMPT,
    PSEUDONYMISE_NAMES,
    UNKNOWN_KEY,
    UNKNOWN_KEY_REFUSAL,
    one_request_a_day,
    sent_prompt,
)
from tests.gateway.conftest import openai_client, wait_for


def test_it_answers_a_chat_completion(regie_server, gateway_app, fresh_upstream):
    app, token = gateway_app(front_end=True)  # a chat front-end's key: X-Regie-User counts
    client = openai_client(regie_server, token)
    raw = client.chat.completions.with_raw_response.create(
        model="echo", messages=[{"role": "user", "content": "Vat dit samen."}],
        extra_headers={"X-Regie-User": "j.jansen"})
    completion = raw.parse()
    assert completion.choices[0].message.content == "Ontvangen: Vat dit samen."
    assert raw.headers["x-regie-ai-generated"] == "true"
    assert fresh_upstream.app.received[-1]["model"] == "echo"
    assert "authorization" not in fresh_upstream.app.headers[-1]
    record = wait_for(lambda: GatewayRequest.objects.filter(application=app).first())
    assert record.decision == "forwarded"
    assert record.user_label == "j.jansen"
    assert (record.prompt_tokens, record.completion_tokens) == (6, 4)
    assert record.model == "echo" and record.latency_ms > 0
    assert not GatewayContent.objects.exists()


def test_it_streams_events_as_they_arrive(regie_server, gateway_app):
    _app, token = gateway_app()
    client = openai_client(regie_server, token)
    stream = client.chat.completions.create(
        model="echo", stream=True, messages=[{"role": "user", "content": "Hallo daar"}])
    pieces = [chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices]
    assert "".join(pieces) == "Ontvangen: Hallo daar"
    assert len(pieces) > 5


def test_it_passes_usage_only_when_the_client_asks(regie_server, gateway_app):
    app, token = gateway_app()
    client = openai_client(regie_server, token)
    chunks = list(client.chat.completions.create(
        model="echo", stream=True, stream_options={"include_usage": True},
        messages=[{"role": "user", "content": "Hallo"}]))
    assert chunks[-1].usage.total_tokens == 10
    record = wait_for(lambda: GatewayRequest.objects.filter(application=app).first())
    assert record.prompt_tokens == 6


def test_it_serves_embeddings_and_the_model_list(regie_server, gateway_app):
    _app, token = gateway_app(models=("echo", "tool"))
    client = openai_client(regie_server, token)
    embeddings = client.embeddings.create(model="echo", input=["een", "twee"])
    assert len(embeddings.data) == 2 and len(embeddings.data[0].embedding) == 8
    assert sorted(model.id for model in client.models.list()) == ["echo", "tool"]


def test_it_adds_the_disclosure_line_and_keeps_content_when_asked(regie_server, gateway_app):
    app, token = gateway_app(settings={"disclosure_text": "Gemaakt met generatieve AI.",
                                       "log_content": True, "content_retention_days": 7})
    client = openai_client(regie_server, token)
    answer = client.chat.completions.create(
        model="echo", messages=[{"role": "user", "content": "Hoi"}])
    assert answer.choices[0].message.content == "Ontvangen: Hoi\n\nGemaakt met generatieve AI."
    streamed = "".join(chunk.choices[0].delta.content or "" for chunk in
                       client.chat.completions.create(
                           model="echo", stream=True,
                           messages=[{"role": "user", "content": "Hoi"}]) if chunk.choices)
    assert streamed.endswith("\n\nGemaakt met generatieve AI.")
    content = wait_for(lambda: GatewayContent.objects.filter(request__application=app).first())
    assert content.prompt == "Hoi" and content.response == "Ontvangen: Hoi"


def test_it_raises_the_gateways_dutch_refusals(regie_server, gateway_app, fresh_upstream):
    app, token = gateway_app()
    client = openai_client(regie_server, token)
    with pytest.raises(openai.BadRequestError) as blocked:
        client.chat.completions.create(
            model="echo", messages=[{"role": "user", "content": BSN_PROMPT}])
    assert blocked.value.code == "personal_data_blocked"
    assert BSN_REFUSAL in blocked.value.message and BSN not in blocked.value.message
    with pytest.raises(openai.AuthenticationError) as unknown:
        openai_client(regie_server, UNKNOWN_KEY).chat.completions.create(
            model="echo", messages=[{"role": "user", "content": "Hallo"}])
    assert unknown.value.code == "invalid_api_key"
    assert unknown.value.body["message"] == UNKNOWN_KEY_REFUSAL
    one_request_a_day(app)
    client.chat.completions.create(model="echo", messages=[{"role": "user", "content": "Een"}])
    with pytest.raises(openai.RateLimitError) as budget:
        client.chat.completions.create(
            model="echo", stream=True, messages=[{"role": "user", "content": "Twee"}])
    assert budget.value.code == BUDGET_CODE
    assert "weer open op" in budget.value.message
    assert len(fresh_upstream.app.received) == 1
    assert set(GatewayRequest.objects.values_list("reason", flat=True)) >= {
        "personal_data_blocked", "invalid_api_key", BUDGET_CODE}


@pytest.mark.parametrize("stream", [False, True])
def test_it_restores_a_pseudonymised_name_in_the_answer(regie_server, gateway_app,
                                                        fresh_upstream, stream):
    _app, token = gateway_app(settings=PSEUDONYMISE_NAMES)
    client = openai_client(regie_server, token)
    messages = [{"role": "user", "content": NAME_PROMPT}]
    if stream:
        text = "".join(chunk.choices[0].delta.content or "" for chunk in
                       client.chat.completions.create(model="echo", messages=messages,
                                                      stream=True) if chunk.choices)
    else:
        text = client.chat.completions.create(
            model="echo", messages=messages).choices[0].message.content
    assert sent_prompt(fresh_upstream) == "Schrijf een brief aan [PERSON-1] over haar aanvraag."
    assert text == f"Ontvangen: {NAME_PROMPT}"
