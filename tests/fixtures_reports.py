"""Fixtures for the reports tests: the BTI example family as plain records, poppler helpers."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.domain.records import (
    ActorRow,
    Agreement,
    BatonEvent,
    BatonEventKind,
    Case,
    Child,
    Consent,
    ConsentGiver,
    ConsentParty,
    Custodian,
    EyeOnChild,
    JointEffortSetting,
    Level,
    LevelChange,
    LinkKind,
    LogEntry,
    LogSection,
    MapActor,
    MapColumn,
    MapRow,
    Meeting,
    NetworkMap,
    Notification,
    NotificationForm,
    Observation,
    Participant,
    PartyKind,
    Person,
    RecordLink,
    ScaleAssessment,
    ScaleKind,
    Sibling,
)

CPR = "150603-1235"  # synthetic; the date part is a real date as the rules demand
INTERNAL_MARK = "Personalet drøfter internt"  # appears only in internal notes
OLD_VERSION_MARK = "ekstra opmærksomhed i to uger"  # text of a superseded entry

OLGA = Person(
    name="Olga Jensen",
    role="stuepædagog",
    organisation="Børnehaven Solsikken",
    contact="tlf. 11 22 33 44",
)
ARNE = Person(
    name="Arne Andersen",
    role="børnesagsbehandler",
    organisation="Børn og Familie",
    contact="tlf. 55 66 77 88",
)
KIRSTEN = Person(
    name="Kirsten Petersen",
    role="leder",
    organisation="Familiehuset",
    contact="tlf. 22 33 44 55, kirsten@familiehuset.example",
)


def utc(y: int, m: int, d: int, hh: int = 9, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=UTC)


def signature_png(seed: int = 0) -> bytes:
    """A pen stroke like the ones drawn on screen, as PNG."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 90), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = [(10 + i * 14, 45 + ((i * 37 + seed * 11) % 50) - 25) for i in range(20)]
    draw.line(points, fill=(20, 30, 90, 255), width=4)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def hansen_case() -> Case:
    """Hans Hansen from the BTI example, moved to level 2 with a map, meetings and forms."""
    lilly = Custodian(name="Lilly Hansen", relation="mor", contact="tlf. 40 40 40 40")
    ib = Custodian(name="Ib Hansen", relation="far", contact="tlf. 50 50 50 50")
    consent = Consent(
        purpose="At Børnehaven, Familiehuset og psykiatrien kan tale sammen om Hans og hjælpe "
        "familien bedst muligt.",
        signed_on=date(2007, 11, 8),
        valid_until=date(2008, 11, 7),
        givers=[
            ConsentGiver(
                name="Lilly Hansen",
                relation="mor",
                signature_png=signature_png(1),
                signed_on=date(2007, 11, 8),
            ),
            ConsentGiver(
                name="Ib Hansen",
                relation="far",
                signature_png=signature_png(2),
                signed_on=date(2007, 11, 8),
            ),
        ],
        parties=[
            ConsentParty(kind=PartyKind.CHILDREN_CASEWORKER, name="Arne Andersen"),
            ConsentParty(kind=PartyKind.SCHOOL_DAYCARE, name="Børnehaven Solsikken"),
            ConsentParty(kind=PartyKind.HOSPITAL, name="Psykiatrisk afdeling"),
            ConsentParty(kind=PartyKind.ADULT_CASEWORKER, name="Jannie Jørgensen"),
        ],
    )
    child_scale = [
        ScaleAssessment(
            scale=ScaleKind.CHILD,
            assessed_on=date(2007, 9, 3),
            category=2,
            assessors=["Olga Jensen"],
            signs=["changed_behaviour"],
            note="Hans er stille og trist.",
        ),
        ScaleAssessment(
            scale=ScaleKind.CHILD,
            assessed_on=date(2007, 11, 7),
            category=3,
            assessors=["Olga Jensen", "Arne Andersen"],
            signs=["depressed_isolated", "withdrawn_or_excluded"],
        ),
        ScaleAssessment(
            scale=ScaleKind.CHILD,
            assessed_on=date(2008, 1, 15),
            category=3,
            assessors=["Arne Andersen"],
        ),
    ]
    mother_scale = [
        ScaleAssessment(
            scale=ScaleKind.PARENT,
            subject_uid=lilly.uid,
            assessed_on=date(2007, 11, 7),
            category=3,
            assessors=["Arne Andersen"],
        ),
        ScaleAssessment(
            scale=ScaleKind.PARENT,
            subject_uid=lilly.uid,
            assessed_on=date(2008, 1, 15),
            category=2,
            assessors=["Arne Andersen"],
        ),
    ]
    observation = Observation(
        observed_on=date(2007, 8, 30),
        observer="Olga Jensen",
        workplace="Børnehaven Solsikken",
        answers={
            "worry": "Hans leger ikke med de andre børn og virker trist.",
            "resources": "Hans er god til at tegne og glad for at være ude.",
        },
        signs=["changed_behaviour"],
    )
    notification = Notification(
        form=NotificationForm.AGE_0_6,
        made_on=date(2007, 11, 8),
        notifier=OLGA,
        answers={
            "concern": "Hans er stille og trist, og moderen har fået det værre.",
            "overall_assessment": "Vi vurderer, at Hans' trivsel er faldende.",
        },
        observed="Hans leger alene og græder, når han bliver hentet.",
        assumed="Vi frygter, at Hans er bange for at komme hjem.",
        signs=["changed_behaviour"],
        parents_informed=True,
        parents_informed_on=date(2007, 11, 8),
    )
    network = NetworkMap(
        made_on=date(2008, 1, 15),
        holder=KIRSTEN,
        actors=[
            MapActor(
                row=MapRow.CHILD,
                column=MapColumn.OWN_MUNICIPALITY,
                name="Olga Jensen",
                organisation="Børnehaven Solsikken",
                effort="Tryghed i hverdagen",
            ),
            MapActor(
                row=MapRow.CHILD,
                column=MapColumn.PRIVATE,
                name="Aflastningsfamilie",
                organisation="Familiepleje",
                effort="Weekend hver anden uge",
            ),
            MapActor(
                row=MapRow.MOTHER,
                column=MapColumn.REGION,
                name="Mogens Mogensen",
                organisation="Psykiatrisk afdeling",
                effort="Månedlige samtaler",
            ),
            MapActor(
                row=MapRow.MOTHER,
                column=MapColumn.OWN_MUNICIPALITY,
                name="Jannie Jørgensen",
                organisation="Voksenafdelingen",
                effort="Revalidering",
            ),
            MapActor(
                row=MapRow.FATHER,
                column=MapColumn.OTHER_MUNICIPALITY,
                name="Søren Sørensen",
                organisation="Jobcenter Vest",
                effort="Afklaring af arbejde",
            ),
            MapActor(
                row=MapRow.SIBLINGS,
                column=MapColumn.INFORMAL,
                name="Mormor Else",
                effort="Henter Maja om tirsdagen",
            ),
            MapActor(
                row=MapRow.FAMILY,
                column=MapColumn.OWN_MUNICIPALITY,
                name="Kirsten Petersen",
                organisation="Familiehuset",
                effort="Ugentlige familiesamtaler",
            ),
        ],
    )
    first_meeting = Meeting(
        starts_at=utc(2007, 11, 12, 9),
        place="Børnehaven Solsikken, mødelokalet",
        participants=[
            Participant(
                name="Arne Andersen",
                organisation="Børn og Familie",
                role="børnesagsbehandler",
                responsibility="Sagen om Hans",
                decision_authority="Kan bevilge aflastning",
                attended=True,
            ),
            Participant(
                name="Olga Jensen",
                organisation="Børnehaven Solsikken",
                role="stuepædagog",
                attended=True,
            ),
            Participant(name="Lilly Hansen", role="mor", is_family=True, attended=True),
        ],
        agenda=["1", "2", "3", "3a", "3b", "4", "5", "5a", "6", "6b"],
        minutes={
            "1": "Arne byder velkommen.",
            "3a": "Olga fortæller om Hans' hverdag.",
            "3b": "Lilly fortæller, at hun har det svært for tiden.",
            "5a": "Hans skal blive glad og tryg igen.",
            "6b": "Vi aftaler de første skridt herunder.",
        },
        agreements=[
            Agreement(
                who="Olga Jensen",
                what="Hjælper Hans med at sætte ord på sine oplevelser.",
                by_when=date(2008, 2, 1),
                follow_up_by="Arne Andersen",
            ),
            Agreement(
                who="Arne Andersen",
                what="Finder en aflastningsfamilie.",
                by_when=date(2008, 1, 15),
                follow_up_by="Arne Andersen",
            ),
        ],
        next_meeting_on=date(2008, 1, 15),
        held=True,
    )
    next_meeting = Meeting(
        starts_at=utc(2008, 2, 1, 13, 30),
        place="Familiehuset, Skovvej 2",
        title="Opfølgningsmøde",
        participants=[
            Participant(name="Kirsten Petersen", organisation="Familiehuset", role="leder"),
            Participant(name="Lilly Hansen", role="mor", is_family=True),
            Participant(name="Ib Hansen", role="far", is_family=True),
        ],
        agenda=["1", "3", "3c", "5", "5d", "6", "6b"],
    )
    entries = [
        LogEntry(
            section=LogSection.CONCERN_AROSE,
            entry_date=date(2007, 8, 6),
            text="Vi blev bekymrede for Hans i starten af august.",
            author="Olga Jensen",
        ),
        LogEntry(
            section=LogSection.CONCERN_REASON,
            entry_date=date(2007, 8, 30),
            text="Hans virker stille, indesluttet og trist. Han leger ikke med de andre børn.",
            links=[RecordLink(kind=LinkKind.OBSERVATION, uid=observation.uid)],
        ),
        LogEntry(
            section=LogSection.DISCUSSED_BY,
            entry_date=date(2007, 9, 1),
            text="Stuepædagogen, medhjælperen og børnehavens leder.",
        ),
        LogEntry(
            section=LogSection.ASSESSMENT,
            entry_date=date(2007, 9, 3),
            text="Vi vurderer, at vi selv kan klare bekymringen i første omgang.",
            links=[RecordLink(kind=LinkKind.ASSESSMENT, uid=child_scale[0].uid)],
        ),
        LogEntry(
            section=LogSection.PARENTS_INFORMED,
            entry_date=date(2007, 9, 11),
            text="Vi fortæller Lilly om vores bekymring for Hans.",
        ),
        LogEntry(
            section=LogSection.NOTE,
            entry_date=date(2007, 9, 12),
            text=f"{INTERNAL_MARK} om mors nye kæreste.",
            internal=True,
        ),
        LogEntry(
            section=LogSection.GOAL,
            entry_date=date(2007, 9, 3),
            text="Vi holder øje med, om Hans får det værre.",
        ),
        LogEntry(
            section=LogSection.REVIEW,
            entry_date=date(2007, 9, 11),
            text="Vi mødes med Lilly igen.",
            due_on=date(2007, 11, 7),
        ),
        LogEntry(
            section=LogSection.MORE_ACTORS,
            entry_date=date(2007, 11, 8),
            text="Børn og Familie og Familiehuset kommer med.",
        ),
        LogEntry(
            section=LogSection.CONSENT,
            entry_date=date(2007, 11, 8),
            yes=True,
            text="Lilly og Ib har givet samtykke.",
            links=[RecordLink(kind=LinkKind.CONSENT, uid=consent.uid)],
        ),
        LogEntry(
            section=LogSection.NOTIFICATION,
            entry_date=date(2007, 11, 8),
            yes=True,
            text="Børnehaven har underrettet kommunen.",
            links=[RecordLink(kind=LinkKind.NOTIFICATION, uid=notification.uid)],
        ),
        LogEntry(
            section=LogSection.NETWORK_MAP,
            entry_date=date(2008, 1, 15),
            yes=True,
            text="Netværkskortet er udfyldt.",
            links=[RecordLink(kind=LinkKind.NETWORK_MAP, uid=network.uid)],
        ),
        LogEntry(
            section=LogSection.SHARED_GOAL_CHILD,
            entry_date=date(2007, 11, 12),
            text="Hans bliver glad og tryg igen og udvikler sig som andre børn på hans alder.",
        ),
        LogEntry(
            section=LogSection.SHARED_GOAL_FAMILY,
            entry_date=date(2008, 1, 15),
            about_uid=lilly.uid,
            text="Lilly får hjælp til sin sygdom og taler med Hans på en måde, han forstår.",
        ),
    ]
    first_decision = LogEntry(
        section=LogSection.DECISION,
        entry_date=date(2007, 9, 3),
        text=f"Hans får {OLD_VERSION_MARK}.",
        author="Olga Jensen",
    )
    entries += [
        first_decision,
        LogEntry(
            section=LogSection.DECISION,
            entry_date=date(2007, 9, 5),
            supersedes=first_decision.uid,
            author="Olga Jensen",
            text="Hans får ekstra opmærksomhed i en periode. Vi tager på ture i en lille "
            "gruppe med Hans og to af hans venner.",
        ),
    ]
    first_row = ActorRow(
        actor="Børnehaven",
        changed_on=date(2007, 11, 12),
        effort="Stuepædagogen hjælper Hans med at sætte ord på sine oplevelser.",
        follow_up_on=date(2008, 2, 1),
        follow_up_by="Arne Andersen",
        from_meeting_uid=first_meeting.uid,
    )
    rows = [
        first_row,
        ActorRow(
            actor="Børnehaven",
            changed_on=date(2008, 1, 15),
            supersedes=first_row.uid,
            effort="Stuepædagogen hjælper Hans med at sætte ord på sine oplevelser og "
            "skaber trygge rammer i hverdagen.",
            follow_up_on=date(2008, 2, 1),
            follow_up_by="Stafetholderen (Familiehuset)",
        ),
        ActorRow(
            actor="Familiehuset",
            changed_on=date(2008, 1, 15),
            effort="Ugentlige samtaler og familieaktiviteter med Lilly og Hans.",
            follow_up_on=date(2008, 2, 1),
            follow_up_by="Familiehuset",
        ),
        ActorRow(
            actor="Børnesagsbehandler",
            changed_on=date(2008, 1, 15),
            effort="Finder en aflastningsfamilie.",
            follow_up_on=date(2008, 2, 1),
            follow_up_by="Stafetholderen (Familiehuset)",
        ),
        ActorRow(
            actor="Psykiatrisk afdeling",
            changed_on=date(2008, 1, 15),
            internal=True,
            effort=f"{INTERNAL_MARK}: medicinen reguleres.",
            follow_up_on=date(2008, 2, 1),
            follow_up_by="Familiehuset",
        ),
    ]
    return Case(
        child=Child(name="Hans Hansen", cpr=CPR),
        custodians=[lilly, ib],
        siblings=[Sibling(name="Maja Hansen", birth_date=date(2005, 4, 2))],
        created_by=OLGA,
        created_on=date(2007, 9, 6),
        levels=[
            LevelChange(on=date(2007, 9, 6), level=Level.ONE),
            LevelChange(on=date(2007, 11, 8), level=Level.TWO),
        ],
        entries=entries,
        joint_effort=[
            JointEffortSetting(
                set_on=date(2007, 11, 12),
                persons=[
                    "Børnesagsbehandler (Arne Andersen)",
                    "Stuepædagog (Olga Jensen)",
                    "Lilly Hansen (mor)",
                ],
            ),
            JointEffortSetting(
                set_on=date(2008, 1, 15),
                persons=[
                    "Børnesagsbehandler (Arne Andersen)",
                    "Stuepædagog (Olga Jensen)",
                    "Lilly Hansen (mor)",
                    "Ib Hansen (far)",
                    "Leder af Familiehuset (Kirsten Petersen)",
                ],
            ),
        ],
        actor_rows=rows,
        baton=[
            BatonEvent(kind=BatonEventKind.CREATED, on=date(2007, 9, 6), person=OLGA),
            BatonEvent(kind=BatonEventKind.OFFERED, on=date(2007, 11, 12), person=ARNE),
            BatonEvent(kind=BatonEventKind.ACCEPTED, on=date(2007, 11, 12), person=ARNE),
            BatonEvent(kind=BatonEventKind.OFFERED, on=date(2008, 1, 15), person=KIRSTEN),
            BatonEvent(kind=BatonEventKind.ACCEPTED, on=date(2008, 1, 15), person=KIRSTEN),
        ],
        eye_on_child=[EyeOnChild(since=date(2007, 9, 6), person=OLGA)],
        assessments=child_scale + mother_scale,
        network_maps=[network],
        meetings=[first_meeting, next_meeting],
        consents=[consent],
        notifications=[notification],
        observations=[observation],
        updated_at=utc(2008, 1, 15, 15),
    )


def big_case(entries: int = 500) -> Case:
    """The example case grown to `entries` log entries (for page counts and the benchmark)."""
    case = hansen_case()
    sections = list(LogSection)
    for i in range(entries - len(case.entries)):
        case.entries.append(
            LogEntry(
                section=sections[i % len(sections)],
                entry_date=date(2008, 1, 1 + i % 28),
                text=f"Opfølgning nr. {i + 1}: Hans har haft en god uge i børnehaven. "
                "Han leger mere med de andre børn og fortæller selv om weekenden "
                "hjemme hos mor og Maja.",
                author="Kirsten Petersen",
            )
        )
    return case


@pytest.fixture
def report_case() -> Case:
    return hansen_case()


# ---------------------------------------------------------------------------------------------
# poppler helpers: the PDFs are checked by an independent reader, not by our own code
# ---------------------------------------------------------------------------------------------


def _poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise RuntimeError(f"{tool} is missing: run scripts/install-system-deps.sh")
    return path


def pdf_text(pdf: bytes | Path, *, layout: bool = False) -> str:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    args = [_poppler("pdftotext"), "-enc", "UTF-8"] + (["-layout"] if layout else []) + ["-", "-"]
    return subprocess.run(args, input=data, capture_output=True, check=True).stdout.decode()


def pdf_info(pdf: bytes) -> dict[str, str]:
    out = subprocess.run([_poppler("pdfinfo"), "-"], input=pdf, capture_output=True, check=True)
    info = {}
    for line in out.stdout.decode().splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def pdf_pages(pdf: bytes) -> int:
    return int(pdf_info(pdf)["Pages"])


def pdf_fonts(path: Path) -> list[tuple[str, str, str]]:
    """(name, type, embedded) for every font pdffonts lists."""
    out = subprocess.run([_poppler("pdffonts"), str(path)], capture_output=True, check=True)
    fonts = []
    for line in out.stdout.decode().splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 7:
            fonts.append((parts[0], " ".join(parts[1:-6]), parts[-5]))
    return fonts


def pdf_image_count(pdf: bytes) -> int:
    """Pictures on the pages (soft masks of transparent PNGs are not counted twice)."""
    out = subprocess.run(
        [_poppler("pdfimages"), "-list", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    return sum(1 for line in out.splitlines()[2:] if line.split()[2:3] == ["image"])


def pdfsig(path: Path) -> str:
    out = subprocess.run([_poppler("pdfsig"), str(path)], capture_output=True)
    return out.stdout.decode() + out.stderr.decode()
