"""Roles as Django groups, and the register's share of their permissions.

Each app may define `ROLE_PERMISSIONS` in its own `roles.py`; `sync_roles` (run after every
migrate) merges them and gives each group exactly that set, so the table in code is the truth.
"""

from __future__ import annotations

from importlib import import_module

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    MEDEWERKER = "medewerker", _("Medewerker")
    PROJECTLEIDER = "projectleider", _("Projectleider")
    FG = "fg", _("Functionaris gegevensbescherming")
    CISO = "ciso", _("CISO / ICT-businessanalist")
    DIRECTIE = "directie", _("Directie")
    DAGELIJKS_BESTUUR = "dagelijks_bestuur", _("Dagelijks bestuur")
    BEHEERDER = "beheerder", _("Beheerder")


_VIEW_REGISTER = ["register.view_application", "register.view_aimodel", "register.view_supplier"]
_KEEP_CATALOGUE = [
    "register.add_aimodel", "register.change_aimodel",
    "register.add_supplier", "register.change_supplier",
]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.MEDEWERKER: _VIEW_REGISTER,
    Role.PROJECTLEIDER: [
        *_VIEW_REGISTER, *_KEEP_CATALOGUE,
        "register.add_application", "register.change_application",
    ],
    Role.FG: _VIEW_REGISTER,
    Role.CISO: [*_VIEW_REGISTER, *_KEEP_CATALOGUE],
    Role.DIRECTIE: _VIEW_REGISTER,
    Role.DAGELIJKS_BESTUUR: _VIEW_REGISTER,
    Role.BEHEERDER: [
        *_VIEW_REGISTER, *_KEEP_CATALOGUE,
        "register.add_application", "register.change_application",
        "register.delete_application", "register.delete_aimodel", "register.delete_supplier",
        "register.view_user", "register.add_user", "register.change_user",
        "register.view_organization", "register.change_organization",
    ],
}


def collect_role_permissions() -> dict[str, set[str]]:
    """Every installed app's `ROLE_PERMISSIONS`, merged per role."""
    merged: dict[str, set[str]] = {role.value: set() for role in Role}
    for config in apps.get_app_configs():
        try:
            module = import_module(f"{config.name}.roles")
        except ModuleNotFoundError as exc:
            if exc.name != f"{config.name}.roles":
                raise
            continue
        for role, perms in getattr(module, "ROLE_PERMISSIONS", {}).items():
            merged[str(role)].update(perms)
    return merged


def sync_roles(*, strict: bool = False, **_kwargs) -> None:
    """Create the role groups and give each exactly its permissions.

    Runs after each app's migrations; an app migrated later may not have its permissions
    yet, so unknown ones are skipped unless `strict` (the tests check that none is unknown).
    """
    from django.contrib.auth.models import Group, Permission

    for role, perms in collect_role_permissions().items():
        group, _created = Group.objects.get_or_create(name=role)
        wanted = []
        for perm in sorted(perms):
            app_label, codename = perm.split(".", 1)
            found = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if found is None and strict:
                raise LookupError(f"Onbekende permissie {perm} voor rol {role}")
            if found is not None:
                wanted.append(found)
        group.permissions.set(wanted)
