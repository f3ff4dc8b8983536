"""`regie dossier import|export|schema`.

The export is the dossier file: the declarations, exactly as import reads them. It also says
which of the facts Regie evidences are evidenced and which only declared (they do not
count): as comments after a YAML export, on standard error beside a JSON export."""

from __future__ import annotations

import json

import yaml

from regie.core.commands import RegieCommand
from regie.core.errors import InputError
from regie.register import dossier as fmt
from regie.register.constants import Status
from regie.register.evidence import fact_lines
from regie.register.models import Application
from regie.register.service import (
    dossier_for,
    evidenced_dossier,
    import_dossier,
    with_dossier_relations,
)


def dump(data: dict, fmt_name: str) -> str:
    if fmt_name == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


class Command(RegieCommand):
    help = "Dossiers importeren, exporteren en het JSON Schema tonen."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="toepassing aanmaken of bijwerken uit een dossier")
        imp.add_argument("file")
        imp.add_argument("--status", choices=Status.values)
        exp = sub.add_parser("export", help="dossier van een toepassing")
        exp.add_argument("slug")
        exp.add_argument("--format", choices=["yaml", "json"], default="yaml")
        sub.add_parser("schema", help="JSON Schema van het dossierformaat")

    def handle(self, *args, action, **options):
        if action == "schema":
            self.stdout.write(json.dumps(fmt.dossier_schema(), ensure_ascii=False, indent=2))
        elif action == "import":
            data = fmt.load_dossier_file(options["file"])
            try:
                application, created = import_dossier(data, actor=self.cli_actor(),
                                                      status=options.get("status"))
            except fmt.DossierError as exc:
                raise fmt.DossierError(exc.problem, field=exc.field,
                                       source=options["file"]) from exc
            self.stderr.write(f"{'Aangemaakt' if created else 'Bijgewerkt'}: {application.name}")
            self.stdout.write(application.slug)
        else:
            application = with_dossier_relations(Application.objects.all()).filter(
                slug=options["slug"]).first()
            if application is None:
                raise InputError(f"geen toepassing met kenmerk {options['slug']!r}")
            lines = fact_lines(evidenced_dossier(application)[1])
            self.stdout.write(dump(dossier_for(application), options["format"]), ending="")
            if options["format"] == "yaml":
                self.stdout.write("".join(f"# {line}\n" for line in lines), ending="")
            else:
                self.stderr.write("\n".join(lines))
