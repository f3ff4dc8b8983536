from django.apps import AppConfig


class PublicationConfig(AppConfig):
    name = "regie.publication"
    verbose_name = "Publicatie"
