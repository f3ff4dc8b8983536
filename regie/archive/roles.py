"""The archive app's share of each role's permissions (merged by `sync_roles`).

The FG (who also handles Woo requests here) sets and releases legal holds; the beheerder, who
keeps the installation's records, approves destruction lists; both see the archive page.
"""

from regie.register.roles import Role

ROLE_PERMISSIONS = {
    Role.FG: ["archive.view_destructionlist", "archive.add_legalhold",
              "archive.change_legalhold"],
    Role.BEHEERDER: ["archive.view_destructionlist", "archive.approve_destruction"],
}
