"""The dated entries of Hans Hansen's stafetlog (the demo), in plain language to his parents."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from app.domain import records as r
from app.models.demo import _stamp

logger = logging.getLogger(__name__)


def hans_entries(
    d: Callable[[int, int, int], date],
    f: Callable[[int, int, int], str],
    lilly: r.Custodian,
    observation: r.Observation,
    first_scale: r.ScaleAssessment,
    second_scale: r.ScaleAssessment,
    notification: r.Notification,
    consent: r.Consent,
    network_map: r.NetworkMap,
    meeting: r.Meeting,
) -> list[r.LogEntry]:
    S = r.LogSection

    def entry(section: r.LogSection, on: date, text: str, **kw: Any) -> r.LogEntry:
        kw.setdefault("author", "Olga Jensen")
        return r.LogEntry(section=section, entry_date=on, text=text, recorded_at=_stamp(on), **kw)

    first_review = entry(
        S.REVIEW,
        d(2007, 9, 11),
        "Vi har aftalt med Lilly, at hun fortæller os det, hvis der sker noget nyt derhjemme. "
        f"Vi holder et nyt møde med Lilly onsdag den {f(2007, 10, 24)} og taler om, hvordan "
        "Hans har det.",
        due_on=d(2007, 10, 24),
    )
    moved_review = entry(
        S.REVIEW,
        d(2007, 10, 24),
        "Vi har aftalt med Lilly, at hun fortæller os det, hvis der sker noget nyt derhjemme. "
        f"Lilly var syg, så vi flyttede mødet fra onsdag den {f(2007, 10, 24)} til onsdag den "
        f"{f(2007, 11, 7)}.",
        due_on=d(2007, 11, 7),
        supersedes=first_review.uid,
    )
    first_family_goal = entry(
        S.SHARED_GOAL_FAMILY,
        d(2007, 11, 12),
        "Lillys sygdom skal blive stabil. Jannie Jørgensen og Lilly finder ud af, om Lilly kan "
        "starte i et forløb, der fører til arbejde.",
        about_uid=lilly.uid,
        author="Arne Andersen",
    )
    return [
        entry(
            S.CONCERN_AROSE,
            d(2007, 8, 6),
            # The dates move with the demo's "today": no month name that could contradict them.
            f"Vi blev bekymrede for Hans den {f(2007, 8, 6)}.",
        ),
        entry(
            S.CONCERN_REASON,
            d(2007, 8, 20),
            "Hans har ændret sig. Han er stille, lukker sig inde i sig selv og virker trist. "
            "Han leger ikke med de andre børn. Vi har ikke set noget særligt hos Lilly og Ib.",
            links=[r.RecordLink(kind=r.LinkKind.OBSERVATION, uid=observation.uid)],
        ),
        entry(
            S.DISCUSSED_BY,
            d(2007, 9, 3),
            "Olga Jensen, medhjælperen på stuen og børnehavens leder har talt om Hans. Vi har "
            "også spurgt en psykolog i kommunens åbne rådgivning til råds uden at nævne Hans' "
            "navn.",
        ),
        entry(
            S.ASSESSMENT,
            d(2007, 9, 3),
            "Vi har brugt bekymringsskalaen. Vi vurderer, at Hans hører til gruppen "
            '"Børn i faldende trivsel". Vi kan selv hjælpe Hans i børnehaven i første omgang.',
            links=[r.RecordLink(kind=r.LinkKind.ASSESSMENT, uid=first_scale.uid)],
        ),
        entry(
            S.ASSESSMENT,
            d(2007, 9, 11),
            "Lilly fortæller, at hun har været på ferie på Mallorca med sine børn, Hans og Sofie, "
            "og deres far, Ib, som hun er skilt fra. "
            "Da de kom hjem, blev Lillys nye kæreste meget jaloux. Han slog Lilly, og Hans så "
            "det. Lilly fortæller, at kæresten nu er flyttet.",
            internal=False,
        ),
        entry(
            S.ASSESSMENT,
            d(2007, 11, 7),
            "Vi har talt med Lilly. Hun fortæller, at hun har fået det værre. Vi vurderer, at "
            "Hans trives dårligere end før. Derfor kontakter vi kommunens afdeling for børn og "
            "familier.",
            links=[r.RecordLink(kind=r.LinkKind.ASSESSMENT, uid=second_scale.uid)],
        ),
        entry(
            S.PARENTS_INFORMED,
            d(2007, 9, 9),
            "Olga Jensen ringede til Lilly og fortalte, at Hans ikke virker så glad, som han "
            f"plejer. Vi aftalte at mødes fredag den {f(2007, 9, 14)}.",
        ),
        entry(
            S.PARENTS_INFORMED,
            d(2007, 9, 11),
            "Lilly kom selv og ville tale om familien og om Hans. Vi fortalte Lilly, at vi er "
            "bekymrede for Hans.",
        ),
        entry(
            S.DECISION,
            d(2007, 9, 3),
            "Vi giver Hans ekstra opmærksomhed i en periode. Vi tager på ture ud af huset i en "
            "lille gruppe med Hans og de drenge, han er mest sammen med. Så får Hans gode "
            "oplevelser, og vi kommer tættere på ham. Vi har også spurgt psykologen i den åbne "
            "rådgivning, hvordan vi bedst kan hjælpe Hans.",
        ),
        entry(
            S.GOAL,
            d(2007, 9, 3),
            "Med den ekstra opmærksomhed holder vi øje med, om Hans får det dårligere.",
        ),
        first_review,
        moved_review,
        entry(
            S.REVIEW,
            d(2008, 1, 15),
            f"Kirsten Petersen indkalder til et opfølgningsmøde den {f(2008, 2, 1)}.",
            due_on=d(2008, 2, 1),
            author="Kirsten Petersen",
        ),
        entry(
            S.MORE_ACTORS,
            d(2007, 11, 8),
            "Flere fagfolk hjælper nu Hans og familien.",
            author="Arne Andersen",
        ),
        entry(
            S.CONSENT,
            d(2007, 11, 8),
            "Lilly og Ib har givet samtykke.",
            yes=True,
            links=[r.RecordLink(kind=r.LinkKind.CONSENT, uid=consent.uid)],
        ),
        entry(
            S.NOTIFICATION,
            d(2007, 11, 8),
            "Børnehaven har sendt en underretning til kommunen. Lilly vidste det på forhånd.",
            yes=True,
            links=[r.RecordLink(kind=r.LinkKind.NOTIFICATION, uid=notification.uid)],
        ),
        entry(
            S.NETWORK_MAP,
            d(2008, 1, 15),
            "Kirsten Petersen har udfyldt netværkskortet sammen med familien.",
            yes=True,
            links=[r.RecordLink(kind=r.LinkKind.NETWORK_MAP, uid=network_map.uid)],
            author="Kirsten Petersen",
        ),
        entry(
            S.SHARED_GOAL_CHILD,
            d(2007, 11, 12),
            "Hans skal trives. Han skal blive et trygt barn, der udvikler sig som andre børn "
            "på hans alder og bruger alt det, han er god til.",
            author="Arne Andersen",
        ),
        first_family_goal,
        entry(
            S.SHARED_GOAL_FAMILY,
            d(2008, 1, 15),
            "Lilly taler med Hans og passer på ham, sådan som en dreng på fem år har brug "
            "for. Lilly starter i et forløb, der fører til arbejde. Hendes medicin skal virke "
            "stabilt.",
            about_uid=lilly.uid,
            supersedes=first_family_goal.uid,
            author="Kirsten Petersen",
            links=[r.RecordLink(kind=r.LinkKind.MEETING, uid=meeting.uid)],
        ),
    ]
