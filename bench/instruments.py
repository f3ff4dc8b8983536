"""Benchmark of the instrument engines on the official files.

Walks every answer path of the official "Beslishulp AI-verordening" (and of Regie's own
tree) and evaluates the official pre-scan's calculations and assessment rules on 10,000
random answer sets. Prints a table; no database needed.

    python bench/instruments.py [REFERENCE_DIR]
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from regie.instruments.decision_tree import SCHEMA_NAMES as TREE_SCHEMAS  # noqa: E402
from regie.instruments.decision_tree import parse_tree  # noqa: E402
from regie.instruments.documents import read_document, schema_beside  # noqa: E402
from regie.instruments.questionnaire import (  # noqa: E402
    CHOICE_TYPES,
    MULTI_TYPES,
    parse_questionnaire,
)

ANSWER_SETS = 10_000


def reference_dir() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    return Path(os.environ.get("REGIE_REFERENCE_DIR", REPO.parent / "shared" / "reference"))


def random_answers(form, rng: random.Random) -> dict:
    answers: dict = {}
    for task in form.tasks.values():
        if not task.answerable or rng.random() < 0.2:
            continue
        values = [value for value, _label in task.options]
        if task.kind in CHOICE_TYPES:
            answers[task.id] = rng.choice(values)
        elif task.kind in MULTI_TYPES:
            answers[task.id] = [v for v in values if rng.random() < 0.3]
        else:
            answers[task.id] = "tekst"
    return answers


def main() -> None:
    ref = reference_dir()
    rows = []
    for label, path in (
        ("officiële beslisboom", ref / "ai-act-decision-tree" / "decision-tree.yaml"),
        ("Regie-beslisboom", REPO / "regie" / "instruments" / "data" / "ai_act_generative.yaml"),
    ):
        started = time.perf_counter()
        tree = parse_tree(
            read_document(path), source=str(path), schema=schema_beside(path, TREE_SCHEMAS)
        )
        loaded = time.perf_counter()
        report = tree.walk()
        walked = time.perf_counter()
        assert not report.dead_ends and report.conclusions == set(tree.conclusions)
        rows.append(
            (
                f"{label}: alle paden",
                report.paths,
                loaded - started,
                walked - loaded,
                (walked - loaded) / report.paths,
            )
        )
    path = ref / "dpia-prescan" / "prescan.yaml"
    started = time.perf_counter()
    prescan = parse_questionnaire(
        read_document(path),
        source=str(path),
        schema=schema_beside(path, ("assessment-definition.v2.schema.json",)),
    )
    loaded = time.perf_counter()
    rng = random.Random(2026)
    sets = [random_answers(prescan, rng) for _ in range(ANSWER_SETS)]
    counts: dict[str, int] = {}
    begun = time.perf_counter()
    for answers in sets:
        outcome = prescan.evaluate(answers)
        assert not outcome.errors, outcome.errors
        for item in outcome.assessments:
            if item["level"]:
                counts[f"{item['id']} {item['level']}"] = (
                    counts.get(f"{item['id']} {item['level']}", 0) + 1
                )
    done = time.perf_counter()
    rows.append(
        (
            "pre-scan: regels op willekeurige antwoorden",
            ANSWER_SETS,
            loaded - started,
            done - begun,
            (done - begun) / ANSWER_SETS,
        )
    )

    print(f"{'meting':46} {'aantal':>8} {'laden (s)':>10} {'totaal (s)':>11} {'per stuk (ms)':>14}")
    for name, count, load_time, total, each in rows:
        print(f"{name:46} {count:8d} {load_time:10.3f} {total:11.3f} {each * 1000:14.4f}")
    print()
    print("uitkomsten pre-scan: " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
