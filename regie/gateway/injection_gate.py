"""The gateway's use of the prompt-injection detector (issue 17 point 5, `injection.py`):
per application `off` (nothing checked), `log` (the default: signals recorded on the
request, the request goes on) or `block` (a request with any signal is refused in the
OpenAI shape, recorded and audited like every refusal, and nothing is forwarded).

Which texts are checked: `injection.request_texts` (user, tool and function turns as
`texts.turn_slots` finds them, not the application's own system prompt). Short requests are
checked in the event loop (about a third of a millisecond for 2 KB); longer ones in a
thread, so the worker keeps serving.
"""

from __future__ import annotations

import asyncio

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from regie.gateway import injection
from regie.gateway.errors import Refusal
from regie.gateway.grants import Grant
from regie.gateway.models import InjectionMode
from regie.gateway.records import Outcome

SIGNAL_LABELS = {
    injection.Signal.INSTRUCTION_OVERRIDE: gettext_lazy("instructies opzijzetten"),
    injection.Signal.ROLE_PLAY: gettext_lazy("rollenspel om regels te omzeilen"),
    injection.Signal.PROMPT_EXTRACTION: gettext_lazy("de systeemprompt opvragen"),
    injection.Signal.DELIMITER: gettext_lazy("nagemaakte systeem- of rolmarkeringen"),
    injection.Signal.ENCODED_PAYLOAD: gettext_lazy("een gecodeerde opdracht"),
    injection.Signal.HIDDEN_TEXT: gettext_lazy("onzichtbare tekens"),
}


async def check_injection(payload: dict, grant: Grant, outcome: Outcome,
                          inline_chars: int) -> None:
    """Record the request's injection signals on `outcome`; refuse in block mode."""
    mode = grant.policy.injection_mode
    if mode == InjectionMode.OFF:
        return
    texts = injection.request_texts(payload)
    if sum(len(text) for text in texts) <= inline_chars:
        signals = injection.detect_all(texts)
    else:
        signals = await asyncio.to_thread(injection.detect_all, texts)
    outcome.injection_signals = signals
    if signals and mode == InjectionMode.BLOCK:
        named = ", ".join(f"{code} ({SIGNAL_LABELS[injection.Signal(code)]})"
                          for code in signals)
        raise Refusal(400, "prompt_injection_blocked", _(
            "Het verzoek lijkt een poging te bevatten om het AI-model zijn instructies te laten "
            "negeren: %(signals)s. Deze toepassing stuurt zulke verzoeken niet door. Denkt u "
            "dat dit onterecht is? Neem dan contact op met de beheerder van de toepassing.")
            % {"signals": named}, kind="invalid_request_error")
