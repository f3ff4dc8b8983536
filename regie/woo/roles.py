"""The Woo app's share of each role's permissions (merged by `sync_roles`).

Handling a Woo request is a permission of the FG here: in many municipalities the Woo
coordinator works with or within the privacy office, and every selection touches personal
data. An organisation with a separate Woo coordinator gives that person the FG's role or
this permission.
"""

from regie.register.roles import Role

ROLE_PERMISSIONS = {
    Role.FG: ["woo.view_woorequest", "woo.add_woorequest", "woo.handle_woo"],
}
