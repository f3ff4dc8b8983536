"""The one exception type for bad input, shared by every app."""


class InputError(ValueError):
    """Input that Regie refuses: a file, a field or an argument. The message is Dutch, one
    line, and names the file and field; commands turn it into exit status 2."""
