from django.apps import AppConfig


class PolicyConfig(AppConfig):
    name = "regie.policy"
    verbose_name = "Beleid"

    def ready(self) -> None:
        from regie.policy.panel import panel_context
        from regie.register.panels import register_panel

        register_panel("policy/_panel.html",
                       context=lambda request, application: panel_context(application,
                                                                          request.user))
