"""Requests per service per ISO week, as points for a small SVG line (no JavaScript)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import QuerySet

WEEKS = 12
WIDTH, HEIGHT = 120, 30


@dataclass
class Trend:
    counts: list[int]

    @property
    def points(self) -> str:
        top = max(self.counts) or 1
        step = WIDTH / max(len(self.counts) - 1, 1)
        return " ".join(f"{i * step:.1f},{HEIGHT - (count / top) * (HEIGHT - 2) - 1:.1f}"
                        for i, count in enumerate(self.counts))

    @property
    def total(self) -> int:
        return sum(self.counts)


class Series(dict):
    weeks: list[dt.date]


def weekly_series(usage: QuerySet, *, today: dt.date, by: str = "service_key") -> Series:
    """{value of `by`: Trend} over the last `WEEKS` weeks up to `today` (Mondays as weeks);
    `by` is a field of `Usage` such as `service_key` or `department`."""
    this_monday = today - dt.timedelta(days=today.weekday())
    weeks = [this_monday - dt.timedelta(weeks=n) for n in range(WEEKS - 1, -1, -1)]
    index = {week: i for i, week in enumerate(weeks)}
    series = Series()
    series.weeks = weeks
    rows = usage.filter(day__gte=weeks[0], day__lte=today).values_list(by, "day", "requests")
    for key, day, requests in rows.iterator():
        week = day - dt.timedelta(days=day.weekday())
        trend = series.setdefault(key, Trend([0] * WEEKS))
        trend.counts[index[week]] += requests
    return series
