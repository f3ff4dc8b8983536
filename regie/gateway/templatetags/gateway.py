"""`{% load gateway %}{% gateway_usage application=app %}` or `organization=org`: the
gateway's usage table for the application page and the dashboard."""

from django import template

from regie.gateway.service import usage_summary

register = template.Library()


@register.inclusion_tag("gateway/_usage.html")
def gateway_usage(application=None, organization=None):
    return {"usage": usage_summary(application=application, organization=organization),
            "show_application": application is None}
