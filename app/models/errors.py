"""The case service's own Danish messages for expected problems (never with personal data)."""

from __future__ import annotations

from app.domain.messages import QT_TRANSLATE_NOOP, RuleViolation, UserError

CONTEXT = "CaseService"


class CaseNotFound(UserError):
    exit_code = 3

    def __init__(self, case_id: object) -> None:
        super().__init__(
            CONTEXT,
            QT_TRANSLATE_NOOP("CaseService", "Der findes ingen sag med nummer {case_id}."),
            case_id=case_id,
        )


class RecordNotFound(UserError):
    def __init__(self, what: str) -> None:
        super().__init__(
            CONTEXT,
            QT_TRANSLATE_NOOP("CaseService", "{what} findes ikke i sagen."),
            what=what,
        )


class CaseClosed(RuleViolation):
    def __init__(self) -> None:
        super().__init__(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CaseService", "Sagen er lukket og arkiveret. Den kan læses, men ikke ændres."
            ),
        )


class AlreadyRevised(RuleViolation):
    def __init__(self) -> None:
        super().__init__(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CaseService",
                "Der er allerede skrevet en nyere udgave af denne post. Ret den nyeste udgave.",
            ),
        )


class CannotRetract(RuleViolation):
    def __init__(self) -> None:
        super().__init__(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CaseService",
                "Kun den nyeste udgave kan fortrydes. Der er skrevet en nyere udgave oven på "
                "denne.",
            ),
        )


class LastLevel(RuleViolation):
    def __init__(self) -> None:
        super().__init__(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CaseService",
                "Sagen skal altid have et niveau. Det første niveau kan ikke fjernes.",
            ),
        )


class AmbiguousMeeting(UserError):
    def __init__(self) -> None:
        super().__init__(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CaseService", "Mødet findes i flere sager. Angiv hvilken sag mødet hører til."
            ),
        )


class CaseHandedOver(RuleViolation):
    """The baton has moved to another laptop: this copy is for reading, archiving or destroying."""

    def __init__(self, name: str) -> None:
        super().__init__(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CaseService",
                "Stafetten er givet videre til {name}. Sagen kan læses, arkiveres eller "
                "slettes her, men ikke ændres.",
            ),
            name=name,
        )


class CaseIsCopy(RuleViolation):
    """A case received for information only (a copy, or an offer declined here)."""

    def __init__(self) -> None:
        super().__init__(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "CaseService",
                "Sagen er en kopi til orientering. Den kan læses, men ikke ændres. Kun "
                "stafetholderen ændrer i stafetloggen.",
            ),
        )
