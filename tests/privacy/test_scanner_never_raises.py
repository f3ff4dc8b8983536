"""The scanner's rules read the words around a candidate name (the word before it, the cell
it stands in, the line it opens). Texts pieced together from names, titles, cue words and
the punctuation and separators around them must never make a rule fail: a quote or bracket
alone before a name did (`person_context.institution_word_before`), and so did a line break
or a tab at the text's start before a surname that is also a word and a verb ("\tBos zegt":
`person_context._after_lower_word_or_comma` split the blanks before it and took the last word
of none). Long runs of one
character (blanks after a cue, a line of dashes, a word of capitals) are read like short
ones: two runs of blanks side by side in a pattern, or a pattern that reads a word to its
end from each of its capitals, made such a text take seconds (see bench/scanner_worst_case.py)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regie.privacy.service import scan

PUNCTUATION = list("\"“'()[]{},;|:.-/&+=~<> \t\n")
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
    '"achternaam": ',
    "<voornaam>",
    "INSERT INTO t (naam, geboortedatum) VALUES ('",
    "-----+-----",
    "|---|:--|",
    "Consulent: Dag ",
    "geboren achtentwintig mei negentienvijftig",
    "date of birth, eh,",
    "Bos zegt",
]


@settings(max_examples=1500, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from(PUNCTUATION + WORDS + PHRASES), st.booleans()), max_size=16)
)
def test_it_finds_what_it_finds_without_raising(pieces):
    text = "".join(piece + (" " if space else "") for piece, space in pieces)
    for entity in scan(text):
        assert text[entity.start : entity.end] == entity.text


# (cue or header, the character run repeated, what follows): what is found after a long run
# is what is found after a short one
RUNS = [
    ("Geboren: ", " ", "12-03-1980"),
    ("geb", " ", "12-03-1980"),
    ("date of birth", "\t", "1 May 1990"),
    ("Naam | Geboortedatum\n", "-", "\nJan Jansen | 12-03-1980"),
    ("Jan", " ", "Jansen woont hier"),
    ("Dhr. ", "A'", " Jansen, Kerkstraat 12"),
    ("Consulent:", " ", "Femke de Vries"),
]


@pytest.mark.parametrize(("before", "run", "after"), RUNS)
def test_a_long_run_of_one_character_is_read_like_a_short_one(before, run, after):
    short = [(e.type, e.text) for e in scan(before + run * 3 + after)]
    long = [(e.type, e.text) for e in scan(before + run * 20_000 + after)]
    assert short and long == short


def test_an_address_after_a_long_word_of_capitals_is_found():
    text = "A" * 40_000 + " Kerkstraat 12"
    assert [(e.type, e.text) for e in scan(text)] == [("ADDRESS", "Kerkstraat 12")]
