from django.apps import AppConfig


class GatewayConfig(AppConfig):
    name = "regie.gateway"
    verbose_name = "Gateway"
