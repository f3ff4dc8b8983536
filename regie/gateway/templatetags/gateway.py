"""`{% load gateway %}{% gateway_usage application=app %}` or `organization=org`: the
gateway's usage table for the application page and the dashboard; `{% endpoint_health url %}`
an endpoint's health as the gateway last saw it (the model page)."""

from django import template
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from regie.gateway.access import may_view_keys
from regie.gateway.service import endpoint_health as health_of
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


@register.simple_tag
def endpoint_health(base_url: str) -> str:
    health = health_of(base_url)
    if health is None:
        return _("nog niet gecontroleerd")
    when = date_format(localtime(health.changed_at), "DATETIME_FORMAT")
    if health.healthy:
        return _("gezond (sinds %(when)s)") % {"when": when}
    return _("buiten gebruik sinds %(when)s: %(error)s") % {"when": when,
                                                            "error": health.last_error}
