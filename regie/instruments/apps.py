from django.apps import AppConfig


class InstrumentsConfig(AppConfig):
    name = "regie.instruments"
    verbose_name = "Instrumenten"

    def ready(self) -> None:
        from regie.instruments import reports
        from regie.register.panels import register_panel
        from regie.workflow import hooks

        register_panel("instruments/_panel.html", context=_panel_context)
        reports.register()
        hooks.register_advice_context(_advice_context)


def _panel_context(request, application):
    """The instruments run for this application, for the register's application page."""
    if not request.user.has_perm("instruments.view_instrumentrun"):
        return None
    from regie.instruments.service import instrument_results

    return {"instrument_results": instrument_results(application)}


def _advice_context(application):
    """The instruments' answers and outcomes, for the FG's and CISO's advice page."""
    from regie.instruments.service import instrument_results

    return {"instrument_results": instrument_results(application)}
