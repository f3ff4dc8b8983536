"""The deduce regression set (../shared/reference/pii-deduce-regression/), scored on the
types Regie shares with it. Thresholds sit just under what was measured; docs/privacy.md
explains the gaps (deduce's span habits, medical terms, one-digit-off phone numbers)."""

from __future__ import annotations

import pytest

from regie.privacy.entities import EntityType
from regie.privacy.evaluation import load_regression, regression_types, score
from regie.privacy.service import scan

# file, type: (minimum precision, minimum recall) with exact span matching
THRESHOLDS = {
    ("names.json", EntityType.PERSON): (0.65, 0.75),
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
