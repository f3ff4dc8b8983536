"""Who manages an application's gateway keys: a beheerder of its organisation, or the
application's owner once it has been approved (the keys are for putting it into use)."""

from __future__ import annotations

from regie.register.access import can_edit_application, is_installation_admin
from regie.register.models import Application, User
from regie.register.roles import Role

KEY_STATUSES = ("approved", "in_use")


def may_view_keys(user: User, application: Application) -> bool:
    return may_manage_keys(user, application) or (
        user.organization_id == application.organization_id
        and user.has_perm("gateway.view_apikey"))


def may_manage_keys(user: User, application: Application) -> bool:
    if is_installation_admin(user):
        return True
    if user.organization_id != application.organization_id:
        return False
    if user.has_role(Role.BEHEERDER) and user.has_perm("gateway.add_apikey"):
        return True
    return can_edit_application(user, application)
