"""`{% load gateway %}{% gateway_usage application=app %}` or `organization=org`: the
gateway's usage table for the application page and the dashboard."""

from django import template

from regie.gateway.access import may_view_keys
from regie.gateway.service import injection_summary, usage_summary

register = template.Library()


@register.inclusion_tag("gateway/_usage.html")
def gateway_usage(application=None, organization=None):
    return {"usage": usage_summary(application=application, organization=organization),
            "injection": injection_summary(application=application, organization=organization),
            "show_application": application is None}


@register.filter
def may_see_keys(user, application) -> bool:
    """`{% if request.user|may_see_keys:application %}`: show a link to the key page only to
    whom it opens for."""
    return may_view_keys(user, application)
