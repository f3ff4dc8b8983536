"""`regie serve`: migrate, collect static files (production), make sure there is an
administrator, optionally load the demo, then serve the web UI, the REST API and the
gateway with uvicorn."""

from __future__ import annotations

import os
import secrets

from django.conf import settings
from django.core.management import call_command
from django.db import connection

from regie.core.commands import RegieCommand
from regie.core.errors import InputError


class Command(RegieCommand):
    help = "Regie starten: web, API en gateway."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=1,
                            help="aantal processen (alleen zinvol met PostgreSQL)")
        parser.add_argument("--demo", action="store_true",
                            help="een demonstratie-organisatie met toepassingen laden")
        parser.add_argument("--no-run", action="store_true", help=argparse_suppress())

    def handle(self, *args, host, port, workers, demo, no_run, **options):
        if workers < 1:
            raise InputError("--workers: minimaal 1")
        if workers > 1 and connection.vendor == "sqlite":
            raise InputError("--workers: meerdere processen hebben PostgreSQL nodig "
                             "(DATABASE_URL); met SQLite draait Regie in één proces")
        call_command("migrate", interactive=False, verbosity=0)
        self.collect_static()
        self.ensure_admin()
        if demo:
            from regie.core.demo import load_demo

            summary = load_demo(stdout=self.stdout)
            self.stdout.write(summary)
        if no_run:
            return
        import uvicorn

        self.stdout.write(f"Regie draait op http://{host}:{port}/ (stoppen: Ctrl+C)")
        uvicorn.run("regie.asgi:application", host=host, port=port, workers=workers,
                    log_level=os.environ.get("REGIE_LOG_LEVEL", "warning").lower(),
                    lifespan="off")

    @staticmethod
    def collect_static() -> None:
        """Production serves static files from STATIC_ROOT with hashed names (WhiteNoise's
        manifest storage): collect them before serving, or every page would fail on a
        missing manifest entry. Locally they are served straight from the source folders."""
        from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage

        if isinstance(staticfiles_storage, ManifestFilesMixin):
            call_command("collectstatic", interactive=False, verbosity=0)

    def ensure_admin(self) -> None:
        """Create the first administrator: REGIE_ADMIN_PASSWORD, or a password printed once."""
        from regie.register.models import User

        if User.objects.filter(is_superuser=True).exists():
            return
        username = os.environ.get("REGIE_ADMIN_USERNAME", "admin")
        password = os.environ.get("REGIE_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        if os.environ.get("REGIE_ADMIN_PASSWORD"):
            self.stdout.write(f"Beheerder '{username}' aangemaakt met REGIE_ADMIN_PASSWORD.")
        else:
            self.stdout.write(
                f"Beheerder aangemaakt. Gebruikersnaam: {username}  Wachtwoord: {password}\n"
                f"(wordt eenmalig getoond; gegevens in {settings.DATA_DIR})"
            )


def argparse_suppress():
    import argparse

    return argparse.SUPPRESS
