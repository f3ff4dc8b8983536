"""Template tags other apps use to show an application's procedure state, so that an
approval by exception is highlighted wherever the application appears:

    {% load procedure %}{% procedure_status application %}{% procedure_exception application %}
"""

from django import template

from regie.workflow.service import exception_decision

register = template.Library()


@register.inclusion_tag("workflow/_status.html")
def procedure_status(application):
    return {"application": application, "exception": exception_decision(application)}


@register.inclusion_tag("workflow/_exception.html")
def procedure_exception(application):
    return {"exception": exception_decision(application)}
