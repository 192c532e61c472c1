"""The demo vault: the BTI folder's worked example (Hans Hansen) plus a few synthetic cases.

The story is "Skabelon for stafetlog" in the BTI folder (seed 003): Hans, 5, goes quiet in
kindergarten; his mother Lilly has a mental illness. Every person is synthetic. The story's
2007–2008 dates move forward by whole weeks so that its last update lies about ten days before
`today` (weekdays in the texts stay right) and its follow-ups come up on the dashboard. The
texts are our own plain-language retelling, written to the parents as the BTI guide asks.
"""

from __future__ import annotations

import logging
import struct
import zlib
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from app.domain import records as r
from app.domain.dates import add_years
from app.domain.validation import format_date

logger = logging.getLogger(__name__)

STORY_LAST_UPDATE = date(2008, 1, 15)  # "Dato for sidste opdatering" in the template
DAYS_BEFORE_TODAY = 10

OLGA = r.Person(
    name="Olga Jensen",
    organisation="Børnehaven Mælkebøtten",
    role="stuepædagog",
    contact="Telefon 44 12 34 56",
)
ARNE = r.Person(
    name="Arne Andersen",
    organisation="Børn og Familie, kommunen",
    role="børnesagsbehandler",
    contact="Telefon 44 20 30 40",
)
KIRSTEN = r.Person(
    name="Kirsten Petersen",
    organisation="Familiehuset",
    role="leder af Familiehuset",
    contact="Telefon 44 55 66 77",
)
JANNIE = r.Person(
    name="Jannie Jørgensen",
    organisation="Social og Beskæftigelse, kommunen",
    role="voksensagsbehandler for Lilly",
)
MOGENS = r.Person(
    name="Mogens Mogensen",
    organisation="Psykiatrisk afdeling",
    role="læge, Lillys behandling",
)


def story_shift(today: date) -> timedelta:
    """Whole weeks that bring the story's last update to about ten days before `today`."""
    days = (today - timedelta(days=DAYS_BEFORE_TODAY) - STORY_LAST_UPDATE).days
    return timedelta(days=days - days % 7)


def signature_png(seed: int = 0, width: int = 160, height: int = 48) -> bytes:
    """A small black-on-white scribble as a real PNG (stands in for a drawn signature)."""
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter type 0
        for x in range(width):
            curve = height / 2 + (height / 3) * _wave(x + seed * 7, width)
            row.append(0 if abs(y - curve) < 1.6 else 255)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


def _wave(x: int, width: int) -> float:
    import math

    t = x / width
    return math.sin(t * 9.0) * (0.6 + 0.4 * math.cos(t * 3.0)) * (1 - abs(2 * t - 1) ** 4)


def cpr_for(born: date, serial: str) -> str:
    """A synthetic CPR number for the birth date (DDMMÅÅ-serial)."""
    return f"{born:%d%m}{born.year % 100:02d}-{serial}"


def _stamp(on: date, hour: int = 15) -> datetime:
    return datetime.combine(on, time(hour, 0), tzinfo=UTC)


# ---------------------------------------------------------------------------------------------
# Hans Hansen
# ---------------------------------------------------------------------------------------------


def build_demo_case(today: date) -> r.Case:
    """Hans Hansen's stafetlog, complete, with every date moved relative to `today`."""
    from app.models.service import agreement_row_uid

    shift = story_shift(today)

    def d(year: int, month: int, day: int) -> date:
        return date(year, month, day) + shift

    def f(year: int, month: int, day: int) -> str:
        return format_date(d(year, month, day))

    born = d(2002, 6, 12)
    lilly = r.Custodian(name="Lilly Hansen", relation="mor", contact="Telefon 22 33 44 55")
    ib = r.Custodian(name="Ib Hansen", relation="far", contact="Telefon 26 27 28 29")
    case = r.Case(
        child=r.Child(name="Hans Hansen", cpr=cpr_for(born, "4127")),
        custodians=[lilly, ib],
        # The worked example (seed 003 ~1866): Lilly's children and their father, her ex-husband.
        siblings=[r.Sibling(name="Sofie Hansen", birth_date=d(2004, 3, 2), note="Hans' søster.")],
        created_by=OLGA,
        created_on=d(2007, 9, 6),
        updated_at=_stamp(d(2008, 1, 15), 16),
    )

    # Observations behind the concern (linked from the log).
    observation = r.Observation(
        observed_on=d(2007, 8, 20),
        observer="Olga Jensen",
        workplace="Børnehaven Mælkebøtten",
        answers={
            "concern": "Hans er blevet stille. Han sidder ofte alene og leger ikke med de andre "
            "børn. Han virker trist.",
            "resources": "Hans er glad for at tegne. Han har to gode venner på stuen.",
            "social_relations": "Hans trækker sig fra legen, også fra sine to venner.",
            "own_notes": "Vi har ikke set noget særligt hos Lilly og Ib, når de henter Hans.",
        },
        signs=["small_tense_passive", "changed_behaviour", "withdrawn_or_excluded"],
    )
    first_scale = r.ScaleAssessment(
        scale=r.ScaleKind.CHILD,
        assessed_on=d(2007, 9, 3),
        category=2,  # Børn i faldende trivsel
        assessors=["Olga Jensen", "Medhjælperen på stuen", "Børnehavens leder"],
        signs=["small_tense_passive", "changed_behaviour"],
        note="Hans trives ikke så godt som før. Vi kan selv hjælpe ham i børnehaven.",
    )
    second_scale = r.ScaleAssessment(
        scale=r.ScaleKind.CHILD,
        assessed_on=d(2007, 11, 7),
        category=3,  # Børn med særlige behov
        assessors=["Olga Jensen", "Børnehavens leder"],
        signs=["small_tense_passive", "withdrawn_or_excluded", "affected_by_unrest"],
        other_signs="Hans har set sin mor blive slået.",
        note="Hans har det dårligere. Han og familien har brug for hjælp fra kommunen.",
    )
    case.observations = [observation]
    case.assessments = [first_scale, second_scale]

    notification = r.Notification(
        form=r.NotificationForm.AGE_0_6,
        made_on=d(2007, 11, 8),
        notifier=OLGA,
        answers={
            "concern": "Hans er stille og trist og leger ikke med de andre børn. Han har set sin "
            "mors kæreste slå hans mor. Lilly fortæller, at hun har fået det værre.",
            "purpose": "Vi ønsker, at kommunen hjælper Hans og Lilly. I børnehaven giver vi Hans "
            "ekstra opmærksomhed og tager ham med på ture i en lille gruppe.",
            "parents_cooperation": "Lilly taler åbent med os. Hun ønsker selv hjælp.",
            "attendance": "Hans kommer hver dag.",
            "social_development": "Hans leger mest alene. Før legede han meget med de andre.",
            "emotional_development": "Hans virker trist og utryg.",
            "overall_assessment": "Vi vurderer, at Hans har særlige behov, og at familien har "
            "brug for hjælp fra flere steder.",
            "parents_informed": f"Lilly ved, at vi sender underretningen. Vi talte med hende om "
            f"det den {f(2007, 11, 7)}.",
        },
        observed="Hans er stille og leger alene. Lilly fortæller, at kæresten slog hende, og at "
        "Hans så det.",
        assumed="Vi tror, at Hans er bange og bekymret for sin mor.",
        signs=["small_tense_passive", "affected_by_unrest"],
        parents_informed=True,
        parents_informed_on=d(2007, 11, 7),
        acknowledged_on=d(2007, 11, 12),
    )
    case.notifications = [notification]

    consent = r.Consent(
        purpose="Lilly og Ib giver lov til, at de personer, der hjælper Hans og familien, taler "
        "sammen og deler oplysninger om Hans og om Lillys behandling. Det gør de for at hjælpe "
        "Hans bedst muligt.",
        signed_on=d(2007, 11, 8),
        valid_until=add_years(d(2007, 11, 8), 1),
        givers=[
            r.ConsentGiver(
                name="Lilly Hansen",
                relation="mor",
                signature_png=signature_png(1),
                signed_on=d(2007, 11, 8),
            ),
            r.ConsentGiver(
                name="Ib Hansen",
                relation="far",
                signature_png=signature_png(2),
                signed_on=d(2007, 11, 9),
            ),
        ],
        parties=[
            r.ConsentParty(kind=r.PartyKind.SCHOOL_DAYCARE, name="Olga Jensen"),
            r.ConsentParty(kind=r.PartyKind.CHILDREN_CASEWORKER, name="Arne Andersen"),
            r.ConsentParty(kind=r.PartyKind.ADULT_CASEWORKER, name="Jannie Jørgensen"),
            r.ConsentParty(kind=r.PartyKind.HOSPITAL, name="Mogens Mogensen"),
            r.ConsentParty(kind=r.PartyKind.OTHER, name="Kirsten Petersen"),
        ],
    )
    case.consents = [consent]

    network_map = r.NetworkMap(
        made_on=d(2008, 1, 15),
        holder=KIRSTEN,
        actors=[
            r.MapActor(
                row=r.MapRow.CHILD,
                column=r.MapColumn.OWN_MUNICIPALITY,
                name="Olga Jensen",
                organisation="Børnehaven Mælkebøtten",
                contact=OLGA.contact,
                effort="Hjælper Hans med at sætte ord på det, han oplever.",
            ),
            r.MapActor(
                row=r.MapRow.FAMILY,
                column=r.MapColumn.OWN_MUNICIPALITY,
                name="Kirsten Petersen",
                organisation="Familiehuset",
                contact=KIRSTEN.contact,
                effort="Samtaler og aktiviteter hver uge for Lilly og Hans.",
            ),
            r.MapActor(
                row=r.MapRow.FAMILY,
                column=r.MapColumn.OWN_MUNICIPALITY,
                name="Arne Andersen",
                organisation="Børn og Familie, kommunen",
                contact=ARNE.contact,
                effort="Finder en aflastningsfamilie til Hans.",
            ),
            r.MapActor(
                row=r.MapRow.MOTHER,
                column=r.MapColumn.REGION,
                name="Mogens Mogensen",
                organisation="Psykiatrisk afdeling",
                effort="Samtaler med Lilly hver måned og justering af medicinen.",
            ),
            r.MapActor(
                row=r.MapRow.MOTHER,
                column=r.MapColumn.OWN_MUNICIPALITY,
                name="Jannie Jørgensen",
                organisation="Social og Beskæftigelse, kommunen",
                effort="Hjælper Lilly med at planlægge et forløb, så hun kan komme i arbejde igen.",
            ),
            r.MapActor(
                row=r.MapRow.CHILD,
                column=r.MapColumn.INFORMAL,
                name="Hans' to venner på stuen",
                effort="Leger med Hans på de små ture ud af huset.",
            ),
        ],
    )
    case.network_maps = [network_map]

    meeting_day = d(2008, 1, 15)
    participants = [
        r.Participant(
            name="Kirsten Petersen",
            organisation="Familiehuset",
            role="stafetholder fra i dag",
            responsibility="Samtaler og aktiviteter for Lilly og Hans",
            decision_authority="Kan sætte forløb i gang i Familiehuset",
            attended=True,
        ),
        r.Participant(
            name="Arne Andersen",
            organisation="Børn og Familie, kommunen",
            role="børnesagsbehandler og stafetholder indtil i dag",
            responsibility="Hjælp til Hans efter barnets lov",
            decision_authority="Kan beslutte en aflastningsfamilie",
            attended=True,
        ),
        r.Participant(
            name="Olga Jensen",
            organisation="Børnehaven Mælkebøtten",
            role="stuepædagog og øje på barnet",
            responsibility="Hans' hverdag i børnehaven",
            attended=True,
        ),
        r.Participant(name="Lilly Hansen", role="mor", is_family=True, attended=True),
        r.Participant(name="Ib Hansen", role="far", is_family=True, attended=True),
        r.Participant(
            name="Jannie Jørgensen",
            organisation="Social og Beskæftigelse, kommunen",
            role="voksensagsbehandler for Lilly",
            responsibility="Lillys forløb mod arbejde",
            decision_authority="Kan beslutte et revalideringsforløb",
            attended=True,
        ),
        r.Participant(
            name="Mogens Mogensen",
            organisation="Psykiatrisk afdeling",
            role="læge",
            responsibility="Lillys behandling",
            decision_authority="Kan ændre Lillys behandling",
            attended=True,
        ),
    ]
    follow_up = d(2008, 2, 1)
    agreements = [
        r.Agreement(
            who="Familiehuset",
            what="Kirsten Petersen har samtaler med Lilly og Hans hver uge og laver aktiviteter "
            "med dem. Målet er, at Lilly og Hans får hver deres hverdag, og at Lilly taler med "
            "Hans, som en dreng på fem år har brug for. Lilly får også hjælp til at leve med "
            "sin sygdom.",
            by_when=follow_up,
            follow_up_by="Familiehuset",
        ),
        r.Agreement(
            who="Børnesagsbehandler",
            what="Arne Andersen finder en aflastningsfamilie til Hans og kontakter "
            "familieplejekonsulenten.",
            by_when=follow_up,
            follow_up_by="Kirsten Petersen indkalder til opfølgningsmøde. "
            "Familieplejekonsulenten deltager.",
        ),
        r.Agreement(
            who="Psykiatrisk afdeling",
            what="Mogens Mogensen har samtaler med Lilly hver måned og justerer hendes medicin. "
            "Han hjælper Lilly med at fortælle Hans om sygdommen. Kirsten Petersen deltager i "
            "tre familiesamtaler på afdelingen.",
            by_when=follow_up,
            follow_up_by="Kirsten Petersen indkalder til opfølgningsmøde.",
        ),
        r.Agreement(
            who="Voksensagsbehandler (Lillys)",
            what="Jannie Jørgensen støtter Lilly og finder sammen med hende ud af, hvordan hun "
            "kan starte i et forløb, der fører til arbejde.",
            by_when=d(2008, 2, 14),
            follow_up_by="Jannie Jørgensen taler med Arne Andersen.",
        ),
    ]
    meeting = r.Meeting(
        starts_at=datetime.combine(meeting_day, time(9, 0), tzinfo=UTC),
        place="Familiehuset, mødelokalet på 1. sal",
        title="Koordinationsmøde om Hans",
        participants=participants,
        agenda=[
            "1",
            "2",
            "3",
            "3a",
            "3b",
            "3c",
            "4",
            "4b",
            "4c",
            "5",
            "5a",
            "5d",
            "5e",
            "6",
            "6b",
            "6c",
        ],
        minutes={
            "1": "Arne Andersen bød velkommen og fortalte kort, hvorfor vi holder mødet.",
            "2": "Alle fortalte, hvem de er, hvad de arbejder med, og hvad de kan beslutte.",
            "3a": "Olga Jensen fortalte, at Hans stadig er stille i børnehaven, men at han "
            "nyder de små ture. Mogens Mogensen fortalte, at Lilly får ny medicin.",
            "3b": "Lilly og Ib fortalte, at de gerne vil have hjælp, så Hans får en tryg hverdag. "
            "Hans har sagt til Olga, at han gerne vil på tur igen.",
            "3c": "Børnehaven giver Hans ekstra opmærksomhed. Lilly har samtaler på "
            "Psykiatrisk afdeling.",
            "4b": "Vi talte om samtaler i Familiehuset, en aflastningsfamilie og et forløb, så "
            "Lilly kan komme i arbejde.",
            "4c": "Hans skal trives og udvikle sig som andre børn på fem år.",
            "5a": "Vi er enige om målet: Hans skal trives og være tryg.",
            "5d": "Kirsten Petersen samler op på, hvordan det går, og skriver det i stafetloggen.",
            "5e": f"Vi følger op på mødet den {format_date(follow_up)}. Kirsten Petersen "
            f"indkalder.",
            "6b": "Aftalerne står i aktørtabellen i stafetloggen.",
            "6c": "Kirsten Petersen sender referatet til alle, også til Lilly og Ib.",
        },
        agreements=agreements,
        next_meeting_on=follow_up,
        held=True,
    )
    case.meetings = [meeting]

    # The actors' table: the kindergarten's row from the first joint effort, then the meeting's
    # GØR agreements as rows (with the uids apply_agreements would give them).
    case.actor_rows = [
        r.ActorRow(
            actor="Børnehaven",
            changed_on=d(2007, 11, 12),
            effort="Olga Jensen hjælper Hans med at sætte ord på det, han oplever, og sørger "
            "for, at han er tryg i hverdagen. Det gør hun i tæt samarbejde med Lilly og Ib.",
            follow_up_on=follow_up,
            follow_up_by="Kirsten Petersen indkalder til opfølgningsmøde.",
        ),
        *[
            r.ActorRow(
                uid=agreement_row_uid(meeting.uid, a.uid),
                actor=a.who,
                changed_on=meeting_day,
                effort=a.what,
                follow_up_on=a.by_when,
                follow_up_by=a.follow_up_by,
                from_meeting_uid=meeting.uid,
            )
            for a in agreements
        ],
    ]

    case.levels = [
        r.LevelChange(on=d(2007, 9, 6), level=r.Level.ONE, note="Børnehaven hjælper Hans."),
        r.LevelChange(
            on=d(2007, 11, 8),
            level=r.Level.TWO,
            note="Flere hjælper nu Hans og familien. Lilly og Ib har givet samtykke.",
        ),
        r.LevelChange(
            on=d(2007, 11, 12),
            level=r.Level.THREE,
            note="Kommunens børnesagsbehandler Arne Andersen er med efter underretningen.",
        ),
    ]
    case.baton = [
        r.BatonEvent(kind=r.BatonEventKind.CREATED, on=d(2007, 9, 6), person=OLGA),
        r.BatonEvent(
            kind=r.BatonEventKind.OFFERED,
            on=d(2007, 11, 8),
            person=ARNE,
            note="Olga Jensen spørger Arne Andersen, om han vil være stafetholder.",
        ),
        r.BatonEvent(kind=r.BatonEventKind.ACCEPTED, on=d(2007, 11, 12), person=ARNE),
        r.BatonEvent(
            kind=r.BatonEventKind.OFFERED,
            on=d(2008, 1, 15),
            person=KIRSTEN,
            note="Familiehuset har nu mest kontakt med familien.",
        ),
        r.BatonEvent(kind=r.BatonEventKind.ACCEPTED, on=d(2008, 1, 15), person=KIRSTEN),
    ]
    case.eye_on_child = [
        r.EyeOnChild(since=d(2007, 9, 6), person=OLGA),
        r.EyeOnChild(since=d(2007, 11, 12), person=OLGA),
        r.EyeOnChild(since=d(2008, 1, 15), person=OLGA),
    ]
    case.joint_effort = [
        r.JointEffortSetting(
            set_on=d(2007, 11, 12),
            persons=[
                "Børnesagsbehandler (Arne Andersen)",
                "Stuepædagog (Olga Jensen)",
                "Lilly Hansen (mor)",
            ],
        ),
        r.JointEffortSetting(
            set_on=d(2008, 1, 15),
            persons=[
                "Børnesagsbehandler (Arne Andersen)",
                "Stuepædagog (Olga Jensen)",
                "Lilly Hansen (mor)",
                "Ib Hansen (far)",
                "Leder af Familiehuset (Kirsten Petersen)",
                "Voksensagsbehandler for Lilly (Jannie Jørgensen)",
                "Psykiatrisk afdeling, Lillys behandling (Mogens Mogensen)",
            ],
        ),
    ]
    case.municipal = r.MunicipalSteps(aware_on=d(2007, 11, 8))

    from app.models.demo_log import hans_entries

    case.entries = hans_entries(
        d,
        f,
        lilly,
        observation,
        first_scale,
        second_scale,
        notification,
        consent,
        network_map,
        meeting,
    )
    return case


def extra_cases(today: date) -> list[r.Case]:
    """Five more synthetic children (see demo_more.py)."""
    from app.models.demo_more import extra_cases as more

    return more(today)


DEMO_SETTING = "demo_case_uids"


def install_demo(svc: Any, today: date | None = None) -> list[int]:
    """Put Hans Hansen's case and the extra cases into the vault; returns their case ids."""
    from app.models.interchange import to_json

    vault = svc._vault  # the demo's own bookkeeping: which cases it put there
    present = {c.uid: c.id for c in svc.list_cases()}
    installed = vault.settings_get(DEMO_SETTING) or []
    if installed and all(uid in present for uid in installed):
        # Run twice: the demo cases are there already; adding them again would double them.
        logger.info("demo: already installed")
        return [present[uid] for uid in installed]
    on = today or date.today()
    ids = [svc.import_case(to_json(build_demo_case(on)))]
    ids += [svc.import_case(to_json(case)) for case in extra_cases(on)]
    uid_of = {c.id: c.uid for c in svc.list_cases()}
    vault.settings_set(DEMO_SETTING, [uid_of[i] for i in ids])
    logger.info("demo: %d cases installed", len(ids))
    return ids
