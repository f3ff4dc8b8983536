"""Restoring placeholders in a streamed answer, whatever the chunk boundaries."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from regie.privacy.service import StreamRestorer

MAPPING = {"[BSN-1]": "111222333", "[PERSON-12]": "mevrouw De Vries"}
ANSWER = "Beste [PERSON-12], uw BSN [BSN-1] is bekend. [noot] [BSN-1]"
EXPECTED = "Beste mevrouw De Vries, uw BSN 111222333 is bekend. [noot] 111222333"


def _stream(chunks: list[str]) -> str:
    restorer = StreamRestorer(MAPPING)
    return "".join(restorer.feed(chunk) for chunk in chunks) + restorer.flush()


def test_it_restores_a_placeholder_split_over_two_chunks():
    restorer = StreamRestorer(MAPPING)
    assert restorer.feed("uw BSN [BS") == "uw BSN "
    assert restorer.feed("N-1] klopt") == "111222333 klopt"
    assert restorer.flush() == ""


def test_it_restores_at_every_single_split_point():
    for cut in range(len(ANSWER) + 1):
        assert _stream([ANSWER[:cut], ANSWER[cut:]]) == EXPECTED


def test_it_restores_one_character_at_a_time():
    assert _stream(list(ANSWER)) == EXPECTED


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(ANSWER)), max_size=8))
def test_it_restores_any_chunking(cuts):
    points = sorted(set(cuts))
    chunks = [ANSWER[a:b] for a, b in zip([0, *points], [*points, len(ANSWER)], strict=True)]
    assert _stream(chunks) == EXPECTED


def test_it_flushes_an_unfinished_bracket_unchanged():
    restorer = StreamRestorer(MAPPING)
    assert restorer.feed("prijs [BSN-") == "prijs "
    assert restorer.flush() == "[BSN-"


def test_it_does_not_hold_back_plain_text():
    restorer = StreamRestorer(MAPPING)
    assert restorer.feed("Hallo wereld") == "Hallo wereld"
    assert restorer.feed(" [noot] en meer") == " [noot] en meer"


def test_it_escapes_values_inside_json_tool_call_arguments():
    mapping = {"[PERSON-1]": 'Jan "de Smid" Jansen'}
    restorer = StreamRestorer(mapping, json_string=True)
    streamed = restorer.feed('{"naam": "[PERS') + restorer.feed('ON-1]"}') + restorer.flush()
    assert json.loads(streamed) == {"naam": 'Jan "de Smid" Jansen'}
