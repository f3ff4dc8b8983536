"""The REST API's request parser: JSON only, through the shared bounded loader."""

from __future__ import annotations

from django.conf import settings
from rest_framework.exceptions import ParseError
from rest_framework.parsers import BaseParser

from regie.core import safeload


class BoundedJSONParser(BaseParser):
    """JSON bodies through the shared bounded loader (`regie.core.safeload`): a body that is
    too large, too deep, has duplicate keys, NaN, huge numbers, NUL or lone surrogates is a
    400 with a Dutch message, never a 500. (Not a `JSONParser` subclass: DRF reads the whole
    body for those before the parser sees it; this one reads at most the limit.)"""

    media_type = "application/json"

    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 2_621_440
        raw = stream.read(limit + 1) if stream is not None else b""
        try:
            return safeload.load_bytes(raw, source="verzoek", fmt="json", max_bytes=limit)
        except safeload.LoadError as exc:
            raise ParseError(str(exc)) from exc
