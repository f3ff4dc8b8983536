"""Woo requests: select what was asked for, review each proposed redaction, export the
package (PDFs with redactions and the inventory list). Other apps import only from here."""

from regie.woo.package import export_package, inventory
from regie.woo.selection import (
    add_redaction,
    candidates,
    next_reference,
    open_reviews,
    review,
    select_documents,
    withhold,
)

__all__ = ["add_redaction", "candidates", "export_package", "inventory", "next_reference",
           "open_reviews", "review", "select_documents", "withhold"]
