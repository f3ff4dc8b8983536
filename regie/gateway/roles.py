"""The gateway's share of the roles: beheerders keep the settings, the FG and CISO read the
request records (no content unless the application opted in)."""

from regie.register.roles import Role

_READ = ["gateway.view_gatewayrequest", "gateway.view_gatewaysettings", "gateway.view_apikey"]

ROLE_PERMISSIONS = {
    Role.FG: _READ,
    Role.CISO: _READ,
    Role.BEHEERDER: [*_READ, "gateway.change_gatewaysettings", "gateway.add_gatewaysettings",
                     "gateway.add_apikey", "gateway.change_apikey"],
}
