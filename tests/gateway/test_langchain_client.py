"""langchain-openai works unchanged against Regie: ChatOpenAI (whole and streamed) and
OpenAIEmbeddings; a person named by a front-end key is recorded; refusals arrive as the
openai exceptions LangChain raises, with the gateway's Dutch message; a pseudonymised name
comes back in the answer."""

import openai
import pytest
from langchain_openai import ChatOpenAI, OpenAIEmbeddings

from regie.gateway.models import GatewayRequest
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
from tests.gateway.conftest import wait_for


def chat_model(server, token, **kwargs) -> ChatOpenAI:
    return ChatOpenAI(base_url=f"{server.url}/v1", api_key=token, model="echo", max_retries=0,
                      timeout=20, **kwargs)


def test_it_answers_and_records_the_person(regie_server, gateway_app, fresh_upstream):
    app, token = gateway_app(front_end=True)
    model = chat_model(regie_server, token, default_headers={"X-Regie-User": "j.jansen"})
    answer = model.invoke("Vat dit samen.")
    assert answer.content == "Ontvangen: Vat dit samen."
    assert answer.usage_metadata["total_tokens"] == 10
    assert fresh_upstream.app.received[-1]["model"] == "echo"
    record = wait_for(lambda: GatewayRequest.objects.filter(application=app).first())
    assert (record.decision, record.user_label) == ("forwarded", "j.jansen")


def test_it_streams(regie_server, gateway_app):
    _app, token = gateway_app()
    chunks = list(chat_model(regie_server, token).stream("Hallo daar"))
    assert "".join(chunk.content for chunk in chunks) == "Ontvangen: Hallo daar"
    assert len([chunk for chunk in chunks if chunk.content]) > 5


def test_it_embeds_documents_and_a_query(regie_server, gateway_app, fresh_upstream):
    _app, token = gateway_app()
    # Without tiktoken's length check: it would download its encodings from the internet,
    # which a government network (and this test) does not reach.
    embeddings = OpenAIEmbeddings(base_url=f"{regie_server.url}/v1", api_key=token,
                                  model="echo", check_embedding_ctx_length=False,
                                  max_retries=0)
    vectors = embeddings.embed_documents(["een", "twee"])
    assert len(vectors) == 2 and len(vectors[0]) == 8
    assert len(embeddings.embed_query("drie")) == 8
    assert fresh_upstream.app.received[-1]["input"] == ["drie"]


def test_it_raises_the_gateways_dutch_refusals(regie_server, gateway_app, fresh_upstream):
    app, token = gateway_app()
    with pytest.raises(openai.BadRequestError) as blocked:
        chat_model(regie_server, token).invoke(BSN_PROMPT)
    assert blocked.value.code == "personal_data_blocked"
    assert BSN_REFUSAL in str(blocked.value) and BSN not in str(blocked.value)
    with pytest.raises(openai.AuthenticationError) as unknown:
        chat_model(regie_server, UNKNOWN_KEY).invoke("Hallo")
    assert unknown.value.body["message"] == UNKNOWN_KEY_REFUSAL
    one_request_a_day(app)
    chat_model(regie_server, token).invoke("Een")
    with pytest.raises(openai.RateLimitError) as budget:
        list(chat_model(regie_server, token).stream("Twee"))
    assert budget.value.code == BUDGET_CODE and "weer open op" in str(budget.value)
    assert len(fresh_upstream.app.received) == 1


@pytest.mark.parametrize("stream", [False, True])
def test_it_restores_a_pseudonymised_name_in_the_answer(regie_server, gateway_app,
                                                        fresh_upstream, stream):
    _app, token = gateway_app(settings=PSEUDONYMISE_NAMES)
    model = chat_model(regie_server, token)
    text = ("".join(chunk.content for chunk in model.stream(NAME_PROMPT)) if stream
            else model.invoke(NAME_PROMPT).content)
    assert sent_prompt(fresh_upstream) == "Schrijf een brief aan [PERSON-1] over haar aanvraag."
    assert text == f"Ontvangen: {NAME_PROMPT}"
