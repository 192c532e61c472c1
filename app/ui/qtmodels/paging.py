"""Rows that arrive in windows as the view scrolls (Qt's canFetchMore/fetchMore).

A list of 50,000 cases or deadlines is never read, built or laid out at once: the first window
comes with the total, and the view asks for more when the user scrolls near the end.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

logger = logging.getLogger(__name__)

PAGE = 200

# fetch(offset, deliver): read the rows from `offset` (off the GUI thread) and call deliver(rows)
Fetch = Callable[[int, Callable[[list[Any]], None]], None]


class Pager:
    """The paging state a table model delegates to: rows so far, the total, one fetch at a time."""

    def __init__(self) -> None:
        self.rows: list[Any] = []
        self.total = 0
        self._fetch: Fetch | None = None
        self._pending = False
        self._generation = 0

    def start(self, first: list[Any], total: int, fetch: Fetch | None) -> None:
        self._generation += 1  # a window still on its way belongs to the old list: dropped
        self.rows = list(first)
        self.total = max(total, len(self.rows))
        self._fetch = fetch
        self._pending = False

    def clear(self) -> None:
        self.start([], 0, None)

    def can_fetch_more(self) -> bool:
        return self._fetch is not None and not self._pending and len(self.rows) < self.total

    def fetch_more(self, append: Callable[[list[Any]], None]) -> None:
        """Ask for the next window; `append(rows)` is called with it unless the list changed."""
        if not self.can_fetch_more():
            return
        assert self._fetch is not None
        self._pending = True
        generation = self._generation

        def deliver(rows: list[Any]) -> None:
            if generation != self._generation:
                return
            self._pending = False
            if not rows:  # fewer than counted (a case was removed meanwhile): stop asking
                self.total = len(self.rows)
                return
            append(rows)

        self._fetch(len(self.rows), deliver)
