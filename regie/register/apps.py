from django.apps import AppConfig
from django.db.models.signals import post_migrate


class RegisterConfig(AppConfig):
    name = "regie.register"
    verbose_name = "Register"

    def ready(self) -> None:
        from regie.register import agreements
        from regie.register.roles import sync_roles

        agreements.register()
        post_migrate.connect(sync_roles, dispatch_uid="regie_sync_roles")
