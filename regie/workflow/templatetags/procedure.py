"""Template tags other apps use to show an application's procedure state, so that an
approval by exception is highlighted wherever the application appears:

    {% load procedure %}{% procedure_status application %}{% procedure_exception application %}
    {% procedure_steps application %}   (the five-step progress bar; needs workflow.css)
"""

import datetime as dt

from django import template
from django.utils import formats, timezone

from regie.register.service import evidenced_dossier
from regie.workflow.service import exception_decision
from regie.workflow.steps import steps_for

register = template.Library()


@register.inclusion_tag("workflow/_status.html")
def procedure_status(application):
    return {"application": application, "exception": exception_decision(application)}


@register.inclusion_tag("workflow/_exception.html")
def procedure_exception(application):
    return {"exception": exception_decision(application)}


@register.inclusion_tag("workflow/_steps.html")
def procedure_steps(application):
    return {"steps": steps_for(evidenced_dossier(application)[0])}


@register.filter
def iso_datetime(value: str) -> str:
    """An ISO timestamp from a frozen record, shown in local time ("22 november 2026 08:30")."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return value
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return formats.date_format(moment, "j F Y H:i" if ":" in value else "j F Y")
