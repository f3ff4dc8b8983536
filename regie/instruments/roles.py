"""The instruments' share of the role permissions: projectleiders and beheerders run
instruments (projectleiders only for their own applications, see `can_edit_application`),
FG, CISO, directie and dagelijks bestuur read the results; beheerders load new versions."""

from regie.register.roles import Role

_VIEW = [
    "instruments.view_instrumentrun",
    "instruments.view_instrumentversion",
    "instruments.view_measurework",
]
_RUN = [*_VIEW, "instruments.change_instrumentrun", "instruments.change_measurework"]

ROLE_PERMISSIONS = {
    Role.PROJECTLEIDER: _RUN,
    Role.BEHEERDER: [*_RUN, "instruments.add_instrumentversion"],
    Role.FG: _VIEW,
    Role.CISO: _VIEW,
    Role.DIRECTIE: _VIEW,
    Role.DAGELIJKS_BESTUUR: _VIEW,
}
