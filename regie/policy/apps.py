from django.apps import AppConfig


class PolicyConfig(AppConfig):
    name = "regie.policy"
    verbose_name = "Beleid"
