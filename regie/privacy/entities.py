"""The entity types the scanner reports (fixed by the design brief) and the Entity record."""

from __future__ import annotations

from typing import NamedTuple

from django.db import models


class EntityType(models.TextChoices):
    BSN = "BSN", "Burgerservicenummer"
    IBAN = "IBAN", "IBAN-rekeningnummer"
    PHONE = "PHONE", "Telefoonnummer"
    EMAIL = "EMAIL", "E-mailadres"
    POSTCODE = "POSTCODE", "Postcode"
    ADDRESS = "ADDRESS", "Adres"
    PERSON = "PERSON", "Persoonsnaam"
    DATE_OF_BIRTH = "DATE_OF_BIRTH", "Geboortedatum"
    LICENSE_PLATE = "LICENSE_PLATE", "Kenteken"
    ID_DOCUMENT = "ID_DOCUMENT", "Nummer identiteitsbewijs"
    KVK = "KVK", "KvK-nummer"
    CREDIT_CARD = "CREDIT_CARD", "Creditcardnummer"
    IP_ADDRESS = "IP_ADDRESS", "IP-adres"
    CONFIDENTIAL = "CONFIDENTIAL", "Rubriceringsmarkering"


class Entity(NamedTuple):
    """One finding: `text == input[start:end]` always holds. (A named tuple: the scanner
    makes thousands per second, and a frozen dataclass is several times slower to build.)"""

    type: str
    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return self._asdict()
