"""People and roles of one organisation, kept by its beheerder in Regie's own pages.

Nobody grants rights they do not have themselves: a role can be given or taken away only by
someone who holds every permission of that role. The change itself goes through
`rights.save_user_rights`, the one door every change of rights takes (no rights for oneself,
roles only within one's own organisation), which audits it.
"""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from regie.audit.service import Actor
from regie.core.errors import InputError
from regie.register.models import User
from regie.register.rights import RightsChangeRefused, save_user_rights, user_rights
from regie.register.roles import Role, collect_role_permissions

__all__ = ["grantable_roles", "create_person", "update_person"]


def grantable_roles(actor: User) -> list[str]:
    """The roles `actor` may give or take away."""
    held = actor.get_all_permissions()
    return [
        role.value
        for role in Role
        if actor.is_superuser or collect_role_permissions()[role.value] <= held
    ]


def _check_roles(actor: User, person: User | None, wanted: set[str]) -> None:
    unknown = wanted - set(Role.values)
    if unknown:
        raise InputError(_("Rollen: onbekende rol %(role)s.") % {"role": sorted(unknown)[0]})
    current = person.role_names if person is not None else set()
    for role in (wanted ^ current) - set(grantable_roles(actor)):
        raise InputError(
            _("Rollen: u kunt de rol %(role)s niet toekennen of afnemen, omdat die rechten "
              "geeft die u zelf niet heeft.") % {"role": Role(role).label}
        )


def _save(actor: User, person: User, roles: set[str], before: dict, *,
          fields: list[str] | None = None) -> None:
    """Write `person` and their roles, then let `save_user_rights` check and audit the
    change against `before` (`user_rights` as stored); a refusal rolls it back and is
    answered as a message on the roles field."""
    created = person.pk is None
    try:
        with transaction.atomic():
            person.save(update_fields=fields)
            person.groups.set(Group.objects.filter(name__in=roles))
            person.__dict__.pop("_role_names", None)
            save_user_rights(person, before, actor=Actor(user=actor, via="web"), created=created)
    except RightsChangeRefused as exc:
        if not created:
            person.refresh_from_db()
        raise InputError(_("Rollen: %(why)s") % {"why": exc}) from exc


def create_person(actor: User, *, username: str, first_name: str, last_name: str, email: str,
                  department: str, password: str, roles: set[str]) -> User:
    """A new active user in the actor's organisation."""
    username = username.strip()
    if not username or len(username) > 150:
        raise InputError(_("Gebruikersnaam: vul een naam in van hoogstens 150 tekens."))
    if User.objects.filter(username__iexact=username).exists():
        raise InputError(_("Gebruikersnaam: deze naam is al in gebruik."))
    try:
        validate_email(email.strip())
    except ValidationError as exc:
        raise InputError(_("E-mailadres: vul een geldig e-mailadres in.")) from exc
    _check_roles(actor, None, roles)
    person = User(username=username, first_name=first_name.strip()[:150],
                  last_name=last_name.strip()[:150], email=email.strip(),
                  department=department.strip()[:200], organization=actor.organization)
    try:
        validate_password(password, person)
    except ValidationError as exc:
        problem = " ".join(exc.messages)
        raise InputError(_("Wachtwoord: %(problem)s") % {"problem": problem}) from exc
    person.set_password(password)
    _save(actor, person, roles, user_rights(None))
    return person


def update_person(actor: User, person: User, *, roles: set[str], active: bool) -> None:
    """Change a person's roles and whether they may sign in."""
    if person == actor and not active:
        raise InputError(_("Actief: u kunt uw eigen account niet uitzetten."))
    _check_roles(actor, person, roles)
    if person.role_names == roles and person.is_active == active:
        return
    before = user_rights(person)
    person.is_active = active
    _save(actor, person, roles, before, fields=["is_active"])
