"""`{% rules_banner %}`: asks a signed-in employee to acknowledge the current employee
rules until they have."""

from django import template

from regie.lifecycle.service import employee_rules, has_acknowledged

register = template.Library()


@register.inclusion_tag("lifecycle/rules_banner.html", takes_context=True)
def rules_banner(context):
    request = context.get("request")
    user = getattr(request, "user", None)
    show = bool(user is not None and user.is_authenticated and user.organization_id
                and not has_acknowledged(user))
    return {"show": show, "version": employee_rules().version if show else ""}
