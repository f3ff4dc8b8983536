from django.apps import AppConfig


class PublicationConfig(AppConfig):
    name = "regie.publication"
    verbose_name = "Publicatie"

    def ready(self) -> None:
        from regie.publication import evidence
        from regie.register.panels import register_panel

        register_panel("publication/_panel.html", context=_panel_context)
        evidence.register()


def _panel_context(request, application):
    """Links to the dossier report and, for who may see it, the register publication."""
    from regie.publication import roles

    return {"can_view_publication": request.user.has_perm(roles.VIEW_PUBLICATION)}
