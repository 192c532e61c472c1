"""Closing a stafetlog: why it ends (the child thrives again, low risk) and archive or destroy."""

from __future__ import annotations

import logging
from datetime import date

from app.domain.messages import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.records import CaseClosure, ClosureReason, Disposition

logger = logging.getLogger(__name__)

CONTEXT = "Closing"

# One wording per reason, on screen and in the PDF (app.reports.labels takes these).
REASON_TITLES = {
    ClosureReason.THRIVING: QT_TRANSLATE_NOOP("Closing", "Barnet trives igen"),
    ClosureReason.LOW_RISK: QT_TRANSLATE_NOOP("Closing", "Risikoen for tilbagefald er lille"),
    ClosureReason.DECIDED_TOGETHER: QT_TRANSLATE_NOOP(
        "Closing", "Stafetholderen og samarbejdspartnerne har besluttet det sammen"
    ),
    ClosureReason.MOVED: QT_TRANSLATE_NOOP("Closing", "Familien er flyttet"),
    ClosureReason.OTHER: QT_TRANSLATE_NOOP("Closing", "Anden grund"),
}
# The BTI conditions (seed 003 ~1627-1633): the log ends only when all of them hold.
REQUIRED_REASONS = (ClosureReason.THRIVING, ClosureReason.LOW_RISK, ClosureReason.DECIDED_TOGETHER)

DISPOSITION_TITLES = {
    Disposition.ARCHIVE: QT_TRANSLATE_NOOP("Closing", "Arkivér stafetloggen"),
    Disposition.DESTROY: QT_TRANSLATE_NOOP("Closing", "Slet stafetloggen"),
}


def validate_closure(closure: CaseClosure, *, created_on: date | None = None) -> None:
    """All three BTI conditions, an explanation, who closes it, and what happens to the log.

    That the one who closes is the holder is checked by BatonState.close, which knows the holder.
    """
    if not closure.reasons:
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Closing",
                "Vælg mindst én grund til at afslutte stafetloggen, for eksempel at barnet "
                "trives igen.",
            ),
        )
    for reason in closure.reasons:
        if not isinstance(reason, ClosureReason):
            try:
                ClosureReason(reason)
            except ValueError:
                raise RuleViolation(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("Closing", "Grunden til afslutningen er ukendt."),
                ) from None
    reasons = {ClosureReason(reason) for reason in closure.reasons}
    if ClosureReason.MOVED in reasons:
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Closing",
                "At familien flytter, afslutter ikke stafetloggen. Find en ny stafetholder, hvor "
                "familien bor nu, og giv stafetten videre.",
            ),
        )
    if ClosureReason.OTHER in reasons or not reasons.issuperset(REQUIRED_REASONS):
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Closing",
                "Stafetloggen afsluttes først, når barnet trives igen, risikoen for tilbagefald "
                "er lille, og stafetholderen har besluttet det sammen med samarbejdspartnerne. "
                "Sæt flueben ved alle tre.",
            ),
        )
    if not closure.explanation.strip():
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Closing",
                "Skriv kort, hvorfor stafetloggen afsluttes, så forældrene kan læse det.",
            ),
        )
    if not closure.closed_by.name.strip():
        raise RuleViolation(
            CONTEXT, QT_TRANSLATE_NOOP("Closing", "Skriv hvem der afslutter stafetloggen.")
        )
    try:
        Disposition(closure.disposition)
    except ValueError:
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP("Closing", "Vælg om stafetloggen skal arkiveres eller slettes."),
        ) from None
    if created_on is not None and closure.closed_on < created_on:
        raise RuleViolation(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Closing", "Stafetloggen kan ikke afsluttes, før den er oprettet. Ret datoen."
            ),
        )
