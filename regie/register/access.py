"""Who sees and changes what in the register. Views and the API both ask here."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404

from regie.register.models import Application, User
from regie.register.roles import Role


def is_installation_admin(user: User) -> bool:
    """A superuser without an organisation runs the installation and sees everything."""
    return bool(user.is_superuser and user.organization_id is None)


def scope_to_organization(queryset: QuerySet, user: User, field: str = "organization") -> QuerySet:
    """Only the rows of the user's organisation (none for a user without one)."""
    if is_installation_admin(user):
        return queryset
    if user.organization_id is None:
        return queryset.none()
    return queryset.filter(**{f"{field}_id": user.organization_id})


def can_edit_application(user: User, application: Application) -> bool:
    """Beheerders edit every dossier of their organisation; projectleiders the ones they own
    or created."""
    if is_installation_admin(user):
        return True
    if user.organization_id != application.organization_id:
        return False
    if user.has_role(Role.BEHEERDER):
        return True
    if not user.has_perm("register.change_application"):
        return False
    return (
        application.owner_id == user.pk
        or application.created_by_id == user.pk
        or bool(user.email and application.owner_email.lower() == user.email.lower())
    )


def get_visible_or_404(queryset: QuerySet, user: User, **lookup) -> Model:
    """The object if the user's organisation holds it, otherwise 404 (no hint that it exists)."""
    try:
        return scope_to_organization(queryset, user).get(**lookup)
    except queryset.model.DoesNotExist as exc:
        raise Http404 from exc


def require_perm(user: User, perm: str) -> None:
    if not user.has_perm(perm):
        raise PermissionDenied
