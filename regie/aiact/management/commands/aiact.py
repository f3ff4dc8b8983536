"""`regie aiact obligations SLUG` and `regie aiact eu-database SLUG [-o FILE]`."""

from __future__ import annotations

import json
from pathlib import Path

from regie.aiact import service
from regie.core.commands import RegieCommand
from regie.core.errors import InputError
from regie.register.models import Application


class Command(RegieCommand):
    help = "Verplichtingen uit de AI-verordening en de registratie in de EU-databank."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        duties = sub.add_parser("obligations", help="verplichtingen van een toepassing")
        duties.add_argument("slug")
        export = sub.add_parser("eu-database", help="bijlage VIII afdeling C als JSON")
        export.add_argument("slug")
        export.add_argument("-o", "--output", help="bestand (standaard: scherm)")

    def handle(self, *args, action, slug, **options):
        application = Application.objects.filter(slug=slug).first()
        if application is None:
            raise InputError(f"slug: onbekende toepassing '{slug}'")
        if action == "obligations":
            for item in service.sync_obligations(application, actor=self.cli_actor()):
                state = item.get_status_display() if item.applies else "vervallen"
                due = f"{item.due_date:%Y-%m-%d}" if item.due_date else "-"
                self.stdout.write(f"{item.code:34} {state:20} {due:10} {item.article}")
            return
        text = json.dumps(service.eu_database_export(application), ensure_ascii=False,
                          indent=2)
        if options.get("output"):
            try:
                Path(options["output"]).write_text(text + "\n", encoding="utf-8")
            except OSError as exc:
                raise InputError(f"{options['output']}: schrijven mislukt ({exc})") from exc
            self.stdout.write(f"Geschreven: {options['output']}")
        else:
            self.stdout.write(text)
