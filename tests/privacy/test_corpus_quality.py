"""The quality suite: minimum scores on Regie's labelled synthetic corpus (540 documents)."""

from __future__ import annotations

import pytest

from regie.privacy.corpus import KINDS, generate
from regie.privacy.entities import EntityType
from regie.privacy.evaluation import OVERALL, score
from regie.privacy.service import scan

MINIMUM_RECALL = {
    EntityType.BSN: 0.99,
    EntityType.IBAN: 0.99,
    EntityType.CREDIT_CARD: 0.99,
    EntityType.PHONE: 0.95,
    EntityType.EMAIL: 0.95,
    EntityType.POSTCODE: 0.95,
    EntityType.LICENSE_PLATE: 0.95,
    EntityType.PERSON: 0.90,
    EntityType.ADDRESS: 0.90,
    EntityType.DATE_OF_BIRTH: 0.95,
    EntityType.ID_DOCUMENT: 0.95,
    EntityType.KVK: 0.95,
    EntityType.IP_ADDRESS: 0.95,
    EntityType.CONFIDENTIAL: 0.95,
}


@pytest.fixture(scope="module")
def corpus():
    return generate()


@pytest.fixture(scope="module")
def scores(corpus):
    return score((document.labels, scan(document.text)) for document in corpus)


def test_it_generates_at_least_500_documents_of_every_kind(corpus):
    assert len(corpus) >= 500
    assert {document.kind for document in corpus} == set(KINDS)
    for document in corpus:
        assert all(document.text[e.start : e.end] == e.text for e in document.labels)


def test_it_generates_the_same_corpus_for_the_same_seed(corpus):
    again = generate(count=12)
    assert [(d.text, d.labels) for d in again] == [(d.text, d.labels) for d in corpus[:12]]
    assert generate(count=3, seed=7)[0].text != corpus[0].text


@pytest.mark.parametrize("entity_type", list(MINIMUM_RECALL))
def test_it_reaches_the_minimum_recall(scores, entity_type):
    assert scores[entity_type].tp >= 20, "too few examples to measure"
    assert scores[entity_type].recall >= MINIMUM_RECALL[entity_type], scores[entity_type]


def test_it_reaches_the_minimum_overall_precision(scores):
    assert scores[OVERALL].precision >= 0.95, scores[OVERALL]


def test_it_finds_no_invalid_identifiers(corpus):
    # Every invalid BSN / IBAN / card is written unlabelled into the text: any finding of
    # those types outside a label is a false positive and would show here.
    result = score(
        ((d.labels, scan(d.text)) for d in corpus),
        types=[EntityType.BSN, EntityType.IBAN, EntityType.CREDIT_CARD],
    )
    assert result[OVERALL].fp == 0, result
