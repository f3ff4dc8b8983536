"""Base class for Regie's management commands: bad input becomes exit status 2 with a
one-line message, never a traceback."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from regie.audit.service import Actor
from regie.core.errors import InputError


class RegieCommand(BaseCommand):
    def execute(self, *args, **options):
        try:
            return super().execute(*args, **options)
        except InputError as exc:
            raise CommandError(str(exc), returncode=2) from exc

    @staticmethod
    def cli_actor() -> Actor:
        import getpass

        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = "onbekend"
        return Actor(via="cli", name=f"cli:{name}")
