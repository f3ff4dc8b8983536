from django.apps import AppConfig


class WorkflowConfig(AppConfig):
    name = "regie.workflow"
    verbose_name = "Procedure en audit"

    def ready(self) -> None:
        from regie.audit.service import register_anchor_source
        from regie.register.panels import register_panel
        from regie.workflow import evidence, signals  # noqa: F401  (connects the receivers)
        from regie.workflow.records import decision_record_anchors

        register_anchor_source(decision_record_anchors)
        evidence.register()

        register_panel("workflow/_panel.html", context=lambda request, application: {})
