"""Placeholders are restored however the stream splits them, and only the request's own
pseudonyms are restored (plain module tests, with the tests' real scanner)."""

import json

from hypothesis import given
from hypothesis import strategies as st

from regie.gateway.redaction import Pseudonyms, StreamRestorer, replace_entities
from regie.gateway.responses import AnswerFilter, StreamFilter
from regie.privacy.service import scan

TEXT = "Burger met BSN 123456782 (mail: a.b@voorbeeld.nl) en BSN 123456782 opnieuw."


def pseudonymised():
    pseudonyms = Pseudonyms(actions={"BSN": "pseudonymise", "EMAIL": "pseudonymise"})
    return pseudonyms, replace_entities(TEXT, scan(TEXT), pseudonyms)


def test_it_gives_one_value_one_placeholder():
    _pseudonyms, masked = pseudonymised()
    assert masked == "Burger met BSN [BSN-1] (mail: [EMAIL-1]) en BSN [BSN-1] opnieuw."


@given(st.lists(st.integers(min_value=1, max_value=len(TEXT)), max_size=12))
def test_it_restores_across_any_split(cuts):
    pseudonyms, masked = pseudonymised()
    restorer = StreamRestorer(pseudonyms.restorable)
    points = sorted({0, len(masked), *[c % (len(masked) + 1) for c in cuts]})
    pieces = [masked[a:b] for a, b in zip(points, points[1:], strict=False)]
    assert "".join(restorer.feed(p) for p in pieces) + restorer.flush() == TEXT


def test_it_leaves_unknown_and_redacted_placeholders_alone():
    pseudonyms = Pseudonyms(actions={"BSN": "redact", "EMAIL": "pseudonymise"})
    masked = replace_entities(TEXT, scan(TEXT), pseudonyms)
    restorer = StreamRestorer(pseudonyms.restorable)
    out = restorer.feed(masked + " [PERSON-9] [niet") + restorer.flush()
    assert out == ("Burger met BSN [BSN-1] (mail: a.b@voorbeeld.nl) en BSN [BSN-1] opnieuw. "
                   "[PERSON-9] [niet")


def test_it_filters_server_sent_events_split_anywhere():
    pseudonyms, masked = pseudonymised()
    answer = AnswerFilter(scan=scan, pseudonyms=pseudonyms, redact=False, disclosure="")
    stream = StreamFilter(answer, client_wants_usage=False)
    events = b"".join(
        b"data: " + json.dumps({"id": "x", "choices": [{"index": 0, "delta": {
            "content": masked[i:i + 4]}, "finish_reason": None}]}).encode() + b"\n\n"
        for i in range(0, len(masked), 4))
    events += b'data: {"id": "x", "choices": [], "usage": {"total_tokens": 3}}\n\ndata: [DONE]\n\n'
    out = []
    for i in range(0, len(events), 7):
        out += stream.feed(events[i:i + 7])
    out += stream.finish()
    text = "".join(json.loads(e[6:])["choices"][0]["delta"]["content"] for e in out
                   if e.startswith(b"data: {"))
    assert text == TEXT
    assert stream.usage == {"total_tokens": 3}
    assert out[-1] == b"data: [DONE]\n\n"
