"""Realistic dossiers with the decision and instruments the seeds' text gives them.

Each file says in its comments what is expected (`# expect-decision`, `# expect-instruments`)
and which sentence of the seeds decides it (`# source:`)."""

import re
from pathlib import Path

import pytest
import yaml

from regie.policy.engine import evaluate
from regie.register.dossier import load_dossier_file

DOSSIERS = sorted((Path(__file__).parent / "dossiers").glob("*.yaml"))


def _expectations(path: Path) -> tuple[str, list[str], list[str]]:
    text = path.read_text(encoding="utf-8")
    decision = re.search(r"^# expect-decision: (\w+)$", text, re.M).group(1)
    instruments = yaml.safe_load(re.search(r"^# expect-instruments: (.*)$", text, re.M).group(1))
    sources = re.findall(r"^# source: (.+)$", text, re.M)
    return decision, instruments, sources


def test_it_has_at_least_thirty_dossiers_covering_every_decision():
    assert len(DOSSIERS) >= 30
    assert {_expectations(p)[0] for p in DOSSIERS} == {"allowed", "conditional", "not_allowed"}


@pytest.mark.parametrize("path", DOSSIERS, ids=lambda p: p.stem)
def test_it_decides_the_dossier_as_the_seeds_say(path):
    decision, instruments, sources = _expectations(path)
    assert sources, "every dossier names the sentence that decides it"
    result = evaluate(load_dossier_file(path))
    open_findings = [(f.level, f.rule) for f in result.findings if f.level != "advice"]
    assert result.decision == decision, open_findings
    assert list(result.required_instruments) == instruments
