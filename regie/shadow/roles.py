"""The shadow app's share of each role's permissions (merged by `sync_roles`).

The CISO and the beheerder read logs in; the FG, the CISO, the directie and the beheerder see
what they showed; only the FG may reveal who is behind a pseudonym (seed 004 §5: the FG
supervises the processing of personal data).
"""

from regie.register.roles import Role

_SEE = ["shadow.view_usage", "shadow.view_finding"]
_IMPORT = [*_SEE, "shadow.add_logimport", "shadow.view_logimport"]

ROLE_PERMISSIONS = {
    Role.FG: [*_SEE, "shadow.reveal_person"],
    Role.CISO: _IMPORT,
    Role.DIRECTIE: _SEE,
    Role.BEHEERDER: _IMPORT,
}
