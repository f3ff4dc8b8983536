"""Workflow models: the procedure."""

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
    "Condition",
    "Decision",
    "DecisionRecord",
    "Evidence",
    "Origin",
    "Task",
    "Transition",
]
