"""Fixtures of the AI-Act tests: the official decision tree's paths and applications."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from regie.instruments.decision_tree import DecisionTree
from regie.instruments.documents import read_document
from regie.register.models import Application


def tree_paths(tree: DecisionTree) -> Iterator[tuple[list[list], list[str], str]]:
    """Every answer path through the tree: (steps, labels, conclusion id)."""
    stack = [(tree.first_question_id, [], [])]
    while stack:
        question_id, steps, labels = stack.pop()
        for index, answer in enumerate(tree.questions[question_id]["answers"]):
            new_labels = labels + [x for x in answer.get("labels", []) if x not in labels]
            new_steps = [*steps, [question_id, index]]
            target = tree.next_target(question_id, index, new_labels)
            if target.kind == "conclusion":
                yield new_steps, new_labels, target.id
            else:
                stack.append((target.id, new_steps, new_labels))


@pytest.fixture(scope="session")
def official_tree() -> DecisionTree:
    from tests.conftest import REFERENCE

    return DecisionTree(read_document(REFERENCE / "ai-act-decision-tree" / "decision-tree.yaml"))


@pytest.fixture
def make_application(organization, make_user):
    """`make_application(**fields)` → an application owned by a projectleider."""
    counter = iter(range(1, 1000))

    def factory(*, owner=None, **fields) -> Application:
        n = next(counter)
        owner = owner or make_user("projectleider", username=f"eigenaar{n}")
        defaults = {"name": f"Toepassing {n}", "slug": f"toepassing-{n}",
                    "owner": owner, "owner_email": owner.email, "created_by": owner,
                    "status": "draft"}
        return Application.objects.create(organization=organization,
                                          **{**defaults, **fields})

    return factory
