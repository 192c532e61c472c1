"""Consent with signatures drawn on the screen, kept as PNG in the vault; at most one year."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from app.domain.records import LinkKind, LogSection, PartyKind
from app.ui.live.consent_page import ConsentPage
from app.ui.live.labels import to_qdate
from app.ui.live.signature_pad import SignaturePad
from tests.test_ui_live_support import TODAY, live_ctx, open_page, unnamed_inputs, wait_idle

__all__ = ["live_ctx"]


def _log(svc, case_id: int, section: LogSection) -> list:  # noqa: ANN001
    return [e for e in svc.load(case_id).entries if e.section == section]


def draw(pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    """A stroke with the mouse: press, move through the points, release."""
    first = QPoint(*points[0])
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first)
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1])
    )


def scribble(pad: SignaturePad) -> None:
    draw(pad, [(30 + 12 * i, 60 + (25 if i % 2 else -25)) for i in range(14)])
    draw(pad, [(60, 100), (120, 96), (200, 102)])


def dark_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 100
    )


def test_mouse_strokes_make_a_png_with_ink(qtbot) -> None:  # noqa: ANN001
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(480, 150)
    pad.show()
    assert pad.is_empty()
    scribble(pad)
    assert not pad.is_empty()
    assert len(pad.strokes()) == 2
    image = QImage.fromData(pad.to_png(), "PNG")
    assert not image.isNull()
    assert dark_pixels(image) > 100


def test_a_click_or_a_cleared_pad_is_no_signature(qtbot) -> None:  # noqa: ANN001
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(480, 150)
    pad.show()
    QTest.mouseClick(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(50, 50))
    assert pad.is_empty()
    scribble(pad)
    pad.clear()
    assert pad.is_empty() and pad.strokes() == []
    try:
        pad.to_png()
    except ValueError:
        pass
    else:
        raise AssertionError("an empty pad must not give a signature image")


def test_consent_signed_on_screen_is_stored_with_png_signatures(
    qtbot, live_ctx, svc, case_id
) -> None:  # noqa: ANN001,E501
    page = open_page(qtbot, live_ctx, ConsentPage)
    form = page.form
    # Both custodians have custody; Hans is 5, so he does not sign.
    assert [w.giver_name for w in form.signatures] == ["Lilly Hansen", "Ib Hansen"]
    assert form.valid_until.date() == to_qdate(date(2026, 10, 6))
    QTest.keyClicks(form.purpose, "Børnehaven og Familiehuset må tale sammen om Hans.")
    form.party_ticks[PartyKind.SCHOOL_DAYCARE].setChecked(True)
    QTest.keyClicks(form.party_names[PartyKind.SCHOOL_DAYCARE], "Børnehaven Solsikken")
    form.party_ticks[PartyKind.CHILDREN_CASEWORKER].setChecked(True)

    # Only one parent signed: nothing is saved, and the message says who is missing.
    scribble(form.signatures[0].pad)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)
    assert "Ib Hansen" in form.message.text()
    assert svc.load(case_id).consents == []

    scribble(form.signatures[1].pad)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)
    qtbot.waitUntil(lambda: page.consents.count() == 1, timeout=5_000)

    (consent,) = svc.load(case_id).consents
    assert consent.signed_on == TODAY and consent.valid_until == date(2026, 10, 6)
    assert {p.kind for p in consent.parties} == {
        PartyKind.SCHOOL_DAYCARE,
        PartyKind.CHILDREN_CASEWORKER,
    }
    named = {p.kind: p.name for p in consent.parties}
    assert named[PartyKind.SCHOOL_DAYCARE] == "Børnehaven Solsikken"
    assert [g.name for g in consent.givers] == ["Lilly Hansen", "Ib Hansen"]
    for giver in consent.givers:
        assert giver.signature_png and giver.signature_png.startswith(b"\x89PNG")
        image = QImage.fromData(giver.signature_png, "PNG")
        assert not image.isNull() and dark_pixels(image) > 100
    # The stafetlog answers "Er der indhentet samtykke?" with yes, dated and linked.
    qtbot.waitUntil(lambda: bool(_log(svc, case_id, LogSection.CONSENT)), timeout=5_000)
    (entry,) = _log(svc, case_id, LogSection.CONSENT)
    assert entry.yes is True and entry.entry_date == TODAY
    assert [(link.kind, link.uid) for link in entry.links] == [(LinkKind.CONSENT, consent.uid)]
    assert "Lilly Hansen og Ib Hansen" in entry.text
    # The new form is empty again, ready for the next one.
    assert all(w.pad.is_empty() for w in form.signatures)


def test_valid_until_refuses_more_than_a_year_with_a_clear_message(qtbot, live_ctx) -> None:  # noqa: ANN001
    page = open_page(qtbot, live_ctx, ConsentPage)
    form = page.form
    form.valid_until.setDate(to_qdate(date(2027, 3, 1)))
    assert form.valid_until.date() == to_qdate(date(2026, 10, 6))
    assert "højst et år" in form.limit_message.text()
    assert "06.10.2026" in form.limit_message.text()
    form.valid_until.setDate(to_qdate(date(2026, 4, 1)))  # shorter is fine
    assert form.valid_until.date() == to_qdate(date(2026, 4, 1))
    assert form.limit_message.isHidden()


def test_revocation_is_dated_and_kept(qtbot, live_ctx, svc, case_id) -> None:  # noqa: ANN001
    from app.domain.records import Consent, ConsentGiver, ConsentParty

    svc.save_consent(
        case_id,
        Consent(
            purpose="Samarbejde om Hans",
            signed_on=date(2025, 9, 1),
            valid_until=date(2026, 9, 1),
            givers=[ConsentGiver(name="Lilly Hansen", relation="mor")],
            parties=[ConsentParty(kind=PartyKind.GP)],
        ),
    )
    page = open_page(qtbot, live_ctx, ConsentPage)
    assert page.consents.count() == 1 and page.revoke_button.isEnabled()
    page.revoke_on.setDate(to_qdate(date(2025, 10, 5)))
    QTest.keyClicks(page.revoke_note, "Mor ringede")
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, live_ctx)
    qtbot.waitUntil(lambda: not page.revoke_button.isEnabled(), timeout=5_000)
    (consent,) = svc.load(case_id).consents
    assert consent.revoked_on == date(2025, 10, 5)
    assert consent.revocation_note == "Mor ringede"
    assert "Trukket tilbage" in page.consents.item(0).text()


def test_consent_page_names_every_input(qtbot, live_ctx) -> None:  # noqa: ANN001
    page = open_page(qtbot, live_ctx, ConsentPage)
    assert unnamed_inputs(page) == []


def test_a_pen_on_a_tablet_draws_too(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
    from PySide6.QtWidgets import QApplication

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(480, 150)
    pad.show()
    pen = QPointingDevice(
        "pen",
        42,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )

    def send(kind: QEvent.Type, x: float, y: float, pressure: float) -> None:
        event = QTabletEvent(
            kind, pen, QPointF(x, y), QPointF(x, y), pressure, 0, 0, 0, 0, 0,
            Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
        )  # fmt: skip
        QApplication.sendEvent(pad, event)

    send(QEvent.Type.TabletPress, 20, 50, 0.5)
    for i in range(1, 30):
        send(QEvent.Type.TabletMove, 20 + i * 8, 50 + (i % 3) * 10, 0.6)
    send(QEvent.Type.TabletRelease, 260, 60, 0.0)
    assert len(pad.strokes()) == 1 and not pad.is_empty()
    assert dark_pixels(QImage.fromData(pad.to_png(), "PNG")) > 100


def test_no_custodian_with_custody_means_no_signature_boxes(qtbot, live_ctx, svc, case_id) -> None:  # noqa: ANN001,E501
    from app.domain.records import Custodian

    for custodian in svc.load(case_id).custodians:
        svc.save_custodian(
            case_id,
            Custodian(
                uid=custodian.uid,
                name=custodian.name,
                relation=custodian.relation,
                has_custody=False,
            ),
        )
    page = open_page(qtbot, live_ctx, ConsentPage)
    assert page.form.signatures == []
    assert page.form.no_givers.isVisibleTo(page)
    page.form.purpose.setPlainText("Samarbejde")
    page.form.party_ticks[PartyKind.GP].setChecked(True)
    page.save()
    wait_idle(qtbot, live_ctx)
    assert "forældremyndighed" in page.form.message.text()
    assert svc.load(case_id).consents == []


def test_the_party_name_fields_are_wide_enough_for_a_name_at_1366(qtbot, live_ctx) -> None:  # noqa: ANN001
    page = open_page(qtbot, live_ctx, ConsentPage)
    page.resize(1366 - 20, 768 - 120)  # the page inside the window on a 1366×768 laptop
    qtbot.wait(50)
    for name in page.form.party_names.values():
        hint = name.fontMetrics().horizontalAdvance(name.placeholderText())
        assert name.width() >= hint + 16, (name.width(), hint)


def test_named_parties_are_offered_from_the_address_book(
    qtbot, live_ctx, svc, arne_card
) -> None:  # noqa: ANN001
    """The parents name parties; the names sharing and handover match against come from the
    contact cards, and a party without a card can still be typed."""
    from app.people import ContactBook

    ContactBook(svc.vault).add(arne_card)
    page = open_page(qtbot, live_ctx, ConsentPage)
    field = page.form.party_names[PartyKind.CHILDREN_CASEWORKER]
    completer = field.completer()
    qtbot.waitUntil(lambda: completer.model().rowCount() == 1)
    completer.setCompletionPrefix("arne")
    assert completer.currentCompletion() == arne_card.name
    page.clear()  # a lock empties the offer too
    assert completer.model().rowCount() == 0
