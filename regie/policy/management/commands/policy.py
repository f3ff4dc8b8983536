"""`regie policy load|list|diff|reevaluate`: the living policy."""

from __future__ import annotations

from regie.core.commands import RegieCommand
from regie.core.errors import InputError
from regie.policy import service
from regie.policy.models import PolicyVersion
from regie.policy.rules import load_policy_file
from regie.register.models import Organization


class Command(RegieCommand):
    help = "Beleidsversies laden, vergelijken en alle toepassingen opnieuw toetsen."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        load = sub.add_parser("load", help="een beleidsbestand laden en actief maken")
        load.add_argument("file")
        load.add_argument("--organization", help="korte naam: extra regels van deze organisatie")
        sub.add_parser("list", help="geladen versies")
        diff = sub.add_parser("diff", help="verschil in regels tussen het actieve beleid en FILE")
        diff.add_argument("file")
        again = sub.add_parser("reevaluate", help="alle toepassingen opnieuw toetsen")
        again.add_argument("--organization")

    def _organization(self, slug: str | None) -> Organization | None:
        if not slug:
            return None
        organization = Organization.objects.filter(slug=slug).first()
        if organization is None:
            raise InputError(f"--organization: geen organisatie met korte naam {slug!r}")
        return organization

    def handle(self, *args, action, **options):
        if action == "load":
            organization = self._organization(options.get("organization"))
            load_policy_file(options["file"])  # a bad file is refused before anything is stored
            before = service.active_policy(organization)
            version = service.load_policy_file(options["file"], actor=self.cli_actor(),
                                               organization=organization)
            self._print_diff(before, service.active_policy(organization))
            self.stdout.write(f"Actief: {version}")
        elif action == "list":
            for v in PolicyVersion.objects.select_related("organization"):
                mark = "*" if v.active else " "
                self.stdout.write(f"{mark} {v.version}\t{v.organization or 'landelijk'}\t"
                                  f"{v.loaded_at:%Y-%m-%d %H:%M}\t{v.content_hash[:12]}")
        elif action == "diff":
            self._print_diff(service.active_policy(), load_policy_file(options["file"]))
        else:
            summary = service.reevaluate_all(
                actor=self.cli_actor(), organization=self._organization(options.get(
                    "organization")))
            self.stdout.write(
                f"{summary['total']} toepassingen getoetst aan beleid {summary['policy']} in "
                f"{summary['seconds']} s: {summary['allowed']} toegestaan, "
                f"{summary['conditional']} onder voorwaarden, "
                f"{summary['not_allowed']} niet toegestaan")

    def _print_diff(self, old, new) -> None:
        diff = service.diff_policies(old, new)
        if diff.empty:
            self.stdout.write("Geen verschil in regels.")
        for rule_id in diff.added:
            self.stdout.write(f"+ {rule_id}")
        for rule_id in diff.removed:
            self.stdout.write(f"- {rule_id}")
        for rule_id, parts in diff.changed:
            self.stdout.write(f"~ {rule_id} ({', '.join(parts)})")
