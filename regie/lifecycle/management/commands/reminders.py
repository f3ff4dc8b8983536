"""`regie reminders`: send today's reminders by e-mail; safe to run more than once a day.
(Gateway content past its retention is deleted by `regie archive`, which honours legal
holds.)"""

from __future__ import annotations

import datetime as dt

from regie.core.commands import RegieCommand
from regie.core.errors import InputError
from regie.gateway.service import purge_stale_counters
from regie.lifecycle.service import send_reminders


class Command(RegieCommand):
    help = ("Verstuur de herinneringen van vandaag: evaluaties, open voorwaarden, aflopende "
            "contracten en trainingen, termijnen van datalekken. Draai dagelijks.")

    def add_arguments(self, parser):
        parser.add_argument("--date", help="doe alsof het deze dag is (JJJJ-MM-DD)")

    def handle(self, *args, **options):
        today = None
        if options["date"]:
            try:
                today = dt.date.fromisoformat(options["date"])
            except ValueError as exc:
                raise InputError(f"--date: '{options['date']}' is geen datum "
                                 "(JJJJ-MM-DD)") from exc
        counts = send_reminders(today=today)
        purge_stale_counters(actor=self.cli_actor())
        self.stdout.write(f"verstuurd: {counts['sent']}, al eerder verstuurd: "
                          f"{counts['skipped']}, mislukt: {counts['failed']}")
        if counts["failed"]:
            raise SystemExit(1)
