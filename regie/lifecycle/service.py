"""Life after approval, the public face: incidents, evaluations, reminders, AI literacy and
the employee rules. Other apps (policy, gateway, publication) import only from here."""

from regie.lifecycle.conduct import acknowledge_rules, has_acknowledged
from regie.lifecycle.data import employee_rules
from regie.lifecycle.evaluations import (
    next_due,
    overdue_evaluation_count,
    policy_figures,
    record_evaluation,
    record_policy_evaluation,
)
from regie.lifecycle.incidents import (
    incidents_to_handle,
    report_incident,
    update_incident,
    visible_incidents,
)
from regie.lifecycle.literacy import (
    coverage_per_department,
    employee_coverage,
    expiring_trainings,
    may_name_self,
    name_self,
    record_training,
    revoke_training,
    save_training,
    set_operator,
    training_valid,
    untrained_operators,
)
from regie.lifecycle.reminders import send_reminders

__all__ = [
    "acknowledge_rules", "coverage_per_department", "employee_coverage", "employee_rules",
    "expiring_trainings", "has_acknowledged", "may_name_self", "name_self",
    "next_due", "overdue_evaluation_count", "policy_figures", "record_evaluation",
    "record_policy_evaluation",
    "record_training", "report_incident", "revoke_training", "save_training", "send_reminders",
    "set_operator",
    "training_valid", "untrained_operators", "update_incident", "visible_incidents",
    "incidents_to_handle",
]
