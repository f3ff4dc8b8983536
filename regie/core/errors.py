"""The one exception type for bad input, shared by every app, and its message for people."""

import re


class InputError(ValueError):
    """Input that Regie refuses: a file, a field or an argument. The message is Dutch, one
    line, and names the file and field; commands turn it into exit status 2."""


_FIELD_PREFIX = re.compile(r"(^|; (?=veld '))(?:veld )?'?([a-z][a-z0-9_.]*)'?: (?=\S)")
# Field codes in English that messages start with for the command line and the API; a Dutch
# word such as "naam" or "bewijs" is kept, as a label.
_CODES = {"conditions", "file", "item", "kind", "model", "name", "note", "outcome", "rationale",
          "role", "severity", "handler", "status", "text", "url"}


# A file name (`dossier.yaml: …`) is what a person needs to see, not a code.
_FILE_NAME = re.compile(r"\.(ya?ml|json|jsonl|csv|txt|log|zip|gz|pdf|xlsx|docx|md)$")


def _is_code(name: str) -> bool:
    if _FILE_NAME.search(name):
        return False
    return "_" in name or "." in name or name in _CODES


def for_people(error: Exception | str, *, field_shown: bool = False) -> str:
    """The message for a web page: without the leading field code that the command line and
    the API need (`veld 'exception_reason': …`), starting with a capital. A Dutch field word
    stays as a label ("Bewijs: …") unless the form already shows it beside the field."""

    def label(found: re.Match) -> str:
        name = found.group(2)
        if _FILE_NAME.search(name):
            return found.group(0)
        if field_shown or _is_code(name):
            return found.group(1)
        return f"{found.group(1)}{name.capitalize()}: "

    text = _FIELD_PREFIX.sub(label, str(error))
    first = text.split(":", 1)[0]
    if _FILE_NAME.search(first):  # a file name keeps its own spelling
        return text
    return text[:1].upper() + text[1:]


def field_of(error: Exception | str) -> str | None:
    """The field code a message starts with (`veld 'x': …` or `x: …`), if any."""
    found = _FIELD_PREFIX.match(str(error))
    return found.group(2) if found else None
