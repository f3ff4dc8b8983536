"""The procedure's share of the role permissions (merged by `regie.register.roles`).

Who may move an application from one status to another is in `transitions.py`; these
permissions guard the pages.
"""

from regie.register.roles import Role

_VIEW = ["workflow.view_procedure", "workflow.view_decisionrecord"]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.MEDEWERKER: [],
    Role.PROJECTLEIDER: [
        *_VIEW,
        "workflow.request_advice",
        "workflow.confirm_checklist",
        "workflow.reuse_dossier",
    ],
    Role.FG: [*_VIEW, "workflow.give_privacy_advice", "workflow.confirm_checklist"],
    Role.CISO: [*_VIEW, "workflow.give_security_advice", "workflow.confirm_checklist"],
    Role.DIRECTIE: [*_VIEW, "workflow.decide"],
    Role.DAGELIJKS_BESTUUR: _VIEW,
    Role.BEHEERDER: [
        *_VIEW,
        "workflow.request_advice",
        "workflow.confirm_checklist",
        "workflow.reuse_dossier",
        "workflow.manage_procedure",
    ],
}
