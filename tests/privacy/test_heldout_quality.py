"""Quality floors on the frozen held-out sets (tests/privacy/heldout/, see the README
there), strict matching: same type and exact span. The floors are issue 13's targets (names
precision and recall ≥ 0.95, dates of birth recall ≥ 0.95, overall precision ≥ 0.95) and,
per other type, what was measured when the sets were first scored, so a regression fails CI.
Set B is the honest measure: its individual errors are never looked at."""

from __future__ import annotations

from pathlib import Path

import pytest

from regie.privacy.evaluation import OVERALL, load_heldout, score
from regie.privacy.service import scan

HELDOUT = Path(__file__).resolve().parent / "heldout"
TARGETS = {"PERSON": (0.95, 0.95), "DATE_OF_BIRTH": (0.95, 0.95)}
OTHER_TYPES = ("BSN", "IBAN", "PHONE", "EMAIL", "POSTCODE", "ADDRESS", "ID_DOCUMENT")


@pytest.fixture(scope="module", params=["heldout.jsonl", "heldout_b.jsonl"])
def scored(request):
    documents = load_heldout(HELDOUT / request.param)
    return request.param, documents, score((d.labels, scan(d.text)) for d in documents)


def test_it_has_at_least_300_documents_with_exact_offsets(scored):
    _name, documents, _counts = scored
    assert len(documents) >= 300
    for document in documents:
        for label in document.labels:
            assert document.text[label.start : label.end] == label.text


@pytest.mark.parametrize("entity_type", sorted(TARGETS))
def test_it_meets_the_issue_targets(scored, entity_type):
    _name, _documents, counts = scored
    precision, recall = TARGETS[entity_type]
    assert counts[entity_type].precision >= precision, counts[entity_type]
    assert counts[entity_type].recall >= recall, counts[entity_type]


def test_it_keeps_overall_precision_at_095(scored):
    _name, _documents, counts = scored
    assert counts[OVERALL].precision >= 0.95, counts[OVERALL]


@pytest.mark.parametrize("entity_type", OTHER_TYPES)
def test_it_keeps_the_other_types_where_they_were(scored, entity_type):
    name, _documents, counts = scored
    if entity_type not in counts:
        pytest.skip(f"{name} has no {entity_type} labels")
    # One e-mail label in set A starts with a dot (a generator slip, kept: the set is frozen).
    floor = 0.98
    assert counts[entity_type].precision >= floor, counts[entity_type]
    assert counts[entity_type].recall >= floor, counts[entity_type]

