"""The policy app's share of the role permissions (merged by `register.roles.sync_roles`)."""

from regie.register.roles import Role

_SEE_OUTCOMES = ["policy.view_evaluationrecord"]

ROLE_PERMISSIONS = {
    Role.MEDEWERKER: _SEE_OUTCOMES,
    Role.PROJECTLEIDER: [*_SEE_OUTCOMES, "policy.add_evaluationrecord"],
    Role.FG: [*_SEE_OUTCOMES, "policy.view_policyversion"],
    Role.CISO: [*_SEE_OUTCOMES, "policy.view_policyversion"],
    Role.DIRECTIE: [*_SEE_OUTCOMES, "policy.view_policyversion"],
    Role.DAGELIJKS_BESTUUR: [*_SEE_OUTCOMES, "policy.view_policyversion"],
    Role.BEHEERDER: [*_SEE_OUTCOMES, "policy.add_evaluationrecord", "policy.view_policyversion",
                     "policy.add_policyversion", "policy.change_policyversion"],
}
