"""Names as calendars and attendee lists, community centres, reports about public space and
privacy requests write them (issue 13, points 1 and 2; fortieth round, from the development
probes)."""

from __future__ import annotations

import pytest

from tests.privacy.conftest import found_texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a common first name in lower case and a listed surname, without a cue
        (
            "kun je een mail maken? leidinggevende is ruud van leeuwen, die moet in cc.",
            ["ruud van leeuwen"],
        ),
        (
            "onderteken maar met de naam van sanne vermeulen, afdeling veiligheid",
            ["sanne vermeulen"],
        ),
        # more first names before the surname, also one the lists hold as a surname
        (
            "die oom heette gerrit jan van den akker en kwam uit apeldoorn",
            ["gerrit jan van den akker"],
        ),
        ("achtergrond: hij heet mehmet ali yilmaz en woont hier", ["mehmet ali yilmaz"]),
        # a double surname joined by a hyphen
        ("moeder heet anouk de jong-van dam, vader is onbekend", ["anouk de jong-van dam"]),
        # a month after a day is no first name
        ("kunnen we op 3 jan van start?", []),
    ],
)
def test_a_lower_case_first_name_with_a_listed_surname_is_a_name(text, names):
    assert found_texts(text) == names


def test_a_month_after_a_day_is_no_repeat_of_a_lower_case_first_name():
    text = "11 jan no show, pools k. nowak clt jan kowalczyk 60 min\n3 jan tel tolk arabisch\n"
    assert "jan kowalczyk" in found_texts(text)
    assert "jan" not in found_texts(text)
