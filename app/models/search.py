"""Search keys for the case list: the child's name by word prefix, the CPR number by digits."""

from __future__ import annotations

import logging
import re
import unicodedata

from sqlalchemy import Select, select

from app.models import tables as t

logger = logging.getLogger(__name__)

# Above every character SQLite's BINARY collation can meet: key >= p AND key < p + TOP is a
# prefix test that uses the index (LIKE would not: it is case-folding only for ASCII).
_TOP = "\U0010ffff"
_CPR_LIKE = re.compile(r"^[\d\s-]+$")


def name_key(text: str) -> str:
    """Case- and width-insensitive, single spaces: "  HANS  hansen" → "hans hansen"."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def name_keys(name: str) -> list[str]:
    """Every suffix that starts at a word: "hans ib hansen" → itself, "ib hansen", "hansen"."""
    words = name_key(name).split(" ")
    return [" ".join(words[i:]) for i in range(len(words)) if words[i]]


def cpr_digits(cpr: str | None) -> str | None:
    if not cpr:
        return None
    digits = "".join(ch for ch in cpr if ch.isdigit())
    return digits or None


# A search with this many digits names a birth date (CPR's first six), so it looks a person up
# by their number: audited as a view of every case it finds. Shorter digit runs are left out,
# so typing "01" does not write a row for each of hundreds of cases.
CPR_SEARCH_DIGITS = 6


def is_cpr_search(search: str | None) -> bool:
    text = (search or "").strip()
    return bool(_CPR_LIKE.match(text)) and sum(ch.isdigit() for ch in text) >= CPR_SEARCH_DIGITS


def matching_case_ids(search: str) -> Select[tuple[int]] | None:
    """A SELECT of the ids of cases matching `search`; None when the search is blank."""
    text = search.strip()
    if not text:
        return None
    if _CPR_LIKE.match(text):
        digits = "".join(ch for ch in text if ch.isdigit())
        if digits:
            return select(t.CaseRow.id).where(
                t.CaseRow.cpr_digits >= digits, t.CaseRow.cpr_digits < digits + _TOP
            )
    key = name_key(text)
    return (
        select(t.SearchKeyRow.case_id)
        .where(t.SearchKeyRow.key >= key, t.SearchKeyRow.key < key + _TOP)
        .distinct()
    )


def refresh_keys(row: t.CaseRow) -> list[str]:
    """Set the case row's search columns; returns the name keys for its case_search_keys rows."""
    row.name_key = name_key(row.child_name)
    row.cpr_digits = cpr_digits(row.child_cpr)
    return name_keys(row.child_name)
