from django.apps import AppConfig


class LifecycleConfig(AppConfig):
    name = "regie.lifecycle"
    verbose_name = "Beheer na besluit"
