from django.apps import AppConfig


class InstrumentsConfig(AppConfig):
    name = "regie.instruments"
    verbose_name = "Instrumenten"
