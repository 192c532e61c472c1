"""User-facing messages that the domain raises, translatable later by the UI."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - name lupdate knows
    """Marks `source` for Qt Linguist without importing Qt; the UI translates at display time."""
    return source


Translate = Callable[[str, str], str]


class UserError(Exception):
    """An expected problem with a plain Danish explanation; never carries personal data.

    `str(err)` is the Danish text (what the command line prints). The GUI calls
    `err.render(QCoreApplication.translate)` to show it in the user's language.
    """

    exit_code = 2

    def __init__(self, context: str, source: str, /, **params: Any) -> None:
        self.context = context
        self.source = source
        self.params: Mapping[str, Any] = params
        super().__init__(self.render())

    def render(self, translate: Translate | None = None) -> str:
        text = translate(self.context, self.source) if translate else self.source
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return text


class ValidationError(UserError):
    """Input that breaks a rule (a wrong CPR number, an impossible date, …)."""

    def __init__(self, field: str, context: str, source: str, /, **params: Any) -> None:
        self.field = field
        super().__init__(context, source, **params)


class RuleViolation(UserError):
    """An action the BTI rules forbid (releasing the baton unaccepted, a third § 49a meeting, …)."""
