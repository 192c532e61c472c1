"""The pages of an open case, in the order the case view shows them as tabs."""

from __future__ import annotations

import importlib
import logging

logger = logging.getLogger(__name__)


def case_page_classes() -> list[type]:
    """The stafetlog page(s), then the live-meeting pages if that package is installed."""
    from app.ui.stafetlog.page import StafetlogPage

    classes: list[type] = [StafetlogPage]
    try:
        live = importlib.import_module("app.ui.live")
    except ModuleNotFoundError as exc:
        if exc.name != "app.ui.live":
            raise
        return classes
    classes.extend(getattr(live, "LIVE_PAGES", ()))
    return classes
