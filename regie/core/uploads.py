"""Uploads (evidence, documents): limited in size and to a few document types, checked by
content, for every app that accepts files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from regie.core.errors import InputError

MAX_EVIDENCE_BYTES = min(settings.MAX_UPLOAD_BYTES, 10 * 1024 * 1024)
_ZIP = b"PK\x03\x04"
# extension → accepted first bytes (None = UTF-8 text without NUL bytes)
ALLOWED = {
    "pdf": b"%PDF-",
    "png": b"\x89PNG\r\n\x1a\n",
    "jpg": b"\xff\xd8\xff",
    "jpeg": b"\xff\xd8\xff",
    "docx": _ZIP,
    "xlsx": _ZIP,
    "pptx": _ZIP,
    "odt": _ZIP,
    "ods": _ZIP,
    "txt": None,
    "csv": None,
    "md": None,
    "log": None,
    "json": None,
    "jsonl": None,
}


def check_upload(upload: UploadedFile, *, field: str = "file",
                 allowed: Iterable[str] | None = None, max_bytes: int | None = None) -> str:
    """Refuse anything too large or not one of the allowed types (a subset of `ALLOWED`'s
    extensions; all of them by default); return a safe name."""
    extensions = set(allowed or ALLOWED) & set(ALLOWED)
    limit = min(max_bytes or MAX_EVIDENCE_BYTES, settings.MAX_UPLOAD_BYTES)
    name = PurePath(upload.name or "").name[:150]
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in extensions:
        raise InputError(
            _("veld '%(field)s': bestandstype .%(ext)s is niet toegestaan; alleen: %(allowed)s")
            % {"field": field, "ext": extension or "?", "allowed": ", ".join(sorted(extensions))}
        )
    if upload.size is None or upload.size > limit:
        raise InputError(
            _("veld '%(field)s': bestand is groter dan toegestaan (maximaal %(mb)s MB)")
            % {"field": field, "mb": limit // (1024 * 1024)}
        )
    if upload.size == 0:
        raise InputError(_("veld '%(field)s': bestand is leeg") % {"field": field})
    upload.seek(0)
    head = upload.read(4096)
    upload.seek(0)
    magic = ALLOWED[extension]
    if magic is None:
        ok = b"\x00" not in head
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            ok = exc.start >= len(head) - 4  # a multi-byte character cut off at the end
    else:
        ok = head.startswith(magic)
    if not ok:
        raise InputError(
            _("veld '%(field)s': de inhoud is geen echt .%(ext)s-bestand")
            % {"field": field, "ext": extension}
        )
    return name
