from django.apps import AppConfig


class GatewayConfig(AppConfig):
    name = "regie.gateway"
    verbose_name = "Gateway"

    def ready(self) -> None:
        from regie.register.panels import register_panel

        register_panel("gateway/_usage.html", context=_panel_context)


def _panel_context(request, application):
    """This month's gateway use and the way to its keys, shown once the application has been
    approved."""
    if application.status not in ("approved", "in_use", "retired"):
        return None
    from regie.gateway.access import may_view_keys
    from regie.gateway.service import usage_summary

    return {"usage": usage_summary(application=application), "show_application": False,
            "keys_link": may_view_keys(request.user, application)}
