from django.apps import AppConfig


class WorkflowConfig(AppConfig):
    name = "regie.workflow"
    verbose_name = "Procedure en audit"
