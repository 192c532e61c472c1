"""How strong a new passphrase is: zxcvbn's estimate, with Danish words it would not know.

zxcvbn (a port of Dropbox's estimator) scores 0–4 from the number of guesses a cracker would
need. Its dictionaries are English, so a small Danish list is given as extra words: "sommer2024"
scores as low as "summer2024". A vault protected by the passphrase alone (no secure keyring on
this computer) can be attacked offline with nothing else, so it needs the top score; with the
device secret in the keyring a copy of the files alone is not enough, and one step less will do.
"""

from __future__ import annotations

import functools
from importlib import resources

from app.vault.errors import WeakPassphrase

MIN_LENGTH = 8
MAX_SCORED = 72
MIN_SCORE_WITH_KEYRING = 3  # ≥ 10^8 guesses
MIN_SCORE_PASSPHRASE_ONLY = 4  # ≥ 10^10 guesses
GOOD_EXAMPLE = "fire tilfældige ord"  # the advice shown with every refusal


@functools.cache
def danish_words() -> tuple[str, ...]:
    text = resources.files("app.vault").joinpath("danish_words.txt").read_text("utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def score(passphrase: str) -> int:
    from zxcvbn import zxcvbn  # imported on first use: its dictionaries take ~0.2 s to load

    # zxcvbn refuses more than 72 characters (and slows down steeply before that); the first
    # 72 decide anyway: a longer passphrase that is weak there is weak.
    return int(zxcvbn(passphrase[:MAX_SCORED], user_inputs=list(danish_words()))["score"])


def minimum_score(*, passphrase_only: bool) -> int:
    return MIN_SCORE_PASSPHRASE_ONLY if passphrase_only else MIN_SCORE_WITH_KEYRING


def require(passphrase: str, *, passphrase_only: bool) -> None:
    """Raise `WeakPassphrase` (with the advice) unless the passphrase is long and strong enough."""
    if len(passphrase.strip()) < MIN_LENGTH or score(passphrase) < minimum_score(
        passphrase_only=passphrase_only
    ):
        raise WeakPassphrase(minimum=MIN_LENGTH)
