"""Publication's share of the role permissions (merged by `regie.register.roles.sync_roles`).

Dashboard and yearly report: directie, dagelijks bestuur and beheerder, with the FG and CISO
reading along. Exports (Algoritmeregister, CMDB): beheerder, CISO (who keeps the CMDB) and
dagelijks bestuur (who owns the public register and publishes from there).
Publishing to the Algoritmeregister: beheerder and dagelijks bestuur (owner of the public
register, seed 004). The dossier report needs only the right to view the application.
"""

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
