"""`regie register import FILE`: load a public Algoritmeregister dump."""

from tqdm import tqdm

from regie.core.commands import RegieCommand
from regie.register.public_register import import_public_register, read_records


class Command(RegieCommand):
    help = "Een export van het openbare Algoritmeregister inlezen."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="algoritmes.json inlezen (herhaalbaar)")
        imp.add_argument("file")
        imp.add_argument("--no-progress", action="store_true", help="geen voortgangsbalk")

    def handle(self, *args, action, file, no_progress=False, **options):
        records = read_records(file)

        def progress(items):
            return tqdm(items, total=len(records), desc="Inlezen", unit="algoritme",
                        disable=no_progress, file=self.stderr._out)

        result = import_public_register(records, actor=self.cli_actor(), progress=progress)
        self.stdout.write(
            f"{len(records)} algoritmes gelezen: {result.created} nieuw, {result.updated} "
            f"bijgewerkt, {result.unchanged} ongewijzigd; {result.organizations} nieuwe "
            f"organisaties."
        )
