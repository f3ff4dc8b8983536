"""`regie audit verify`: check the hash chain of the audit trail."""

from django.core.management.base import CommandError

from regie.audit.models import AuditEvent
from regie.audit.service import verify_chain
from regie.core.commands import RegieCommand


class Command(RegieCommand):
    help = "De audittrail controleren."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("verify", help="de hashketen controleren; exit 1 bij een breuk")

    def handle(self, *args, action, **options):
        breaks = list(verify_chain())
        for item in breaks:
            self.stderr.write(f"Breuk bij auditregel {item.entry_id}: {item.problem}")
        if breaks:
            raise CommandError(
                f"De audittrail is niet intact ({len(breaks)} breuk(en)).", returncode=1
            )
        self.stdout.write(f"De audittrail is intact ({AuditEvent.objects.count()} regels).")
