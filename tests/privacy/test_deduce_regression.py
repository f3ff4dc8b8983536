"""The deduce regression set (../shared/reference/pii-deduce-regression/), scored on the
types Regie shares with it. Thresholds sit just under what was measured; docs/privacy.md
explains the gaps (deduce's span habits, medical terms, one-digit-off phone numbers)."""

from __future__ import annotations

import pytest

from regie.privacy.entities import Entity, EntityType
from regie.privacy.evaluation import load_regression, name_core, regression_types, score
from regie.privacy.service import scan

# deduce 3.0's F1 on its own name phrases, measured by bench/privacy.py (strict and name core
# alike: P 0.986, R 0.959).
DEDUCE_NAMES_F1 = 0.972

# file, type: (minimum precision, minimum recall) with exact span matching
THRESHOLDS = {
    ("names.json", EntityType.PERSON): (0.90, 0.90),
    ("phone_numbers.json", EntityType.PHONE): (0.95, 0.90),
    ("emails.json", EntityType.EMAIL): (1.0, 1.0),
    ("identifiers.json", EntityType.BSN): (1.0, 1.0),
    ("locations.json", EntityType.ADDRESS): (0.95, 0.85),
    ("locations.json", EntityType.POSTCODE): (0.95, 0.95),
}


@pytest.fixture(scope="module")
def regression():
    from tests.conftest import REFERENCE

    return load_regression(REFERENCE / "pii-deduce-regression")


def test_it_reads_the_regression_set(reference_dir, regression):
    assert (reference_dir / "pii-deduce-regression" / "names.json").is_file()
    assert len(regression["names.json"]) == 124
    assert len(regression["phone_numbers.json"]) == 47


@pytest.mark.parametrize("name,entity_type", list(THRESHOLDS))
def test_it_meets_the_measured_thresholds(regression, name, entity_type):
    documents = regression[name]
    counts = score(((d.labels, scan(d.text)) for d in documents), types=[entity_type])
    result = counts[entity_type]
    precision, recall = THRESHOLDS[(name, entity_type)]
    assert result.precision >= precision, result
    assert result.recall >= recall, result


def test_it_finds_no_birth_date_in_dates_without_context(regression):
    documents = regression["dates.json"]
    assert len(documents) == 57
    assert regression_types()["dates.json"] == [EntityType.DATE_OF_BIRTH]
    assert all(e.type != EntityType.DATE_OF_BIRTH for d in documents for e in scan(d.text))


def test_it_finds_names_better_than_deduce_on_its_own_phrases(regression):
    """Compared on the name core (titles, forms of address and particles at the start and a
    final dot left out of both the annotation and the findings, as for every engine in the
    benchmark), because deduce's annotations include them in some phrases and not in others."""
    documents = regression["names.json"]
    pairs = [(d.labels, scan(d.text)) for d in documents]
    core = score(pairs, types=[EntityType.PERSON], core=True)[EntityType.PERSON]
    assert core.f1 > DEDUCE_NAMES_F1, core
    strict = score(pairs, types=[EntityType.PERSON])[EntityType.PERSON]
    assert strict.f1 >= 0.90, strict


@pytest.mark.parametrize(
    "span,core",
    [
        ("de heer J. van Dijk", "J. van Dijk"),
        ("de weledelgeleerde heer Visser", "Visser"),
        ("Mw. Prof. Dr. A.B. de Vries", "A.B. de Vries"),
        ("van der Sluis", "Sluis"),
        ("El Ahmadi", "Ahmadi"),
        ("Prof. Dr. Th.", "Th"),
        ("Mevrouw", "Mevrouw"),
    ],
)
def test_it_compares_names_on_their_core(span, core):
    entity = name_core(Entity(EntityType.PERSON, 10, 10 + len(span), span))
    assert entity.text == core
    assert entity.end - entity.start == len(core)
    assert span[entity.start - 10 : entity.end - 10] == core
    phone = Entity(EntityType.PHONE, 0, 3, "06.")
    assert name_core(phone) is phone
