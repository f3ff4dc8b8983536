"""`regie procedure review-due`: send applications whose yearly evaluation has passed back to
review (run daily, e.g. beside `regie reminders`)."""

from regie.core.commands import RegieCommand
from regie.workflow.service import review_due


class Command(RegieCommand):
    help = "Toepassingen met een verlopen jaarlijkse evaluatie opnieuw laten beoordelen."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("review-due", help="verlopen goedkeuringen terug naar beoordeling")

    def handle(self, *args, action, **options):
        moved = review_due(actor=self.cli_actor())
        for application in moved:
            self.stdout.write(f"{application.slug}: terug naar beoordeling")
        self.stdout.write(f"{len(moved)} toepassing(en) terug naar beoordeling.")
