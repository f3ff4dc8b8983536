"""Workflow models: the audit trail and the procedure."""

from regie.workflow.models.audit import AuditChainHead, AuditEvent
from regie.workflow.models.procedure import (
    Advice,
    Condition,
    Decision,
    DecisionRecord,
    Evidence,
    Origin,
    Task,
    Transition,
)

__all__ = [
    "Advice",
    "AuditChainHead",
    "AuditEvent",
    "Condition",
    "Decision",
    "DecisionRecord",
    "Evidence",
    "Origin",
    "Task",
    "Transition",
]
