"""What other apps add to the procedure, so that the procedure imports none of them.

Apps that build on the procedure (lifecycle, …) register in their `AppConfig.ready()`:

- a **precondition** of a transition, named in the table of `transitions.py`:
  `register_precondition(OPERATORS_TRAINED, label, check)` with `check(application) -> bool`.
  A precondition the table names but nobody registered does not hold (fail closed).
- the **review schedule**: `register_review_schedule(next_due)`, the date by which an
  application in use must be evaluated again; without one nothing falls due.
- what an adviser judges on: `register_advice_context(provide)` with
  `provide(application) -> dict`, merged into the FG's and CISO's advice page.

Facts the apps evidence are registered with the register (`regie.register.evidence`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

__all__ = ["advice_context", "register_advice_context", "register_precondition",
           "precondition", "register_review_schedule", "review_date"]

_PRECONDITIONS: dict[str, tuple[Any, Callable[[Any], bool]]] = {}
_SCHEDULE: list[Callable[[Any], dt.date]] = []
_ADVICE_CONTEXT: list[Callable[[Any], dict[str, Any]]] = []


def register_precondition(name: str, label: Any, check: Callable[[Any], bool]) -> None:
    _PRECONDITIONS[name] = (label, check)


def precondition(name: str) -> tuple[Any, Callable[[Any], bool]] | None:
    return _PRECONDITIONS.get(name)


def register_review_schedule(next_due: Callable[[Any], dt.date]) -> None:
    _SCHEDULE[:] = [next_due]


def review_date(application: Any) -> dt.date | None:
    """When the application in use must be evaluated again; None without a schedule."""
    return _SCHEDULE[0](application) if _SCHEDULE else None


def register_advice_context(provide: Callable[[Any], dict[str, Any]]) -> None:
    if provide not in _ADVICE_CONTEXT:
        _ADVICE_CONTEXT.append(provide)


def advice_context(application: Any) -> dict[str, Any]:
    """Everything the registered apps add to the advice page for this application."""
    context: dict[str, Any] = {}
    for provide in _ADVICE_CONTEXT:
        context.update(provide(application))
    return context
