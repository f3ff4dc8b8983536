"""The one exception type for bad input, shared by every app, and its message for people."""

import re


class InputError(ValueError):
    """Input that Regie refuses: a file, a field or an argument. The message is Dutch, one
    line, and names the file and field; commands turn it into exit status 2."""


_FIELD_PREFIX = re.compile(r"(^|; )(?:veld )?'?[a-z][a-z0-9_.]*'?: (?=\S)")


def for_people(error: Exception | str) -> str:
    """The message for a web page: without the leading field code that the command line and
    the API need (`veld 'exception_reason': …`), starting with a capital. The page's form
    shows which field it is about."""
    text = _FIELD_PREFIX.sub(r"\1", str(error))
    return text[:1].upper() + text[1:]


def field_of(error: Exception | str) -> str | None:
    """The field code a message starts with (`veld 'x': …` or `x: …`), if any."""
    found = _FIELD_PREFIX.match(str(error))
    return found.group(0).split(":")[0].removeprefix("veld ").strip("'") if found else None
