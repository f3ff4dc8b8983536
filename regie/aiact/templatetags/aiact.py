"""`{% serious_incident_panel incident %}`: the AI-Act clocks on the incident page."""

from django import template

from regie.aiact.serious import clocks

register = template.Library()


@register.inclusion_tag("aiact/_incident_panel.html", takes_context=True)
def serious_incident_panel(context, incident):
    user = context["request"].user
    from regie.lifecycle.incidents import can_handle

    return {"incident": incident, "clocks": clocks(incident),
            "serious": getattr(incident, "serious", None),
            "can_mark": user.has_perm("aiact.change_seriousincident")
            and can_handle(user, incident)}
