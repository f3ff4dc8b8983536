"""Publication's share of the role permissions (merged by `regie.register.roles.sync_roles`).

Dashboard and yearly report: directie, dagelijks bestuur and beheerder, with the FG and CISO
reading along. Exports (Algoritmeregister, CMDB): beheerder, CISO (who keeps the CMDB) and
dagelijks bestuur (who owns the public register and publishes from there).
Publishing to the Algoritmeregister: beheerder and dagelijks bestuur (owner of the public
register, seed 004). The dossier report needs only the right to view the application.
The owner of a decided application (approved or in use) delivers its own evidence: confirms
the publication they entered in the register (with its id or address) and exports its CMDB
row (`may_confirm_publication`, `may_export_cmdb`).
"""

from regie.register.access import can_edit_application
from regie.register.constants import Status
from regie.register.roles import Role

DASHBOARD = "publication.view_dashboard"
EXPORT = "publication.export_register"
PUBLISH = "publication.publish_application"
VIEW_PUBLICATION = "publication.view_publication"

ROLE_PERMISSIONS = {
    Role.MEDEWERKER: [VIEW_PUBLICATION],
    Role.PROJECTLEIDER: [VIEW_PUBLICATION],
    Role.FG: [DASHBOARD, VIEW_PUBLICATION],
    Role.CISO: [DASHBOARD, EXPORT, VIEW_PUBLICATION],
    Role.DIRECTIE: [DASHBOARD, VIEW_PUBLICATION],
    Role.DAGELIJKS_BESTUUR: [DASHBOARD, EXPORT, PUBLISH, VIEW_PUBLICATION],
    Role.BEHEERDER: [DASHBOARD, EXPORT, PUBLISH, VIEW_PUBLICATION],
}



def _owns_decided(user, application) -> bool:
    return (application.status in (Status.APPROVED, Status.IN_USE)
            and user.has_perm(VIEW_PUBLICATION) and can_edit_application(user, application))


def may_confirm_publication(user, application) -> bool:
    """Publishers for every application of their organisation; whoever may edit a decided
    application (its owner) for that one."""
    return user.has_perm(PUBLISH) or _owns_decided(user, application)


def may_export_cmdb(user, application) -> bool:
    """Exporters for every application of their organisation; the owner of a decided one."""
    return user.has_perm(EXPORT) or _owns_decided(user, application)
