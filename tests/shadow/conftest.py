"""Fixtures of the shadow-AI tests: the log samples and a helper to import one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from regie.audit.service import Actor
from regie.shadow.service import Mapping, import_and_refresh

SAMPLES = Path(__file__).parent / "samples"
MAPPINGS = {"csv": "swg-export.mapping.yaml", "jsonl": "mapping-jsonl.yaml"}
FILES = {"squid": "squid-access.log", "csv": "swg-export.csv", "jsonl": "proxy-events.jsonl",
         "bind": "bind-query.log", "unbound": "unbound.log"}


def mapping_for(log_format: str) -> Mapping | None:
    name = MAPPINGS.get(log_format)
    return Mapping.from_dict(yaml.safe_load((SAMPLES / name).read_text())) if name else None


@pytest.fixture
def import_sample(organization):
    def run(log_format: str, *, file: str | None = None, org=None):
        path = SAMPLES / (file or FILES[log_format])
        with path.open("rb") as stream:
            return import_and_refresh(stream, organization=org or organization,
                                      log_format=log_format, file_name=path.name,
                                      mapping=mapping_for(log_format),
                                      actor=Actor(via="cli", name="test"))
    return run
