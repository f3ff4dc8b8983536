"""AI literacy at the gate (AI-verordening art. 4; issue 6): an application can require that
every request names a known user of its organisation whose AI-literacy training is valid.
The register's answer is cached per worker like grants (`TtlCache`)."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext as _

from regie.gateway.errors import Refusal
from regie.gateway.grants import Grant
from regie.lifecycle.service import training_valid
from regie.register.models import User

UNKNOWN, UNTRAINED, TRAINED = "unknown", "untrained", "trained"


def user_status(organization_id: int, name: str) -> str:
    """Whether `name` (username or e-mail, any case) is an active user of the organisation,
    and if so whether their training is valid. Database errors propagate (fail closed)."""
    users = list(User.objects.filter(Q(username__iexact=name) | Q(email__iexact=name),
                                     organization_id=organization_id, is_active=True)[:5])
    if not users:
        return UNKNOWN
    return TRAINED if any(training_valid(user) for user in users) else UNTRAINED


def named_user(headers: dict[str, str]) -> str:
    return (headers.get("x-regie-user") or headers.get("x-openwebui-user-email") or "").strip()


def check_user(grant: Grant, name: str, status: str | None) -> None:
    """Refuse unless the user is named, known and trained (`status` None: nobody named)."""
    if not name:
        raise Refusal(403, "user_not_named", _(
            "Toepassing '%(app)s' staat alleen getrainde gebruikers toe, maar het verzoek noemt "
            "geen gebruiker; stuur de kop X-Regie-User mee met de gebruikersnaam of het "
            "e-mailadres.") % {"app": grant.application_slug})
    if status == UNKNOWN:
        raise Refusal(403, "user_unknown", _(
            "Gebruiker '%(user)s' is geen actieve medewerker van de organisatie van toepassing "
            "'%(app)s' in het register.") % {"user": name, "app": grant.application_slug})
    if status != TRAINED:
        raise Refusal(403, "user_training_missing", _(
            "Gebruiker '%(user)s' heeft geen geldige training AI-geletterdheid (ontbreekt of is "
            "verlopen); toepassing '%(app)s' staat alleen getrainde gebruikers toe. Rond de "
            "training af en laat die vastleggen in Regie.")
            % {"user": name, "app": grant.application_slug})
