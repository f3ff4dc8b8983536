"""Extra panels on the application page, filled by other apps (the policy evaluation, the
workflow's advice and decisions, incidents…).

An app registers a panel in its `AppConfig.ready()`:

    from regie.register.panels import register_panel
    register_panel("policy/_panel.html",
                   context=lambda request, application: panel_context(application, request.user))

The application page renders each panel's template with `application` plus the returned
context (and the request, so `{% csrf_token %}` works), in the order of registration. The
register itself knows nothing about the other apps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

__all__ = ["Panel", "register_panel", "panels_for"]


@dataclass(frozen=True)
class Panel:
    template: str
    context: Callable[[Any, Any], dict[str, Any] | None]


_PANELS: list[Panel] = []


def register_panel(template: str, *, context: Callable[[Any, Any], dict[str, Any] | None]
                   ) -> None:
    """Add a panel; registering the same template twice replaces the first."""
    _PANELS[:] = [p for p in _PANELS if p.template != template]
    _PANELS.append(Panel(template, context))


def panels_for(request, application, *, only: tuple[str, ...] = ()) -> list[SafeString]:
    """Each panel (or those whose template is in `only`) rendered to HTML; a panel whose
    context is None is left out."""
    result = []
    for panel in _PANELS:
        if only and panel.template not in only:
            continue
        context = panel.context(request, application)
        if context is not None:
            result.append(render_to_string(panel.template, {"application": application,
                                                            **context}, request=request))
    return result
