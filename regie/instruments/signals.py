"""Signals other apps listen to, so the instruments app need not know them."""

from django.dispatch import Signal

# Sent after an official file is stored whose content differs from the official version
# loaded before it: `previous`, `version` (InstrumentVersion) and `actor`.
official_file_changed = Signal()
