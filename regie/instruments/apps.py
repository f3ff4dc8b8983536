from django.apps import AppConfig


class InstrumentsConfig(AppConfig):
    name = "regie.instruments"
    verbose_name = "Instrumenten"

    def ready(self) -> None:
        from regie.instruments import reports
        from regie.register.evidence import register_evidence_form
        from regie.register.panels import register_panel
        from regie.workflow import hooks

        register_panel("instruments/_panel.html", context=_panel_context)
        reports.register()
        register_evidence_form("assessments.ai_act.risk", _decision_tree_form)
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


def _decision_tree_form(application, user):
    """On the procedure's checklist: start Regie's AI-Act decision tree (one button), or go
    on with a run that is not finished."""
    from django.urls import reverse
    from django.utils.translation import gettext as _

    from regie.instruments import service
    from regie.register.access import can_edit_application
    from regie.register.evidence import EvidenceForm, FormField

    if not (user.has_perm("instruments.change_instrumentrun")
            and can_edit_application(user, application)):
        return None
    url = reverse("instruments:decision_tree", args=[application.slug])
    if service.get_run(application, service.AI_ACT) is not None:
        return EvidenceForm(_("Verder met de beslishulp AI-verordening"), url)
    return EvidenceForm(_("Beslishulp AI-verordening beginnen"), url, method="post",
                        fields=(FormField("action", "hidden", value="restart"),))
