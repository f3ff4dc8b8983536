"""`regie evaluate FILE [--format text|json]`: a dossier file against the active policy.

A file holds declarations only; the command says so (on stderr, so the JSON on stdout stays
exactly the design's object). In the register, facts Regie evidences come from its records."""

from __future__ import annotations

import json

from regie.core.commands import RegieCommand
from regie.policy.engine import evaluate
from regie.policy.service import cli_policy
from regie.policy.text import render
from regie.register.dossier import load_dossier_file

DECLARATIONS_NOTE = (
    "Let op: dit toetst de verklaringen in het bestand. In het register tellen voor "
    "instrumenten, adviezen, publicatie, CMDB, training en leveranciersafspraken alleen de "
    "registraties in Regie."
)


class Command(RegieCommand):
    help = "Een dossierbestand (YAML of JSON) toetsen aan het actieve beleid."
    requires_system_checks: list = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, file, format, **options):
        dossier = load_dossier_file(file)
        result = evaluate(dossier, cli_policy(dossier.get("organization")))
        if format == "json":
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(render(result, name=dossier.get("name") or ""), ending="")
        self.stderr.write(DECLARATIONS_NOTE)
