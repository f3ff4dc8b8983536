from django.apps import AppConfig


class AIActConfig(AppConfig):
    name = "regie.aiact"
    label = "aiact"
    verbose_name = "AI-verordening"

    def ready(self) -> None:
        from regie.aiact.changes import on_official_file_changed
        from regie.instruments.signals import official_file_changed

        official_file_changed.connect(on_official_file_changed,
                                      dispatch_uid="aiact_official_file_changed")
