"""The one error an instrument file or an answer can raise."""

from __future__ import annotations

from regie.core.errors import InputError


class InstrumentError(InputError):
    """A refused instrument file or answer: the message names the file, the place (question
    id, task id or path) and the problem, in Dutch, on one line."""

    def __init__(self, problem: str, *, place: str = "", source: str = "") -> None:
        self.problem, self.place, self.source = problem, place, source
        where = ": ".join(part for part in (source, place) if part)
        super().__init__(f"{where}: {problem}" if where else problem)

    def in_file(self, source: str) -> InstrumentError:
        return InstrumentError(self.problem, place=self.place, source=source)
