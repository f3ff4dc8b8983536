from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShadowConfig(AppConfig):
    name = "regie.shadow"
    verbose_name = _("Schaduw-AI")
