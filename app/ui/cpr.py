"""How a CPR number is shown: masked by default (DDMMYY-XXXX), hidden in the family-safe view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def mask_cpr(cpr: str | None) -> str:
    """'010203-1234' → '010203-XXXX'; the birth date part stays, the serial number does not."""
    if not cpr:
        return ""
    digits = cpr.replace("-", "")
    if len(digits) != 10:
        return "XXXXXX-XXXX"
    return f"{digits[:6]}-XXXX"


def shown_cpr(cpr: str | None, *, revealed: bool = False, family_safe: bool = False) -> str:
    if not cpr:
        return ""
    if family_safe:
        return QCoreApplication.translate("Cpr", "skjult")
    if revealed:
        digits = cpr.replace("-", "")
        return f"{digits[:6]}-{digits[6:]}" if len(digits) == 10 else cpr
    return mask_cpr(cpr)
