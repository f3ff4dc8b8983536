"""Importing this package registers every built-in recogniser."""

from regie.privacy.recognisers import contact, identifiers, markings, persons, places
from regie.privacy.recognisers.base import Recogniser, Registry, registry

__all__ = [
    "Recogniser",
    "Registry",
    "contact",
    "identifiers",
    "markings",
    "persons",
    "places",
    "registry",
]
