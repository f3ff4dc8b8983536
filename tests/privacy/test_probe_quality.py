"""Floors on the hand-written development probe (tests/privacy/probe/, see its README): its
errors were read while improving the scanner, so these floors guard against losing what was
gained; held-out set B (test_heldout_quality.py) stays the honest measure."""

from __future__ import annotations

from pathlib import Path

import pytest

from regie.privacy.entities import EntityType
from regie.privacy.evaluation import load_heldout, score
from regie.privacy.service import scan

PROBE = Path(__file__).parent / "probe" / "probe_c.jsonl"
# type: (minimum precision, minimum recall), exact spans; a little under what was measured
FLOORS = {
    EntityType.PERSON: (0.97, 0.94),
    EntityType.DATE_OF_BIRTH: (0.99, 0.86),
    EntityType.PHONE: (0.99, 0.95),
    EntityType.BSN: (0.99, 0.99),
    EntityType.EMAIL: (0.99, 0.99),
}


@pytest.fixture(scope="module")
def counts():
    documents = load_heldout(PROBE)
    assert len(documents) == 150
    return score((d.labels, scan(d.text)) for d in documents)


@pytest.mark.parametrize("entity_type", list(FLOORS))
def test_it_keeps_its_quality_on_the_development_probe(counts, entity_type):
    precision, recall = FLOORS[entity_type]
    assert counts[entity_type].precision >= precision, counts[entity_type]
    assert counts[entity_type].recall >= recall, counts[entity_type]
