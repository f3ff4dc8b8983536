"""`regie apikey create|revoke|list`: gateway keys for applications."""

from __future__ import annotations

from django.utils import timezone

from regie.core.commands import RegieCommand
from regie.core.errors import InputError
from regie.gateway import keys
from regie.gateway.models import ApiKey
from regie.register.models import Application


class Command(RegieCommand):
    help = "Gatewaysleutels maken, intrekken en tonen."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="een nieuwe sleutel (laatste regel)")
        create.add_argument("--application", required=True, help="kenmerk van de toepassing")
        create.add_argument("--expires", type=int, default=None, metavar="DAGEN",
                            help="geldig voor zoveel dagen (standaard: geen einddatum)")
        revoke = sub.add_parser("revoke", help="een sleutel intrekken")
        revoke.add_argument("key", help="de sleutel of het begin ervan (zie list)")
        listing = sub.add_parser("list", help="sleutels tonen (alleen het begin)")
        listing.add_argument("--application", default=None)

    def handle(self, *args, action, **options):
        getattr(self, f"handle_{action}")(**options)

    def _application(self, slug: str) -> Application:
        try:
            return Application.objects.get(slug=slug)
        except Application.DoesNotExist as exc:
            raise InputError(f"--application: geen toepassing met kenmerk '{slug}'") from exc

    def handle_create(self, *, application, expires, **_options):
        app = self._application(application)
        key, token = keys.create_key(application=app, actor=self.cli_actor(),
                                     expires_in_days=expires)
        until = key.expires_at.date().isoformat() if key.expires_at else "geen einddatum"
        self.stdout.write(f"Sleutel voor {app.slug} (verloopt: {until}); wordt eenmalig getoond:")
        self.stdout.write(token)

    def handle_revoke(self, *, key, **_options):
        found = keys.revoke_key(key=keys.find_key(key), actor=self.cli_actor())
        self.stdout.write(f"Ingetrokken: {found.prefix}… ({found.application.slug})")

    def handle_list(self, *, application, **_options):
        queryset = ApiKey.objects.select_related("application").order_by("created_at")
        if application:
            queryset = queryset.filter(application=self._application(application))
        now = timezone.now()
        for key in queryset:
            if key.revoked_at:
                state = "ingetrokken"
            elif key.expires_at and key.expires_at <= now:
                state = "verlopen"
            else:
                state = "geldig"
            until = key.expires_at.date().isoformat() if key.expires_at else "-"
            self.stdout.write(f"{key.prefix}…\t{key.application.slug}\t{state}\t{until}")
