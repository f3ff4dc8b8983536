"""`regie algoritmeregister check|publish|retract`: read records, and publish to the register."""

from __future__ import annotations

from regie.core.commands import RegieCommand
from regie.core.errors import InputError
from regie.publication import service
from regie.register.models import Application


class Command(RegieCommand):
    help = "Registraties volgens standaard v1.0 controleren, publiceren of terugtrekken."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        check = sub.add_parser("check", help="registratiebestanden (v1.0) inlezen en controleren")
        check.add_argument("files", nargs="+")
        for name, text in (("publish", "aanleveren en vrijgeven"), ("retract", "terugtrekken")):
            sub.add_parser(name, help=text).add_argument("slug")

    def handle(self, *args, action, **options):
        if action == "check":
            return self._check(options["files"])
        application = Application.objects.filter(slug=options["slug"]).first()
        if application is None:
            raise InputError(f"onbekende toepassing {options['slug']!r}")
        client = service.AlgoritmeregisterClient(service.config_from_env())
        with client:
            if action == "publish":
                publication = service.publish(application, actor=self.cli_actor(), client=client)
                self.stdout.write(f"Gepubliceerd als {publication.lars}: {publication.preview_url}")
            else:
                service.retract(application, actor=self.cli_actor(), client=client)
                self.stdout.write(f"Teruggetrokken: {application.slug}")

    def _check(self, files):
        invalid = 0
        for path in files:
            for read in service.read_record_file(path):
                for problem in read.problems:
                    self.stdout.write(f"{read.source}: {problem}")
                invalid += bool(read.problems)
                if not read.problems:
                    self.stdout.write(f"{read.source}: geldig")
        if invalid:
            raise InputError(f"{invalid} registratie(s) voldoen niet aan standaard v1.0")
