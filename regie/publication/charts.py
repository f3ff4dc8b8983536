"""A tiny server-side SVG chart helper: horizontal bars and a donut.

Charts are images with a title (`role="img"`, `<title>`, `<desc>`); the page shows the same
figures as a table beside them, so screen readers and printouts lose nothing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import count

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

__all__ = ["Datum", "bar_chart", "donut_chart", "PALETTE"]

# Rijkshuisstijl colours, AA contrast against white for labels next to them.
PALETTE = [
    "#01689b",
    "#39870c",
    "#e17000",
    "#a90061",
    "#42145f",
    "#007bc7",
    "#673327",
    "#ca005d",
    "#275937",
    "#696969",
]
_ids = count(1)


@dataclass(frozen=True)
class Datum:
    label: str
    value: int


def _frame(width: int, height: int, title: str, desc: str, body: str) -> SafeString:
    uid = f"chart-{next(_ids)}"
    return mark_safe(  # noqa: S308 — every text part below is escaped
        f'<svg xmlns="http://www.w3.org/2000/svg" class="regie-chart" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="{uid}-t {uid}-d"><title id="{uid}-t">{escape(title)}</title>'
        f'<desc id="{uid}-d">{escape(desc)}</desc>{body}</svg>'
    )


def _describe(data: Sequence[Datum]) -> str:
    return "; ".join(f"{d.label}: {d.value}" for d in data) or "geen gegevens"


# Sized to be shown at (or near) their natural width in a dashboard card, also on a phone,
# so that the 14-pixel labels stay readable; the table beside each chart has the full labels.
LABEL_CHARS = 20


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1].rstrip() + "…"


def bar_chart(data: Sequence[Datum], *, title: str, width: int = 340) -> SafeString:
    bar_height, gap, label_width = 22, 8, 160
    height = max(len(data), 1) * (bar_height + gap) + gap
    peak = max((d.value for d in data), default=0) or 1
    room = width - label_width - 60
    parts = []
    for index, datum in enumerate(data):
        y = gap + index * (bar_height + gap)
        length = round(room * datum.value / peak)
        colour = PALETTE[index % len(PALETTE)]
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end" font-size="14" '
            f'fill="#1a1a1a">{escape(_short(datum.label))}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar_height}" '
            f'fill="{colour}"/>'
            f'<text x="{label_width + length + 6}" y="{y + 16}" font-size="14" '
            f'fill="#1a1a1a">{datum.value}</text>'
        )
    return _frame(width, height, title, _describe(data), "".join(parts))


def donut_chart(data: Sequence[Datum], *, title: str, size: int = 200) -> SafeString:
    total = sum(d.value for d in data)
    radius, stroke = size / 2 - 20, 36
    centre = size / 2
    circumference = 2 * math.pi * radius
    parts = [
        f'<circle cx="{centre}" cy="{centre}" r="{radius:.2f}" fill="none" '
        f'stroke="#e6e6e6" stroke-width="{stroke}"/>'
    ]
    offset = 0.0
    for index, datum in enumerate(data):
        if not total or not datum.value:
            continue
        length = circumference * datum.value / total
        parts.append(
            f'<circle cx="{centre}" cy="{centre}" r="{radius:.2f}" fill="none" '
            f'stroke="{PALETTE[index % len(PALETTE)]}" stroke-width="{stroke}" '
            f'stroke-dasharray="{length:.2f} {circumference - length:.2f}" '
            f'stroke-dashoffset="{-offset:.2f}" transform="rotate(-90 {centre} {centre})"/>'
        )
        offset += length
    parts.append(
        f'<text x="{centre}" y="{centre + 7}" text-anchor="middle" font-size="22" '
        f'font-weight="bold" fill="#1a1a1a">{total}</text>'
    )
    return _frame(size, size, title, _describe(data), "".join(parts))
