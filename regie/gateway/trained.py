"""AI literacy at the gate (AI-verordening art. 4; issue 6): an application can require that
every request is for a known user of its organisation whose AI-literacy training is valid.
Who the request is for is decided in `people.py`."""

from __future__ import annotations

from django.utils.translation import gettext as _

from regie.gateway.errors import Refusal
from regie.gateway.grants import Grant

UNKNOWN, UNTRAINED, TRAINED = "unknown", "untrained", "trained"


def check_user(grant: Grant, name: str, status: str | None) -> None:
    """Refuse unless the user is named, known and trained (`status` None: nobody named)."""
    if not name:
        raise Refusal(403, "user_not_named", _(
            "Toepassing '%(app)s' staat alleen getrainde gebruikers toe, maar het verzoek noemt "
            "geen gebruiker. Gebruik een persoonlijke sleutel, of een sleutel van een "
            "chatomgeving die de kop X-Regie-User of X-OpenWebUI-User-Email meestuurt.")
            % {"app": grant.application_slug})
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
