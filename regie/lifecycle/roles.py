"""The lifecycle app's share of each role's permissions (merged by `sync_roles`).

Everyone reports incidents, records their own training and acknowledges the rules; the FG
and CISO handle the incidents routed to them (checked per incident by role); the beheerder
keeps the training catalogue; owners of applications evaluate them.
"""

from regie.register.roles import Role

_EVERYONE = ["lifecycle.add_incident", "lifecycle.view_training",
             "lifecycle.add_trainingrecord", "lifecycle.view_applicationevaluation"]
_HANDLE = ["lifecycle.change_incident", "lifecycle.view_incident"]
_EVALUATE = ["lifecycle.add_applicationevaluation", "lifecycle.view_policyevaluation"]
_LITERACY_OVERVIEW = ["lifecycle.view_trainingrecord", "lifecycle.view_applicationoperator"]

ROLE_PERMISSIONS = {
    Role.MEDEWERKER: _EVERYONE,
    Role.PROJECTLEIDER: [*_EVERYONE, *_EVALUATE, *_LITERACY_OVERVIEW,
                         "lifecycle.change_applicationoperator"],
    Role.FG: [*_EVERYONE, *_HANDLE, *_LITERACY_OVERVIEW],
    Role.CISO: [*_EVERYONE, *_HANDLE, *_LITERACY_OVERVIEW],
    Role.DIRECTIE: [*_EVERYONE, *_EVALUATE, *_LITERACY_OVERVIEW],
    Role.DAGELIJKS_BESTUUR: [*_EVERYONE, *_EVALUATE, *_LITERACY_OVERVIEW,
                             "lifecycle.add_policyevaluation"],
    Role.BEHEERDER: [*_EVERYONE, *_EVALUATE, *_LITERACY_OVERVIEW,
                     "lifecycle.add_training", "lifecycle.change_training",
                     "lifecycle.change_trainingrecord", "lifecycle.change_applicationoperator",
                     "lifecycle.add_policyevaluation"],
}
