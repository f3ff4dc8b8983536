"""Dutch phone numbers, e-mail addresses and IP addresses."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "value",
    [
        "06-12345678",
        "06 12345678",
        "0612345678",
        "06 1234 5678",
        "06 12 34 56 78",
        "+31 6 12345678",
        "+31612345678",
        "0031 6 12345678",
        "+31 (0)6 1234 5678",
        "030-1234567",
        "030 123 4567",
        "(030) 123 4567",
        "0314-123456",
        "0517 123456",
        "020 - 1234567",
        "+31 20 123 4567",
        "088 755 55 55",
        "0800-1234",
        "(06)-5555 5555",
    ],
)
def test_it_finds_dutch_phone_formats(find, value):
    assert find(f"Bel mij op {value} na vijf uur.", "PHONE") == [("PHONE", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Het bedrag is € 1.234,56.",
        "zaaknummer Z-2024-001234",
        "op 01-02-2023 12 uur",
        "het getal 1234567890",
        "artikel 6:162 BW",
    ],
)
def test_it_ignores_phone_lookalikes(find, text):
    assert find(text, "PHONE") == []


def test_it_leaves_the_sentence_bracket_outside_the_number(find):
    assert find("Bel mevrouw (0201234567).", "PHONE") == [("PHONE", "0201234567")]
    assert find("Bel (020) 123 4567.", "PHONE") == [("PHONE", "(020) 123 4567")]


@pytest.mark.parametrize(
    "value",
    [
        "piet.visser@example.nl",
        "A.B.C.Naam@umcutrecht.nl",
        "achternaam_voornaam@gmail.com",
        "poli-x@zorg.nl",
    ],
)
def test_it_finds_email_addresses(find, value):
    assert find(f"Mail naar {value}.", "EMAIL") == [("EMAIL", value)]


def test_it_ignores_an_at_sign_without_domain(find):
    assert find("Vergadering @ stadhuis, of @gemeente op sociale media", "EMAIL") == []


def test_it_finds_ipv4_and_ipv6(find):
    text = "Inlog vanaf 192.168.1.10 en 2001:db8::8a2e:370:7334, niet 999.1.1.1."
    assert find(text, "IP_ADDRESS") == [
        ("IP_ADDRESS", "192.168.1.10"),
        ("IP_ADDRESS", "2001:db8::8a2e:370:7334"),
    ]


def test_it_ignores_times_and_versions_with_three_parts(find):
    assert find("om 10:30:00 uur, versie 2.1.4", "IP_ADDRESS") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Jorge,1988-10-03,+34 612 44 98 01,jf@example.es", "+34 612 44 98 01"),
        ("bel +44 (0)20 7946 0958 na tienen", "+44 (0)20 7946 0958"),
        ("of +1-202-555-0143.", "+1-202-555-0143"),
    ],
)
def test_it_finds_phone_numbers_abroad_in_international_form(find, text, value):
    assert find(text, "PHONE") == [("PHONE", value)]


def test_it_reads_no_bsn_inside_a_phone_number_abroad(find):
    assert find("Popescu;+40 721 334 556;ana@example.ro", "BSN") == []
    assert find("score +3 punten, +49 30 12345678901234567", "PHONE") == []


def test_an_address_written_against_spam_robots_is_an_email_address(find):
    text = "mail me op t.haile(at)gmail.com of p.jansen[at]ziggo.nl, niet via (at) de site"
    assert find(text) == [("EMAIL", "t.haile(at)gmail.com"), ("EMAIL", "p.jansen[at]ziggo.nl")]
