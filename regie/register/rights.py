"""Who may change whose rights: nobody grants themselves anything, and nobody grants what
they do not hold themselves. Every door that changes a user's organisation, roles (groups),
permissions or flags (the admin, Regie's own user pages, single sign-on) calls
`save_user_rights`, which checks these rules and records the change in the audit trail.

Single sign-on acts as the identity provider (`Actor(via=IDENTITY_PROVIDER)`, no Regie user):
it is trusted for a user's roles within their organisation and for placing a new user in
one, as a beheerder of that organisation would be; it never grants flags or permissions and
never moves someone to another organisation (a superuser does that in Regie).
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from regie.audit.service import Actor, diff, record_event
from regie.register.models import User
from regie.register.roles import Role

FLAGS = ("is_active", "is_staff", "is_superuser")
IDENTITY_PROVIDER = "oidc"  # Actor.via of single sign-on


class RightsChangeRefused(PermissionDenied):
    """A change of rights the actor may not make (HTTP 403); the message says which."""


def user_rights(user: User | None) -> dict[str, Any]:
    """The rights a user holds, as plain values (empty for a user not yet saved)."""
    if user is None or user.pk is None:
        return {"organization": None, "groups": [], "permissions": [],
                **dict.fromkeys(FLAGS, False)}
    return {
        "organization": user.organization.slug if user.organization_id else None,
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "permissions": sorted(f"{app}.{codename}" for app, codename in
                              user.user_permissions.values_list("content_type__app_label",
                                                                "codename")),
        **{flag: bool(getattr(user, flag)) for flag in FLAGS},
    }


def gained(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """What the change adds: flags switched on, groups and permissions added, and a
    changed organisation (another scope)."""
    added = [flag for flag in FLAGS if after[flag] and not before[flag]]
    added += [f"rol {g}" for g in after["groups"] if g not in before["groups"]]
    added += [f"recht {p}" for p in after["permissions"] if p not in before["permissions"]]
    if after["organization"] != before["organization"]:
        added.append(f"organisatie {after['organization'] or '(geen: hele installatie)'}")
    return added


def check_rights_change(actor_user: User | None, target: User, before: dict[str, Any],
                        after: dict[str, Any]) -> None:
    """Raise `RightsChangeRefused` unless `actor_user` may make this change. Regie itself
    and the command line (no user) may; they are the administrator's own doors."""
    if actor_user is None:
        return
    added = gained(before, after)
    if not added:
        return
    if target.pk is not None and target.pk == actor_user.pk:
        raise RightsChangeRefused(
            _("U kunt uzelf geen rechten geven (%(what)s); vraag dat een andere beheerder.")
            % {"what": ", ".join(added)})
    if actor_user.is_superuser:
        return
    # Placing a new user (no organisation yet) in one's own organisation is the beheerder's
    # work; moving anyone to another organisation is not.
    placed_in_own = (before["organization"] is None and actor_user.organization_id is not None
                     and after["organization"] == actor_user.organization.slug)
    not_held = [a for a in added
                if a in ("is_staff", "is_superuser") or a.startswith("recht ")
                or (a.startswith("organisatie ") and not placed_in_own)]
    if not_held:
        raise RightsChangeRefused(
            _("U mag deze rechten niet toekennen: %(what)s.") % {"what": ", ".join(not_held)})
    # Roles within the organisation are the beheerder's to hand out, in their own only.
    if not (actor_user.has_role(Role.BEHEERDER)
            and actor_user.organization_id is not None
            and actor_user.organization_id == target.organization_id):
        raise RightsChangeRefused(
            _("Alleen een beheerder van de eigen organisatie kent rollen toe (%(what)s).")
            % {"what": ", ".join(added)})


def check_provider_change(before: dict[str, Any], after: dict[str, Any]) -> None:
    """Raise `RightsChangeRefused` unless the identity provider may make this change: roles,
    and an organisation for a user who has none yet."""
    refused = [a for a in gained(before, after)
               if a in FLAGS or a.startswith("recht ")
               or (a.startswith("organisatie ") and before["organization"] is not None)]
    if refused:
        raise RightsChangeRefused(
            _("De identiteitsprovider mag dit niet toekennen: %(what)s; vraag het een "
              "beheerder van Regie.") % {"what": ", ".join(refused)})


def save_user_rights(target: User, before: dict[str, Any], *, actor: Actor,
                     created: bool = False) -> None:
    """After `target` (and its groups and permissions) was written inside the caller's
    transaction: check the change against `before` (from `user_rights`, taken before the
    change) and audit it. A refused change raises, so the caller's transaction rolls back."""
    with transaction.atomic():
        target = User.objects.get(pk=target.pk)
        after = user_rights(target)
        actor_user = getattr(actor, "user", None)
        if actor_user is None and getattr(actor, "via", "") == IDENTITY_PROVIDER:
            check_provider_change(before, after)
        else:
            check_rights_change(actor_user, target, before, after)
        changes = diff(before, after)
        if created or changes:
            record_event("user_created" if created else "user_rights_changed", actor=actor,
                          obj=target, changes=changes)
