"""`regie shadow import FILE --format F [--organization SLUG] [--mapping FILE]`."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from tqdm import tqdm

from regie.core.commands import RegieCommand
from regie.core.errors import InputError
from regie.register.models import Organization
from regie.shadow.service import FORMATS, Mapping, import_and_refresh


class Command(RegieCommand):
    help = "Proxy- en DNS-logs inlezen om gebruik van generatieve AI te vinden (schaduw-AI)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        load = sub.add_parser("import", help="een log inlezen")
        load.add_argument("file")
        load.add_argument("--format", dest="log_format", required=True, choices=FORMATS)
        load.add_argument("--organization", help="korte naam van de organisatie")
        load.add_argument("--mapping", help="YAML-bestand met de kolommen (csv, jsonl)")

    def handle(self, *args, action, file, log_format, organization, mapping, **options):
        path = Path(file)
        if not path.is_file():
            raise InputError(f"{file}: bestand niet gevonden")
        org = self._organization(organization)
        columns = self._mapping(mapping)
        with path.open("rb") as stream, tqdm(total=path.stat().st_size, unit="B",
                                              unit_scale=True, disable=None,
                                              file=sys.stderr) as bar:
            result = import_and_refresh(stream, organization=org, log_format=log_format,
                                        file_name=path.name, mapping=columns,
                                        actor=self.cli_actor(),
                                        progress=bar.update)
        if result.already_imported:
            self.stdout.write(f"{path.name}: al eerder ingelezen, niets gewijzigd.")
            return
        done = result.log_import
        self.stdout.write(
            f"{path.name}: {done.lines} regels, {done.matched} naar AI-diensten, "
            f"{done.skipped} onleesbaar.")
        for key, count in sorted(result.services.items(), key=lambda item: -item[1]):
            self.stdout.write(f"  {key}: {count}")

    @staticmethod
    def _organization(slug: str | None) -> Organization:
        if slug:
            found = Organization.objects.filter(slug=slug).first()
            if found is None:
                raise InputError(f"--organization: onbekende organisatie '{slug}'")
            return found
        organizations = list(Organization.objects.all()[:2])
        if len(organizations) != 1:
            raise InputError("--organization: geef de korte naam van de organisatie op")
        return organizations[0]

    @staticmethod
    def _mapping(file: str | None) -> Mapping | None:
        if not file:
            return None
        try:
            return Mapping.from_dict(yaml.safe_load(Path(file).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise InputError(f"--mapping {file}: koppeling niet te lezen als YAML") from exc
        except ValueError as exc:
            raise InputError(f"--mapping {file}: {exc}") from exc
