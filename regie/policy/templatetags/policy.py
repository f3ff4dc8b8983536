"""`{% load policy %}{% policy_panel application %}`: the policy panel on any page."""

from django import template

from regie.policy.panel import panel_context

register = template.Library()


@register.inclusion_tag("policy/_panel.html", takes_context=True)
def policy_panel(context, application):
    user = context["request"].user
    return {"application": application, "request": context["request"],
            "csrf_token": context.get("csrf_token"), **panel_context(application, user)}
