"""The AI-Act app's share of each role's permissions (merged by `sync_roles`).

Everyone who reads the register sees the duties; the owners (projectleider, for their own
applications) and the beheerder record the work; FG and CISO mark serious incidents routed
to them (checked per incident); the directie records its decision on use with legal or
financial effects (checked by role on the page)."""

from regie.register.roles import Role

_READ = ["aiact.view_obligation", "aiact.view_instrumentchange",
         "aiact.view_deployerregistration"]
_WORK = ["aiact.change_obligation", "aiact.change_deployerregistration"]

ROLE_PERMISSIONS = {
    Role.PROJECTLEIDER: [*_READ, *_WORK],
    Role.FG: [*_READ, "aiact.add_seriousincident", "aiact.change_seriousincident"],
    Role.CISO: [*_READ, "aiact.add_seriousincident", "aiact.change_seriousincident"],
    Role.DIRECTIE: _READ,
    Role.DAGELIJKS_BESTUUR: _READ,
    Role.BEHEERDER: [*_READ, *_WORK],
}
