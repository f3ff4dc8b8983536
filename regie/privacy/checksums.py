"""Check-digit rules of Dutch and European identifiers (pure functions on digit strings)."""

from __future__ import annotations

from operator import mul

# Length of the IBAN per country (SEPA countries and a few neighbours).
IBAN_LENGTHS = {
    "NL": 18,
    "BE": 16,
    "DE": 22,
    "FR": 27,
    "LU": 20,
    "AT": 20,
    "CH": 21,
    "IT": 27,
    "ES": 24,
    "PT": 25,
    "IE": 22,
    "GB": 22,
    "DK": 18,
    "FI": 18,
    "SE": 24,
    "NO": 15,
    "PL": 28,
    "CZ": 24,
    "SK": 24,
    "HU": 28,
    "SI": 19,
    "HR": 21,
    "RO": 24,
    "BG": 22,
    "GR": 27,
    "CY": 28,
    "MT": 31,
    "EE": 20,
    "LV": 21,
    "LT": 20,
    "IS": 26,
    "LI": 21,
    "MC": 27,
    "SM": 27,
}


ELFPROEF_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)
# Luhn doubles every second digit from the right and adds the digits of the product.
LUHN_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)
# The letters of an IBAN count as the numbers 10 (A) to 35 (Z) in its mod-97 check.
IBAN_LETTER_NUMBERS = {ord(letter): str(int(letter, 36)) for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def elfproef(digits: str) -> bool:
    """The BSN 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (not all zeros)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    return sum(map(mul, map(int, digits), ELFPROEF_WEIGHTS)) % 11 == 0


def iban_valid(compact: str) -> bool:
    """ISO 13616: known country length and mod-97 of the rearranged number equals 1."""
    compact = compact.upper()
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    if not 2 <= int(compact[2:4]) <= 98:  # ISO 13616 check digits run from 02 to 98
        return False
    rearranged = compact[4:] + compact[:4]
    if not rearranged.isalnum():
        return False
    return int(rearranged.translate(IBAN_LETTER_NUMBERS)) % 97 == 1


def luhn(digits: str) -> bool:
    """The Luhn check used by payment cards."""
    if not digits.isdigit():
        return False
    values = list(map(int, digits))
    total = sum(values[-1::-2]) + sum(map(LUHN_DOUBLED.__getitem__, values[-2::-2]))
    return total % 10 == 0
