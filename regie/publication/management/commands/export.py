"""`regie export algoritmeregister|cmdb`: the register as Algoritmeregister records or CMDB list.

The records go to stdout (or `-o FILE`); the to-do list of every application goes to stderr.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from regie.core.commands import RegieCommand
from regie.core.errors import InputError
from regie.publication import service
from regie.register.models import Application, Organization


class Command(RegieCommand):
    help = "Het register exporteren: Algoritmeregister (JSON, standaard v1.0) of CMDB (CSV/Excel)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="target", required=True)
        register = sub.add_parser(
            "algoritmeregister", help="JSON-lijst, één registratie per toepassing (standaard v1.0)"
        )
        register.add_argument("-o", "--output", help="bestand (standaard: stdout)")
        register.add_argument(
            "--application",
            action="extend",
            nargs="+",
            default=[],
            metavar="SLUG",
            help="alleen deze toepassing(en)",
        )
        register.add_argument("--organization", metavar="SLUG", help="alleen deze organisatie")
        register.add_argument(
            "--definitions",
            metavar="V1_0_JSON",
            help="eigen kopie van de velddefinities (v1_0.json)",
        )
        register.add_argument(
            "--complete-only",
            action="store_true",
            help="alleen registraties zonder verplichte open punten",
        )
        cmdb = sub.add_parser("cmdb", help="CSV of Excel van alle processen die AI gebruiken")
        cmdb.add_argument("--format", choices=["csv", "xlsx"], default="csv")
        cmdb.add_argument("-o", "--output", help="bestand (verplicht voor xlsx)")
        cmdb.add_argument("--organization", metavar="SLUG", help="alleen deze organisatie")

    def _applications(self, organization: str | None, slugs: list[str]):
        queryset = Application.objects.all()
        if organization:
            org = Organization.objects.filter(slug=organization).first()
            if org is None:
                raise InputError(f"--organization: onbekende organisatie {organization!r}")
            queryset = queryset.filter(organization=org)
        if slugs:
            found = set(queryset.filter(slug__in=slugs).values_list("slug", flat=True))
            unknown = [slug for slug in slugs if slug not in found]
            if unknown:
                raise InputError(f"--application: onbekende toepassing {unknown[0]!r}")
            queryset = queryset.filter(slug__in=slugs)
        return queryset

    def handle(self, *args, target, output=None, organization=None, **options):
        if target == "algoritmeregister":
            self._algoritmeregister(output, organization, options)
        else:
            self._cmdb(output, organization, options["format"])

    def _algoritmeregister(self, output, organization, options):
        fields = (
            service.load_definitions(options["definitions"]) if options["definitions"] else None
        )
        mapped = service.algoritmeregister_records(
            self._applications(organization, options["application"]), fields=fields
        )
        for line in service.todo_report(mapped):
            self.stderr.write(line)
        chosen = [m for m in mapped if m.complete or not options["complete_only"]]
        text = json.dumps([m.record for m in chosen], ensure_ascii=False, indent=2)
        self._write(output, text.encode())
        incomplete = sum(1 for m in mapped if not m.complete)
        self.stderr.write(
            f"{len(chosen)} registratie(s) geëxporteerd; {incomplete} met verplichte open punten."
        )

    def _cmdb(self, output, organization, fmt):
        if fmt == "xlsx" and not output:
            raise InputError("-o: een Excel-bestand heeft een bestandsnaam nodig")
        rows = list(service.cmdb_rows(self._applications(organization, [])))
        service.record_cmdb_export(rows, actor=self.cli_actor(), fmt=fmt)
        data = service.cmdb_xlsx(rows) if fmt == "xlsx" else service.cmdb_csv(rows).encode()
        self._write(output, data)

    def _write(self, output: str | None, data: bytes) -> None:
        if not output:
            sys.stdout.buffer.write(data + (b"\n" if not data.endswith(b"\n") else b""))
            sys.stdout.flush()
            return
        try:
            Path(output).write_bytes(data)
        except OSError as exc:
            raise InputError(f"{output}: kan niet schrijven ({exc.strerror})") from exc
