"""The OpenAPI document's error responses: every operation lists the error statuses the API
can give, so that a client (and schemathesis) finds every answer documented."""

from __future__ import annotations

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ResolvedComponent

# An error: `detail` says what is wrong (Dutch), `field` names the field when there is one;
# validation errors of models and suppliers name each field with its messages.
_ERROR_SCHEMA = {
    "type": "object",
    "properties": {"field": {"type": "string"}, "detail": {"type": "string"}},
    "additionalProperties": {
        "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]
    },
}

# Every status the API can answer besides the operation's own success responses.
_ERRORS = {
    "400": "Ongeldige invoer (veld en probleem in `field` en `detail`)",
    "401": "Niet ingelogd",
    "403": "Geen recht op deze handeling",
    "404": "Niet gevonden (of van een andere organisatie)",
    "405": "Methode niet toegestaan",
    "406": "Gevraagd antwoordformaat niet beschikbaar",
    "415": "Alleen application/json wordt aangenomen",
}
_WITHOUT_BODY = ("GET", "DELETE", "HEAD", "OPTIONS")


class RegieAutoSchema(AutoSchema):
    """drf-spectacular's schema, with the error responses every operation can give."""

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        problem = ResolvedComponent(name="Error", type=ResolvedComponent.SCHEMA,
                                    object="Error", schema=_ERROR_SCHEMA)
        self.registry.register_on_missing(problem)
        for code, description in _ERRORS.items():
            if code == "415" and self.method in _WITHOUT_BODY:
                continue
            if code in responses:
                continue
            responses[code] = {
                "content": {"application/json": {"schema": problem.ref}},
                "description": description,
            }
        return responses

