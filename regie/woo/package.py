"""The Woo package: each document as a PDF with its redactions blacked out and marked with
their ground, and the inventory list (inventarislijst) as CSV and PDF, in one zip file.

A redacted passage never reaches the PDF: its characters are replaced before rendering, so
no copy-paste or text layer can bring it back.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from dataclasses import dataclass
from functools import cache
from html import escape

from django.db import transaction
from django.utils import timezone

from regie.audit.service import Actor, record_event
from regie.core.errors import InputError
from regie.woo.models import Disclosure, WooDocument, WooRequest
from regie.woo.selection import open_reviews

_STYLE = """
@page { size: A4; margin: 2cm; @bottom-right { content: counter(page) " / " counter(pages); } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }
h1 { font-size: 14pt; }
.meta { color: #444; }
pre { white-space: pre-wrap; font-family: inherit; }
.redacted { background: #000; color: #fff; padding: 0 2pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 3pt; text-align: left; vertical-align: top; }
"""


def short_ground(ground: str) -> str:
    """'5.1 lid 2 sub e' → '5.1.2e', the way Woo documents mark a redaction."""
    parts = ground.replace("lid ", "").replace("sub ", "").split()
    return f"{parts[0]}.{parts[1]}{parts[2]}" if len(parts) == 3 else ground


@dataclass(frozen=True)
class InventoryRow:
    number: int
    date: str
    title: str
    kind: str
    decision: str
    grounds: str


def _accepted(document: WooDocument) -> list:
    return [r for r in document.redactions.all() if r.status == "accepted"]


def redacted_html(document: WooDocument) -> str:
    """The document's text, escaped, with every accepted redaction replaced by its mark."""
    text, out, position = document.text, [], 0
    for redaction in sorted(_accepted(document), key=lambda r: r.start):
        if redaction.start < position:  # overlaps one already blacked out
            position = max(position, redaction.end)
            continue
        out.append(escape(text[position:redaction.start]))
        out.append(f'<span class="redacted">[{escape(short_ground(redaction.ground))}]</span>')
        position = redaction.end
    out.append(escape(text[position:]))
    return "".join(out)


def inventory(request: WooRequest) -> list[InventoryRow]:
    rows = []
    for document in request.documents.prefetch_related("redactions"):
        accepted = _accepted(document)
        if document.withheld:
            decision, grounds = Disclosure.WITHHELD, [document.withheld_ground]
        elif accepted:
            decision = Disclosure.PARTLY
            grounds = sorted({r.ground for r in accepted})
        else:
            decision, grounds = Disclosure.PUBLIC, []
        rows.append(InventoryRow(document.number, document.date.isoformat(), document.title,
                                 document.get_kind_display(), str(decision.label),
                                 "; ".join(f"art. {g} Woo" for g in grounds if g)))
    return rows


@cache
def _stylesheet():
    """Parsed once per process: a package renders many small documents."""
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    return CSS(string=_STYLE, font_config=fonts), fonts


def _pdf(html_body: str, title: str) -> bytes:
    from weasyprint import HTML

    stylesheet, fonts = _stylesheet()
    html = (f"<!doctype html><html lang=nl><head><meta charset=utf-8><title>{escape(title)}"
            f"</title></head><body>{html_body}</body></html>")
    return HTML(string=html).write_pdf(stylesheets=[stylesheet], font_config=fonts)


def document_pdf(request: WooRequest, document: WooDocument) -> bytes:
    body = (f"<h1>{escape(document.title)}</h1>"
            f"<p class=meta>{escape(request.reference)} · document {document.number} · "
            f"{document.date:%d-%m-%Y} · {escape(document.get_kind_display())}</p>"
            f"<pre>{redacted_html(document)}</pre>")
    return _pdf(body, document.title)


def inventory_csv(rows: list[InventoryRow]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["nummer", "datum", "titel", "soort", "beoordeling", "weigeringsgronden"])
    for row in rows:
        writer.writerow([row.number, row.date, row.title, row.kind, row.decision, row.grounds])
    return out.getvalue().encode("utf-8-sig")  # with a BOM, so spreadsheet programs read UTF-8


def inventory_pdf(request: WooRequest, rows: list[InventoryRow]) -> bytes:
    cells = "".join(
        f"<tr><td>{r.number}</td><td>{r.date}</td><td>{escape(r.title)}</td>"
        f"<td>{escape(r.kind)}</td><td>{escape(r.decision)}</td><td>{escape(r.grounds)}</td>"
        "</tr>" for r in rows)
    body = (f"<h1>Inventarislijst {escape(request.reference)}</h1>"
            f"<p class=meta>{escape(request.subject)}</p>"
            "<table><thead><tr><th>Nr.</th><th>Datum</th><th>Titel</th><th>Soort</th>"
            f"<th>Beoordeling</th><th>Weigeringsgronden</th></tr></thead><tbody>{cells}"
            "</tbody></table>")
    return _pdf(body, f"Inventarislijst {request.reference}")


@transaction.atomic
def export_package(request: WooRequest, *, actor: Actor) -> bytes:
    """The zip file; refuses while any proposed redaction still waits for review."""
    waiting = open_reviews(request).count()
    if waiting:
        raise InputError(f"export: nog {waiting} voorgestelde weglakking(en) te beoordelen")
    if not request.documents.exists():
        raise InputError("export: er zijn geen documenten geselecteerd")
    rows = inventory(request)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for document in request.documents.prefetch_related("redactions"):
            if not document.withheld:
                archive.writestr(f"documenten/{document.number:04d}.pdf",
                                 document_pdf(request, document))
        archive.writestr("inventarislijst.csv", inventory_csv(rows))
        archive.writestr("inventarislijst.pdf", inventory_pdf(request, rows))
    data = buffer.getvalue()
    request.exported_at = timezone.now()
    request.save(update_fields=["exported_at"])
    record_event("woo_package_exported", actor=actor, obj=request,
                 organization_id=request.organization_id,
                 data={"documents": len(rows), "sha256": hashlib.sha256(data).hexdigest()})
    return data
