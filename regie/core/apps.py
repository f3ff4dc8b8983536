from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "regie.core"
    verbose_name = "Kern (lay-out, startpagina)"
