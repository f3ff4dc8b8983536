"""Every answer path through the official tree and through Regie's own tree ends in a
conclusion, and every question and conclusion is reachable."""

import json
from pathlib import Path

from regie.instruments.decision_tree import SCHEMA_NAMES, ai_act_profile, parse_tree
from regie.instruments.documents import read_document, schema_beside
from regie.instruments.service import BUILTIN


def _official(reference_dir):
    path = reference_dir / "ai-act-decision-tree" / "decision-tree.yaml"
    return parse_tree(
        read_document(path), source=str(path), schema=schema_beside(path, SCHEMA_NAMES)
    )


def test_it_walks_every_path_of_the_official_tree(reference_dir):
    tree = _official(reference_dir)
    report = tree.walk()
    assert report.dead_ends == []
    assert report.questions == set(tree.questions)
    assert report.conclusions == set(tree.conclusions)
    assert len(tree.questions) == 22 and len(tree.conclusions) == 50
    assert report.paths > 1000


def test_it_walks_every_path_of_regies_own_tree(reference_dir):
    schema = json.loads(
        (reference_dir / "ai-act-decision-tree" / "schema_decision_tree.json").read_text()
    )
    path = Path(BUILTIN[0])
    tree = parse_tree(read_document(path), source=str(path), schema=schema)
    report = tree.walk()
    assert report.dead_ends == []
    assert report.questions == set(tree.questions)
    assert report.conclusions == set(tree.conclusions)


def test_it_replays_an_official_path_into_a_register_profile(reference_dir):
    tree = _official(reference_dir)
    # Algorithm: yes; external application without changes; in use; general-purpose AI
    # system; no exception; start risk step; not prohibited; no Annex I; not Annex III;
    # not open source; transparency duty; no exception to it.
    steps = [
        ["1.1", 0],
        ["1.2", 4],
        ["1.3", 0],
        ["1.4.1", 1],
        ["1.4.2", 0],
        ["1.5", 1],
        ["2.0", 0],
        ["2.1", 1],
        ["2.3", 2],
        ["2.4", 1],
        ["2.11", 1],
        ["2.9", 0],
        ["2.10", 1],
    ]
    position = tree.replay(steps)
    assert position.finished and position.conclusion["conclusionId"] == "13.1.3"
    profile = ai_act_profile(position.labels)
    assert profile == {
        **profile,
        "risk": "transparency",
        "roles": ["deployer"],
        "gpai": True,
        "applies": True,
    }
