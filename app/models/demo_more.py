"""The demo's extra synthetic cases: different children, levels and deadlines for the dashboard."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta

from app.domain import records as r
from app.domain.dates import add_years
from app.models.demo import _stamp, cpr_for, signature_png

logger = logging.getLogger(__name__)


def _simple_case(
    name: str,
    born: date | None,
    holder: r.Person,
    created_on: date,
    level: r.Level,
    *,
    expected: date | None = None,
    serial: str = "4012",
    custodians: list[r.Custodian] | None = None,
) -> r.Case:
    levels = [r.LevelChange(on=created_on, level=r.Level.ONE)]
    if level > r.Level.ONE:
        levels.append(r.LevelChange(on=created_on + timedelta(days=21), level=level))
    return r.Case(
        child=r.Child(
            name=name, cpr=cpr_for(born, serial) if born else None, expected_birth_date=expected
        ),
        custodians=custodians or [],
        created_by=holder,
        created_on=created_on,
        levels=levels,
        baton=[r.BatonEvent(kind=r.BatonEventKind.CREATED, on=created_on, person=holder)],
        eye_on_child=[r.EyeOnChild(since=created_on, person=holder)],
        updated_at=_stamp(created_on),
    )


def extra_cases(today: date) -> list[r.Case]:
    """Five more children at different levels, with deadlines due, overdue and upcoming."""
    day = timedelta(days=1)
    soren = r.Person(name="Søren Madsen", organisation="Skovbakke Skole", role="klasselærer")
    mette = r.Person(name="Mette Kjær", organisation="Sundhedsplejen", role="sundhedsplejerske")
    pia = r.Person(name="Pia Holm", organisation="Skovbakke Skole", role="lærer")
    jonas = r.Person(
        name="Jonas Berg", organisation="Børn og Familie, kommunen", role="børnesagsbehandler"
    )
    anne = r.Person(
        name="Anne Vestergaard", organisation="Sundhedsplejen", role="sundhedsplejerske"
    )
    lars = r.Person(
        name="Lars Winther", organisation="Ungdommens Uddannelsesvejledning", role="vejleder"
    )

    emma = _simple_case(
        "Emma Larsen",
        add_years(today, -8) - 40 * day,
        soren,
        today - 30 * day,
        r.Level.ONE,
        serial="4218",
        custodians=[r.Custodian(name="Tina Larsen", relation="mor")],
    )
    emma.entries = [
        r.LogEntry(
            section=r.LogSection.CONCERN_AROSE,
            entry_date=today - 35 * day,
            text="Emma kommer ofte for sent og er træt i timerne.",
            author=soren.name,
            recorded_at=_stamp(today - 30 * day),
        ),
        r.LogEntry(
            section=r.LogSection.REVIEW,
            entry_date=today - 30 * day,
            text="Søren Madsen og Tina Larsen taler sammen igen om to uger.",
            due_on=today + 5 * day,
            author=soren.name,
            recorded_at=_stamp(today - 30 * day),
        ),
    ]
    emma.assessments = [
        r.ScaleAssessment(
            scale=r.ScaleKind.CHILD,
            assessed_on=today - 30 * day,
            category=2,
            assessors=[soren.name],
            signs=["concentration"],
        )
    ]

    noah = _simple_case(
        "Noah Pedersen",
        add_years(today, -2) + 17 * day,
        mette,
        today - 360 * day,
        r.Level.TWO,
        serial="4431",
        custodians=[
            r.Custodian(name="Sara Pedersen", relation="mor"),
            r.Custodian(name="Ali Pedersen", relation="far"),
        ],
    )
    signed = today - 340 * day
    noah.consents = [
        r.Consent(
            purpose="Sundhedsplejen og vuggestuen må tale sammen om Noahs søvn og mad.",
            signed_on=signed,
            valid_until=add_years(signed, 1),
            givers=[
                r.ConsentGiver(
                    name="Sara Pedersen",
                    relation="mor",
                    signed_on=signed,
                    signature_png=signature_png(3),
                )
            ],
            parties=[
                r.ConsentParty(kind=r.PartyKind.HEALTH_VISITOR, name="Mette Kjær"),
                r.ConsentParty(kind=r.PartyKind.SCHOOL_DAYCARE, name="Vuggestuen Myretuen"),
            ],
        )
    ]
    noah.actor_rows = [
        r.ActorRow(
            actor="Vuggestuen Myretuen",
            changed_on=today - 60 * day,
            effort="Vuggestuen skriver ned, hvornår Noah sover og spiser.",
            follow_up_on=today - 3 * day,
            follow_up_by=mette.name,
        )
    ]

    sofie = _simple_case(
        "Sofie Nielsen",
        add_years(today, -11) - 100 * day,
        pia,
        today - 120 * day,
        r.Level.THREE,
        serial="4907",
        custodians=[r.Custodian(name="Henrik Nielsen", relation="far")],
    )
    sofie.baton += [
        r.BatonEvent(kind=r.BatonEventKind.OFFERED, on=today - 100 * day, person=jonas),
        r.BatonEvent(kind=r.BatonEventKind.ACCEPTED, on=today - 98 * day, person=jonas),
    ]
    sofie.notifications = [
        r.Notification(
            form=r.NotificationForm.AGE_6_18,
            made_on=today - 12 * day,
            notifier=pia,
            observed="Sofie har været væk fra skolen otte dage i denne måned.",
            assumed="Vi tror, at Sofie passer sin far, der er syg.",
            signs=["absence", "overly_responsible"],
            parents_informed=True,
            parents_informed_on=today - 13 * day,
        )
    ]
    sofie.municipal = r.MunicipalSteps(
        aware_on=today - 100 * day, investigation_decided_on=today - 95 * day
    )

    unborn = _simple_case(
        "Barn af Camilla Jørgensen",
        None,
        anne,
        today - 20 * day,
        r.Level.ONE,
        expected=today + 90 * day,
        custodians=[r.Custodian(name="Camilla Jørgensen", relation="mor")],
    )
    unborn.entries = [
        r.LogEntry(
            section=r.LogSection.REVIEW,
            entry_date=today - 20 * day,
            text="Anne Vestergaard besøger Camilla igen om to uger.",
            due_on=today + 14 * day,
            author=anne.name,
            recorded_at=_stamp(today - 20 * day),
        )
    ]

    mads = _simple_case(
        "Mads Holm",
        add_years(today, -16) - 200 * day,
        lars,
        today - 90 * day,
        r.Level.TWO,
        serial="4555",
        custodians=[r.Custodian(name="Birgitte Holm", relation="mor")],
    )
    mads.consents = [
        r.Consent(
            purpose="Vejlederen, skolen og jobcentret må tale sammen om Mads' uddannelse.",
            signed_on=today - 80 * day,
            valid_until=add_years(today - 80 * day, 1),
            givers=[
                r.ConsentGiver(
                    name="Birgitte Holm",
                    relation="mor",
                    signed_on=today - 80 * day,
                    signature_png=signature_png(4),
                ),
                r.ConsentGiver(
                    name="Mads Holm",
                    relation="barnet (15+)",
                    is_child=True,
                    signed_on=today - 80 * day,
                    signature_png=signature_png(5),
                ),
            ],
            parties=[
                r.ConsentParty(kind=r.PartyKind.SCHOOL_DAYCARE, name="Skovbakke Skole"),
                r.ConsentParty(kind=r.PartyKind.JOBCENTRE, name="Jobcentret"),
            ],
        )
    ]
    mads.meetings = [
        r.Meeting(
            starts_at=datetime.combine(today - 28 * day, time(13, 0), tzinfo=UTC),
            place="Skovbakke Skole",
            title="Koordinationsmøde om Mads",
            participants=[
                r.Participant(name="Mads Holm", is_family=True, attended=True),
                r.Participant(name="Birgitte Holm", is_family=True, attended=True),
                r.Participant(name=lars.name, organisation=lars.organisation, attended=True),
            ],
            agenda=["1", "3", "5", "6"],
            next_meeting_on=today,
            held=True,
        )
    ]
    return [emma, noah, sofie, unborn, mads]
