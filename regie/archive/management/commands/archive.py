"""`regie archive [--date D]`: the daily run of the selection list; `regie archive export
--organization SLUG --output DIR`: what is kept, with MDTO metadata, for an e-Depot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from regie.archive.service import export_kept, run
from regie.core.commands import RegieCommand
from regie.core.errors import InputError
from regie.register.models import Organization


class Command(RegieCommand):
    help = ("Pas de selectielijst toe (dagelijks): vernietig wat geen goedkeuring nodig heeft, "
            "stel vernietigingslijsten op, respecteer bewaarplichten; of exporteer wat bewaard "
            "blijft met MDTO-metagegevens.")

    def add_arguments(self, parser):
        parser.add_argument("--date", help="doe alsof het deze dag is (JJJJ-MM-DD)")
        sub = parser.add_subparsers(dest="action")
        export = sub.add_parser("export", help="bewaarde stukken met MDTO voor een e-Depot")
        export.add_argument("--organization", required=True, help="korte naam")
        export.add_argument("--output", required=True, help="lege of nieuwe map")

    def handle(self, *args, action=None, **options):
        if action == "export":
            organization = Organization.objects.filter(slug=options["organization"]).first()
            if organization is None:
                raise InputError(f"--organization: onbekende organisatie "
                                 f"'{options['organization']}'")
            count = export_kept(organization, Path(options["output"]), actor=self.cli_actor())
            self.stdout.write(f"{count} stukken met MDTO-metagegevens in {options['output']}")
            return
        today = None
        if options["date"]:
            try:
                today = dt.date.fromisoformat(options["date"])
            except ValueError as exc:
                raise InputError(f"--date: '{options['date']}' is geen datum (JJJJ-MM-DD)"
                                 ) from exc
        report = run(today=today, actor=self.cli_actor())
        destroyed = ", ".join(f"{k}: {v}" for k, v in sorted(report.destroyed.items()))
        self.stdout.write(f"vernietigd zonder lijst: {destroyed or 'niets'}; bewaard wegens "
                          f"bewaarplicht: {report.held}; nieuwe vernietigingslijsten: "
                          f"{len(report.proposed_lists)}")
