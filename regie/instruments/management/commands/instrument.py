"""`regie instrument load PATH`, `regie instrument fetch [--url BASE]`,
`regie instrument check PATH|URL` and `regie instrument list`."""

from __future__ import annotations

from regie.core.commands import RegieCommand
from regie.instruments import service
from regie.instruments.models import InstrumentVersion


class Command(RegieCommand):
    help = "Instrumenten laden (beslisboom, vragenlijst, Algoritmekader) en tonen."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        load = sub.add_parser("load", help="een instrumentbestand, -map of -archief laden")
        load.add_argument("path")
        fetch = sub.add_parser(
            "fetch", help="de officiële beslishulp, pre-scan DPIA, DPIA en IAMA ophalen en laden"
        )
        fetch.add_argument(
            "--url",
            default="",
            help="adres van een kopie van de officiële bestanden (standaard: REGIE_INSTRUMENT_URL, "
            "anders de officiële repositories)",
        )
        check = sub.add_parser(
            "check", help="vergelijken met wat geladen is, zonder te laden (0 gelijk, 1 anders)"
        )
        check.add_argument("location", metavar="PATH|URL")
        sub.add_parser("list", help="geladen instrumenten")

    def handle(self, *args, action, **options):
        if action == "check":
            from regie.aiact.changes import check_file

            equal, lines = check_file(options["location"])
            if equal:
                self.stdout.write(f"Gelijk aan wat geladen is: {options['location']}")
                return
            self.stdout.write("\n".join(lines))
            raise SystemExit(1)
        if action == "load":
            version, created = service.load_instrument(options["path"], actor=self.cli_actor())
            for warning in version.content.get("warnings", []) if created else []:
                self.stderr.write(f"Let op: {warning}")
            if created:
                self.stdout.write(f"Geladen: {version} ({version.key}, {version.sha256[:12]})")
            else:
                self.stdout.write(f"Al geladen, overgeslagen: {version} ({version.key})")
            return
        if action == "fetch":
            for version, created in service.fetch_official(
                options["url"], actor=self.cli_actor()
            ):
                state = "Geladen" if created else "Al geladen, overgeslagen"
                self.stdout.write(f"{state}: {version} ({version.key}, {version.source})")
            return
        service.ensure_builtin_instruments()
        self.stdout.write(f"{'sleutel':28} {'versie':8} {'geladen':16} {'bron':9} naam")
        for item in InstrumentVersion.objects.order_by("key", "-loaded_at", "-pk"):
            origin = "regie" if item.builtin else "geladen"
            self.stdout.write(
                f"{item.key[:28]:28} {item.version[:8]:8} "
                f"{item.loaded_at:%Y-%m-%d %H:%M} {origin:9} {item.name}"
            )
