from django.apps import AppConfig


class LifecycleConfig(AppConfig):
    name = "regie.lifecycle"
    verbose_name = "Beheer na besluit"

    def ready(self) -> None:
        """Lifecycle builds on the procedure, never the other way round: it registers the
        fact it evidences (trained users), the precondition for use and the review
        schedule with the register and the workflow."""
        from django.utils.translation import gettext_lazy as _

        from regie.lifecycle.evaluations import next_due
        from regie.lifecycle.literacy import (
            TRAINED_FACT,
            self_form,
            untrained_operators,
            users_trained_proofs,
        )
        from regie.register.evidence import register_evidence_form, register_fact
        from regie.workflow import hooks
        from regie.workflow.transitions import OPERATORS_TRAINED

        register_fact(TRAINED_FACT, proofs=users_trained_proofs, claims={True}, unmet=False)
        register_evidence_form(TRAINED_FACT, self_form)
        hooks.register_precondition(
            OPERATORS_TRAINED,
            _("iedereen die de toepassing gebruikt of beheert heeft een geldige training "
              "AI-geletterdheid (AI-verordening art. 4; 004 Bijlage 2)"),
            lambda application: not untrained_operators(application),
        )
        hooks.register_review_schedule(next_due)
