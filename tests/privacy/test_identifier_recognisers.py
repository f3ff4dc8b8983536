"""BSN, IBAN, payment cards, KvK and ID documents: checksums, formats, hard negatives."""

from __future__ import annotations

import pytest

from regie.privacy.checksums import elfproef, iban_valid, luhn
from regie.privacy.service import scan


@pytest.mark.parametrize(
    "text,value",
    [
        ("BSN 111222333 is bekend", "111222333"),
        ("burgerservicenummer: 123456782.", "123456782"),
        ("bsn 1234.56.782 staat vermeld", "1234.56.782"),
        ("nummer 123 456 782 van betrokkene", "123 456 782"),
    ],
)
def test_it_finds_a_bsn_that_passes_the_11_proef(find, text, value):
    assert find(text, "BSN") == [("BSN", value)]


@pytest.mark.parametrize(
    "text",
    [
        "BSN 111222334 is onjuist",  # fails the 11-proef
        "bsn: 000000000",
        "Factuurnummer 111222333 staat open",  # a reference, not a BSN
        "Bedrag € 111.222.333 voor het project",
        "kenmerk 1112223330 en 11122233",
    ],
)
def test_it_ignores_numbers_that_are_no_bsn(find, text):
    assert find(text, "BSN") == []


def test_it_reports_exact_offsets():
    text = "Betrokkene (BSN 111222333) woont hier."
    [entity] = scan(text)
    assert (entity.type, entity.start, entity.end) == ("BSN", 16, 25)
    assert text[entity.start : entity.end] == entity.text


def test_it_checks_the_elfproef_and_luhn_directly():
    assert elfproef("111222333") and not elfproef("111222334") and not elfproef("12345")
    assert luhn("4111111111111111") and not luhn("4111111111111112")


@pytest.mark.parametrize(
    "value",
    [
        "NL91 ABNA 0417 1643 00",
        "NL91ABNA0417164300",
        "BE68 5390 0754 7034",
        "DE89 3704 0044 0532 0130 00",
        "FR14 2004 1010 0505 0001 3M02 606",
    ],
)
def test_it_finds_valid_ibans_in_the_netherlands_and_the_eu(find, value):
    assert find(f"Maak het over naar {value}, graag.", "IBAN") == [("IBAN", value)]


@pytest.mark.parametrize(
    "value",
    [
        "NL92 ABNA 0417 1643 00",
        "NL91ABNA0417164301",
        "XX91 ABNA 0417 1643 00",
        "NL91 ABNA 0417 1643",
    ],
)
def test_it_rejects_ibans_that_fail_mod_97_or_length(find, value):
    assert find(f"Rekening {value} bestaat niet.", "IBAN") == []


def test_it_rejects_iban_check_digits_outside_02_to_98():
    assert iban_valid("NL91ABNA0417164300")
    assert not iban_valid("NL00ABNA0417164300")


@pytest.mark.parametrize(
    "value", ["4111 1111 1111 1111", "5500-0000-0000-0004", "4111111111111111", "3782 822463 10005"]
)
def test_it_finds_payment_cards_with_separators(find, value):
    assert find(f"Kaart {value} is geblokkeerd.", "CREDIT_CARD") == [("CREDIT_CARD", value)]


@pytest.mark.parametrize("value", ["4111 1111 1111 1112", "1234 5678 9012 3456"])
def test_it_ignores_card_numbers_failing_luhn_or_prefix(find, value):
    assert find(f"Kaart {value} is geblokkeerd.", "CREDIT_CARD") == []


def test_it_finds_kvk_numbers_only_with_context(find):
    assert find("ingeschreven bij de KvK onder nummer 12345678", "KVK") == [("KVK", "12345678")]
    assert find("Kamer van Koophandel 87654321", "KVK") == [("KVK", "87654321")]
    assert find("Het project kostte 12345678 euro", "KVK") == []


def test_it_finds_dutch_document_numbers(find):
    assert find("paspoortnummer SPECI2014", "ID_DOCUMENT") == [("ID_DOCUMENT", "SPECI2014")]
    assert find("ID-kaart IXL12H3K7 afgegeven", "ID_DOCUMENT") == [("ID_DOCUMENT", "IXL12H3K7")]
    assert find("rijbewijsnummer 5012345678", "ID_DOCUMENT") == [("ID_DOCUMENT", "5012345678")]


def test_it_ignores_document_lookalikes(find):
    # The letter O never occurs in a document number; ten digits need licence context.
    assert find("paspoort OO1234567", "ID_DOCUMENT") == []
    assert find("ordernummer 5012345678", "ID_DOCUMENT") == []
    assert find("code ABCDEFGH1 uit het systeem", "ID_DOCUMENT") == []
