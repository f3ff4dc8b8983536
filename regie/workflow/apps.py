from django.apps import AppConfig


class WorkflowConfig(AppConfig):
    name = "regie.workflow"
    verbose_name = "Procedure en audit"

    def ready(self) -> None:
        from regie.register.panels import register_panel
        from regie.workflow import evidence, signals  # noqa: F401  (connects the receivers)

        evidence.register()

        register_panel("workflow/_panel.html", context=lambda request, application: {})
