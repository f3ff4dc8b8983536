"""The dossier file: the exchange format of one application (YAML or JSON).

This module knows the format and nothing of the database: it builds the JSON Schema from the
register's vocabularies, reads and validates files with Dutch messages that name the field,
and normalises a dossier so that every key is present (null = not yet known). The policy
evaluator reads normalised dossiers; `service.py` maps them onto the register.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jsonschema

from regie.core import safeload
from regie.core.errors import InputError
from regie.register import constants as c

__all__ = [
    "DossierError", "SCALAR_FIELDS", "LIST_FIELDS", "MODEL_FIELDS", "SUPPLIER_FIELDS",
    "dossier_schema", "load_dossier_file", "parse_dossier", "normalize", "get_path",
]

MAX_FILE_BYTES = 5 * 1024 * 1024


class DossierError(InputError):
    """A dossier that cannot be used; the message names the file, the field and the problem."""

    def __init__(self, problem: str, *, field: str = "", source: str = "") -> None:
        self.problem, self.field, self.source = problem, field, source
        where = ": ".join(part for part in (source, f"veld '{field}'" if field else "") if part)
        super().__init__(f"{where}: {problem}" if where else problem)


# (dossier path, Application field, kind). Kinds: text, choice, bool, date.
SCALAR_FIELDS: list[tuple[str, str, str]] = [
    ("name", "name", "text"),
    ("purpose", "purpose", "text"),
    ("societal_value", "societal_value", "text"),
    ("owner.name", "owner_name", "text"),
    ("owner.email", "owner_email", "text"),
    ("department", "department", "text"),
    ("theme", "theme", "choice"),
    ("legal_basis", "legal_basis", "text"),
    ("contact_email", "contact_email", "text"),
    ("use", "use", "choice"),
    ("environment", "environment", "choice"),
    ("decisions.legal_or_financial_effects", "decisions_legal_or_financial_effects", "bool"),
    ("decisions.autonomous", "decisions_autonomous", "bool"),
    ("decisions.directie_decision", "decisions_directie_decision", "text"),
    ("impact.citizens", "impact_citizens", "bool"),
    ("impact.employees", "impact_employees", "bool"),
    ("data.personal_data", "data_personal", "bool"),
    ("data.special_categories", "data_special_categories", "bool"),
    ("data.confidential", "data_confidential", "bool"),
    ("supplier_agreements.data_sharing", "agreement_data_sharing", "choice"),
    ("supplier_agreements.data_retention", "agreement_data_retention", "choice"),
    ("supplier_agreements.retraining_on_prompts", "agreement_retraining_on_prompts", "choice"),
    ("supplier_agreements.processor_agreement", "agreement_processor", "choice"),
    ("supplier_agreements.contract_end_date", "contract_end_date", "date"),
    ("risk_analysis.necessity_proportionality", "risk_necessity_proportionality", "text"),
    ("risk_analysis.preconditions", "risk_preconditions", "text"),
    ("risk_analysis.subsidiarity", "risk_subsidiarity", "text"),
    ("risk_analysis.care", "risk_care", "text"),
    ("risk_analysis.exit_strategy", "risk_exit_strategy", "text"),
    ("assessments.dpia", "assessment_dpia", "choice"),
    ("assessments.iama", "assessment_iama", "choice"),
    ("assessments.ai_act.risk", "ai_act_risk", "choice"),
    ("assessments.ai_act.gpai", "ai_act_gpai", "bool"),
    ("advice.fg", "advice_fg", "choice"),
    ("advice.ciso", "advice_ciso", "choice"),
    ("human_oversight", "human_oversight", "text"),
    ("transparency.public_informed", "transparency_public_informed", "bool"),
    ("transparency.output_labelled", "transparency_output_labelled", "bool"),
    ("registers.algoritmeregister", "register_algoritmeregister", "bool"),
    ("registers.cmdb", "register_cmdb", "bool"),
    ("training.users_trained", "training_users_trained", "bool"),
    ("status", "status", "choice"),
    ("external.source", "external_source", "text"),
    ("external.id", "external_id", "text"),
    ("external.url", "external_url", "text"),
    ("external.registered_on", "registered_on", "date"),
]

# (dossier path, related name on Application, value field, vocabulary)
LIST_FIELDS: list[tuple[str, str, str, type]] = [
    ("tasks", "tasks", "task", c.Task),
    ("risk_analysis.experts", "experts", "expertise", c.Expertise),
    ("assessments.ai_act.roles", "ai_act_roles", "role", c.AIActRole),
]

# (key inside `model`, AIModel field, kind)
MODEL_FIELDS: list[tuple[str, str, str]] = [
    ("name", "name", "text"),
    ("provider", "provider", "text"),
    ("country", "country", "text"),
    ("developed_in_eu", "developed_in_eu", "bool"),
    ("licence", "licence", "text"),
    ("open_source", "open_source", "choice"),
    ("hosting", "hosting", "choice"),
    ("terms", "terms", "choice"),
    ("gpai", "gpai", "bool"),
    ("parameters_billion", "parameters_billion", "number"),
    ("endpoint.base_url", "endpoint_base_url", "text"),
    ("endpoint.api_key_env", "endpoint_api_key_env", "text"),
    ("endpoint.model", "endpoint_model", "text"),
]

SUPPLIER_FIELDS: list[tuple[str, str, str]] = [
    ("name", "name", "text"),
    ("country", "country", "text"),
    ("kvk_number", "kvk_number", "text"),
    ("contact_email", "contact_email", "text"),
    ("website", "website", "text"),
]

_CHOICES: dict[str, type] = {
    "theme": c.Theme, "use": c.Use, "environment": c.Environment,
    "supplier_agreements.data_sharing": c.Agreement,
    "supplier_agreements.data_retention": c.Agreement,
    "supplier_agreements.retraining_on_prompts": c.Retraining,
    "supplier_agreements.processor_agreement": c.Agreement,
    "assessments.dpia": c.AssessmentStatus, "assessments.iama": c.AssessmentStatus,
    "assessments.ai_act.risk": c.AIActRisk,
    "advice.fg": c.Advice, "advice.ciso": c.Advice, "status": c.Status,
    "open_source": c.OpenSource, "hosting": c.Hosting, "terms": c.Terms,
}

_TEXT_LIMITS = {
    "name": 200, "owner.name": 200, "owner.email": 254, "department": 200,
    "contact_email": 254, "external.source": 40, "external.id": 100, "external.url": 500,
    "provider": 200, "country": 100, "licence": 100, "endpoint.base_url": 500,
    "endpoint.api_key_env": 100, "endpoint.model": 200, "kvk_number": 8, "website": 200,
}


def _leaf_schema(path: str, kind: str) -> dict[str, Any]:
    leaf = path.rsplit(".", 1)[-1] if path not in _CHOICES else path
    if kind == "bool":
        return {"type": ["boolean", "null"]}
    if kind == "date":
        return {"type": ["string", "null"], "format": "date"}
    if kind == "number":
        return {"type": ["number", "null"], "minimum": 0}
    if kind == "choice":
        vocabulary = _CHOICES.get(path) or _CHOICES[leaf]
        return {"type": ["string", "null"], "enum": [*vocabulary.values, None]}
    schema: dict[str, Any] = {"type": ["string", "null"]}
    limit = _TEXT_LIMITS.get(path) or _TEXT_LIMITS.get(leaf)
    if limit:
        schema["maxLength"] = limit
    if path.endswith("email"):
        schema["format"] = "email"
    return schema


def _object(properties: dict[str, Any], required: list[str] | None = None,
            nullable: bool = True) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": ["object", "null"] if nullable else "object",
        "additionalProperties": False,
        "properties": properties,
    }
    if required:
        schema["required"] = required
    return schema


def _insert(tree: dict[str, Any], path: str, leaf: dict[str, Any]) -> None:
    parts = path.split(".")
    node = tree
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = leaf


def _build(tree: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value if "type" in value else _object(_build(value))
        for key, value in tree.items()
    }


def dossier_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the dossier format."""
    tree: dict[str, Any] = {}
    for path, _field, kind in SCALAR_FIELDS:
        _insert(tree, path, _leaf_schema(path, kind))
    for path, _related, _value, vocabulary in LIST_FIELDS:
        _insert(tree, path, {"type": ["array", "null"], "uniqueItems": True,
                             "items": {"type": "string", "enum": list(vocabulary.values)}})
    model_tree: dict[str, Any] = {}
    for key, _field, kind in MODEL_FIELDS:
        _insert(model_tree, key, _leaf_schema(key, kind))
    model_schema = _object(_build(model_tree), required=["name"])
    supplier_tree = {key: _leaf_schema(key, kind) for key, _field, kind in SUPPLIER_FIELDS}
    properties = _build(tree)
    properties["name"] = {"type": "string", "minLength": 1, "maxLength": 200}
    properties["organization"] = {"type": "string", "minLength": 1, "maxLength": 200}
    properties["slug"] = {"type": ["string", "null"], "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                          "maxLength": 120}
    properties["model"] = model_schema
    properties["other_models"] = {"type": ["array", "null"],
                                  "items": {**model_schema, "type": "object"}}
    properties["supplier"] = _object(supplier_tree, required=["name"])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://regie.example/schemas/dossier.schema.json",
        "title": "Regie-dossier van een generatieve-AI-toepassing",
        "description": "Uitwisselformaat van één toepassing: wat `regie evaluate` leest en "
                       "`regie dossier import/export` zonder verlies uitwisselen. "
                       "null betekent: nog niet bekend.",
        "type": "object",
        "additionalProperties": False,
        "required": ["name", "organization"],
        "properties": properties,
    }


_VALIDATOR = jsonschema.Draft202012Validator(
    dossier_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)

_TYPE_WORDS = {"string": "tekst", "boolean": "true of false", "number": "een getal",
               "array": "een lijst", "object": "een object met velden", "null": "null"}


def _field_path(error: jsonschema.ValidationError) -> str:
    parts: list[str] = []
    for part in error.absolute_path:
        if isinstance(part, int):
            parts[-1:] = [f"{parts[-1] if parts else ''}[{part}]"]
        else:
            parts.append(str(part))
    return ".".join(parts)


def _describe(error: jsonschema.ValidationError) -> tuple[str, str]:
    field = _field_path(error)
    validator, value = error.validator, error.instance
    if validator == "required":
        missing = error.message.split("'")[1]
        return (f"{field}.{missing}" if field else missing), "ontbreekt (verplicht)"
    if validator == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        name = ", ".join(extra)
        return (f"{field}.{name}" if field else name), "onbekend veld"
    if validator == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value if v is not None)
        return field, f"ongeldige waarde {value!r}; toegestaan: {allowed}"
    if validator == "type":
        expected = error.validator_value
        expected = expected if isinstance(expected, list) else [expected]
        words = " of ".join(_TYPE_WORDS.get(t, t) for t in expected if t != "null")
        return field, f"verwacht {words}, kreeg {value!r}"
    if validator == "maxLength":
        return field, f"te lang: {len(value)} tekens, maximaal {error.validator_value}"
    if validator == "minLength":
        return field, "mag niet leeg zijn"
    if validator == "format":
        words = {"date": "een datum (JJJJ-MM-DD)", "email": "een e-mailadres"}
        return field, f"verwacht {words.get(error.validator_value, error.validator_value)}, " \
                      f"kreeg {value!r}"
    if validator == "uniqueItems":
        return field, "bevat een waarde dubbel"
    if validator == "pattern":
        return field, f"ongeldige waarde {value!r} (alleen kleine letters, cijfers en -)"
    if validator == "minimum":
        return field, f"mag niet negatief zijn, kreeg {value!r}"
    return field, error.message


# Names and identifiers: no control, direction or invisible characters (other text is
# checked by the loader for control and direction characters only).
NAME_PATHS = ("name", "slug", "organization", "owner.name", "model.name", "model.provider",
              "supplier.name")


def _check_names(data: Mapping[str, Any], source: str) -> None:
    models = data.get("other_models")
    others = models if isinstance(models, list) else []
    for path in NAME_PATHS:
        _check_name(get_path(data, path), path, source)
    for index, model in enumerate(others):
        if isinstance(model, Mapping):
            for key in ("name", "provider"):
                _check_name(model.get(key), f"other_models[{index}].{key}", source)


def _check_name(value: Any, field: str, source: str) -> None:
    try:
        safeload.check_name(value, field=field)
    except safeload.LoadError as exc:
        raise DossierError(exc.problem, field=field, source=source) from exc


def parse_dossier(data: Any, *, source: str = "") -> dict[str, Any]:
    """Validate a dossier (parsed by `regie.core.safeload`, or an API body parsed by the
    same loader) and return it normalised."""
    if not isinstance(data, Mapping):
        raise DossierError("een dossier is een object met velden (name, organization, …)",
                           source=source)
    data = dict(data)
    errors = sorted(_VALIDATOR.iter_errors(data), key=lambda e: (list(e.absolute_path),
                                                                 e.validator))
    if errors:
        field, problem = _describe(errors[0])
        if len(errors) > 1:
            problem += f" (en nog {len(errors) - 1} andere fout(en))"
        raise DossierError(problem, field=field, source=source)
    _check_names(data, source)
    return normalize(data)


def load_dossier_file(path: str | Path) -> dict[str, Any]:
    """Read, validate and normalise a dossier file (YAML or JSON)."""
    name = str(path)
    try:
        text = safeload.read_bounded(path, max_bytes=MAX_FILE_BYTES)
    except safeload.LoadError as exc:
        raise DossierError(exc.problem, source=name) from exc
    return parse_dossier(parse_text(text, source=name), source=name)


def parse_text(text: str, *, source: str = "") -> Any:
    """JSON when it looks like JSON, otherwise YAML, through the bounded loader."""
    try:
        return safeload.load_text(text, max_bytes=MAX_FILE_BYTES)
    except safeload.LoadError as exc:
        field = exc.place[len("veld '"):-1] if exc.place.startswith("veld '") else ""
        problem = exc.problem if field or not exc.place else f"{exc.place}: {exc.problem}"
        raise DossierError(problem, field=field, source=source) from exc


def get_path(data: Mapping[str, Any] | None, path: str) -> Any:
    node: Any = data
    for part in path.split("."):
        if not isinstance(node, Mapping):
            return None
        node = node.get(part)
    return node


def _set_path(data: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    node = data
    for part in parts[:-1]:
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    node[parts[-1]] = value


def _clean(value: Any, kind: str) -> Any:
    if value == "":
        return None
    if kind == "text" and isinstance(value, str):
        return value.strip() or None
    return value


def normalize_model(model: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not model:
        return None
    result: dict[str, Any] = {}
    for key, _field, kind in MODEL_FIELDS:
        _set_path(result, key, _clean(get_path(model, key), kind))
    return result


def normalize(data: Mapping[str, Any]) -> dict[str, Any]:
    """Every key of the format present, empty text as null, lists sorted."""
    result: dict[str, Any] = {
        "slug": data.get("slug") or None,
        "organization": (data.get("organization") or "").strip() or None,
    }
    for path, _field, kind in SCALAR_FIELDS:
        _set_path(result, path, _clean(get_path(data, path), kind))
    for path, _related, _value, _vocabulary in LIST_FIELDS:
        _set_path(result, path, sorted(get_path(data, path) or []))
    result["model"] = normalize_model(data.get("model"))
    result["other_models"] = [normalize_model(m) for m in data.get("other_models") or []]
    supplier = data.get("supplier")
    result["supplier"] = (
        {key: _clean(supplier.get(key), kind) for key, _field, kind in SUPPLIER_FIELDS}
        if supplier else None
    )
    return result
