"""The scanner's rules read the words around a candidate name (the word before it, the cell
it stands in, the line it opens). Texts pieced together from names, titles, cue words and
the punctuation and separators around them must never make a rule fail: a quote or bracket
alone before a name did (`person_context.institution_word_before`)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regie.privacy.service import scan

PUNCTUATION = list("\"“'()[,;|:.-/&+ \t\n")
WORDS = """van de Van der Jan Jansen mevrouw Mevrouw dhr. ziekte wet afdeling zoon Iryna casus
Hotel team Drees -kamer 12-03-1980 geb. from Sofia minister Heinen Naam rosalie belt broer
yonas tesfaye İ @Copilot""".split()
PHRASES = [
    "his wife",
    "KARIMI, Zahra",
    "Hoogeveen, A.",
    "ik ben",
    "I am",
    "Geb.datum hoofdaanvrager",
    "Kerkstraat 12-II",
]


@settings(max_examples=1500, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from(PUNCTUATION + WORDS + PHRASES), st.booleans()), max_size=16)
)
def test_it_finds_what_it_finds_without_raising(pieces):
    text = "".join(piece + (" " if space else "") for piece, space in pieces)
    for entity in scan(text):
        assert text[entity.start : entity.end] == entity.text
