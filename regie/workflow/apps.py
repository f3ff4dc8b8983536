from django.apps import AppConfig


class WorkflowConfig(AppConfig):
    name = "regie.workflow"
    verbose_name = "Procedure en audit"

    def ready(self) -> None:
        from regie.workflow import signals  # noqa: F401  (connects the receivers)
