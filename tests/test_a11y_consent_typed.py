"""Consent without drawing (issue 16, WCAG 2.5.1): typed name + "Jeg giver samtykke", witnessed.

A parent who cannot draw a signature gives consent with the keyboard alone; the caseworker (the
profile) witnesses it with date and time. It is stored as such in the vault, travels through the
JSON export, import and merge, survives the 0005 → 0010 upgrade, and the PDF says it in words.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.domain import consent as consent_rules
from app.domain import records as r
from app.domain.messages import RuleViolation
from app.models.service import CaseService
from app.people import Profile
from app.reports.catalog import Form, build_document
from app.reports.common import BuildOptions
from app.ui.live.consent_page import ConsentPage
from app.vault import Vault
from tests.fixtures_models import OLGA
from tests.fixtures_reports import pdf_image_count, pdf_text
from tests.fixtures_vault import FAST_KDF
from tests.test_ui_live_support import TODAY, live_ctx, open_page, wait_idle

__all__ = ["live_ctx"]

WITNESS = "Arne Andersen"  # synthetic caseworker
AT = datetime(2025, 10, 6, 9, 30, tzinfo=UTC)


def typed_giver(name: str = "Lilly Hansen", **changes) -> r.ConsentGiver:  # noqa: ANN003
    giver = r.ConsentGiver(
        name=name,
        relation="mor",
        signed_on=AT.date(),
        typed_name=name,
        ticked=True,
        witnessed_by=WITNESS,
        witnessed_at=AT,
    )
    for key, value in changes.items():
        setattr(giver, key, value)
    return giver


def typed_consent() -> r.Consent:
    return r.Consent(
        purpose="Børnehaven og Familiehuset må tale sammen om Hans.",
        signed_on=AT.date(),
        valid_until=date(2026, 10, 5),
        givers=[typed_giver("Lilly Hansen"), typed_giver("Ib Hansen", relation="far")],
        parties=[r.ConsentParty(kind=r.PartyKind.SCHOOL_DAYCARE, name="Børnehaven Solsikken")],
    )


def _heard(monkeypatch) -> list[tuple[str, object]]:  # noqa: ANN001
    from app.ui import announce

    heard: list[tuple[str, object]] = []
    monkeypatch.setattr(
        announce, "_send", lambda event: heard.append((event.message(), event.politeness()))
    )
    return heard


def _focused():  # noqa: ANN202
    return QApplication.focusWidget()


def _tab_to(qtbot, page, target, limit: int = 80) -> None:  # noqa: ANN001
    """Press Tab until `target` has the focus (a keyboard user's way there)."""
    for _ in range(limit):
        if _focused() is target:
            return
        QTest.keyClick(_focused() or page, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or target.accessibleName()}")


# --- the rule ---------------------------------------------------------------------------------


def test_a_typed_consent_holds_only_whole():
    consent_rules.validate_typed_consent(typed_giver())
    for broken in (
        typed_giver(typed_name=""),
        typed_giver(typed_name="Karen Hansen"),
        typed_giver(ticked=False),
        typed_giver(witnessed_by=""),
        typed_giver(witnessed_at=None),
    ):
        with pytest.raises(RuleViolation):
            consent_rules.validate_typed_consent(broken)
    # a drawn signature is not touched by the rule
    consent_rules.validate_typed_consent(r.ConsentGiver(name="Ib Hansen", relation="far"))


@given(
    spaces=st.lists(st.sampled_from([" ", "  ", "\t"]), min_size=3, max_size=3),
    upper=st.booleans(),
)
def test_the_typed_name_may_differ_in_case_and_spacing_only(spaces, upper):
    typed = f"{spaces[0]}Lilly{spaces[1]}Hansen{spaces[2]}"
    consent_rules.validate_typed_consent(
        typed_giver(typed_name=typed.upper() if upper else typed)
    )
    with pytest.raises(RuleViolation):
        consent_rules.validate_typed_consent(typed_giver(typed_name=typed + "sen"))


# --- the page, with the keyboard alone ----------------------------------------------------------


def test_consent_is_given_without_drawing_by_keyboard_and_stored_witnessed(
    qtbot, live_ctx, svc, case_id, monkeypatch
):  # noqa: ANN001
    live_ctx.profile = Profile(WITNESS, "sagsbehandler", "Børn og Familie")
    heard = _heard(monkeypatch)
    page = open_page(qtbot, live_ctx, ConsentPage)
    form = page.form
    page.activateWindow()
    mother, father = form.signatures
    assert WITNESS in mother.without_drawing.text()

    form.purpose.setFocus()
    QTest.keyClicks(form.purpose, "Børnehaven og Familiehuset må tale sammen om Hans.")
    first_tick = form.party_ticks[r.PartyKind.SCHOOL_DAYCARE]
    _tab_to(qtbot, page, first_tick)
    QTest.keyClick(first_tick, Qt.Key.Key_Space)
    assert first_tick.isChecked()

    # From the mother's pad, Tab reaches "Ryd", her typed name and her tick, in that order.
    _tab_to(qtbot, page, mother.pad)
    order = []
    for _ in range(3):
        QTest.keyClick(_focused(), Qt.Key.Key_Tab)
        order.append(_focused())
    assert order == [mother.clear_button, mother.typed_name, mother.tick]
    for giver, name in ((mother, "Lilly Hansen"), (father, "Ib Hansen")):
        _tab_to(qtbot, page, giver.typed_name)
        QTest.keyClicks(giver.typed_name, name)
        QTest.keyClick(giver.typed_name, Qt.Key.Key_Tab)
        assert _focused() is giver.tick
        QTest.keyClick(giver.tick, Qt.Key.Key_Space)
        assert giver.tick.isChecked()
    # The ready state is said aloud, politely, for each giver.
    ready = [text for text, _p in heard if "uden underskrift" in text and "klar" in text]
    assert len(ready) == 2 and "Lilly Hansen" in ready[0] and "Ib Hansen" in ready[1]
    # The tick is a real check box to a screen reader, with its state and whose it is.
    face = QAccessible.queryAccessibleInterface(mother.tick)
    assert face.role() == QAccessible.Role.CheckBox
    assert face.state().checked and "Lilly Hansen" in face.text(QAccessible.Text.Name)

    before = datetime.now(UTC)
    _tab_to(qtbot, page, form.save_button)
    QTest.keyClick(form.save_button, Qt.Key.Key_Space)
    wait_idle(qtbot, live_ctx)
    qtbot.waitUntil(lambda: page.consents.count() == 1, timeout=5_000)

    (consent,) = svc.load(case_id).consents
    assert [g.name for g in consent.givers] == ["Lilly Hansen", "Ib Hansen"]
    for giver in consent.givers:
        assert giver.signature_png is None
        assert giver.typed_name == giver.name and giver.ticked
        assert giver.witnessed_by == WITNESS
        assert giver.witnessed_at is not None and giver.witnessed_at >= before.replace(
            microsecond=0
        )
        assert giver.signed_on == TODAY
    # The details on screen say it in words (no picture).
    assert "samtykke givet uden underskrift, bevidnet af Arne Andersen" in page.details.text()


def test_a_wrong_typed_name_is_refused_with_focus_on_it_and_said_at_once(
    qtbot, live_ctx, svc, case_id, monkeypatch
):  # noqa: ANN001
    live_ctx.profile = Profile(WITNESS, "sagsbehandler", "Børn og Familie")
    heard = _heard(monkeypatch)
    page = open_page(qtbot, live_ctx, ConsentPage)
    form = page.form
    page.activateWindow()
    QTest.keyClicks(form.purpose, "Skolen og PPR må tale sammen.")
    form.party_ticks[r.PartyKind.PPR].setChecked(True)
    mother, father = form.signatures
    QTest.keyClicks(mother.typed_name, "Karen Hansen")
    mother.tick.setChecked(True)
    QTest.keyClicks(father.typed_name, "Ib Hansen")
    father.tick.setChecked(True)
    form.save_button.setFocus()
    QTest.keyClick(form.save_button, Qt.Key.Key_Space)
    wait_idle(qtbot, live_ctx)
    assert svc.load(case_id).consents == []
    assert "svarer ikke til" in form.message.text()
    assert _focused() is mother.typed_name
    assert heard[-1] == (form.message.text(), QAccessible.AnnouncementPoliteness.Assertive)
    assert "svarer ikke til" in mother.typed_name.accessibleDescription()


def test_without_a_profile_there_is_no_witness_and_nothing_is_saved(
    qtbot, live_ctx, svc, case_id
):  # noqa: ANN001
    page = open_page(qtbot, live_ctx, ConsentPage)
    form = page.form
    QTest.keyClicks(form.purpose, "Skolen og PPR må tale sammen.")
    form.party_ticks[r.PartyKind.PPR].setChecked(True)
    for giver in form.signatures:
        QTest.keyClicks(giver.typed_name, giver.giver_name)
        giver.tick.setChecked(True)
    assert "Udfyld din profil" in form.signatures[0].without_drawing.text()
    form.save_button.click()
    wait_idle(qtbot, live_ctx)
    assert svc.load(case_id).consents == []
    assert "bevidnes" in form.message.text()


# --- stored, exported, merged, upgraded, printed ---------------------------------------------


def test_a_typed_consent_travels_through_export_import_and_merge(
    svc, case_id, tmp_path, passphrase, memory_keyring
):  # noqa: ANN001
    known = svc.export_case(case_id)  # the case before the consent
    uid = svc.save_consent(case_id, typed_consent())
    document = json.loads(json.dumps(svc.export_case(case_id)))
    (giver_json, _father) = document["case"]["consents"][0]["givers"]
    assert giver_json["typed_name"] == "Lilly Hansen" and giver_json["ticked"] is True
    assert giver_json["witnessed_by"] == WITNESS
    assert giver_json["witnessed_at"].startswith("2025-10-06T09:30:00")
    assert giver_json["signature_png"] is None

    other, _ = Vault.create(
        tmp_path / "other", passphrase, kdf=FAST_KDF, device_secrets=memory_keyring
    )
    try:
        there = CaseService(other, actor=WITNESS)
        there_id = there.import_case(known)
        assert there.load(there_id).consents == []
        result = there.merge_case(document)
        assert result.case_id == there_id and not result.conflicts
        (merged,) = there.load(there_id).consents
        assert merged.uid == uid
        assert merged.givers == svc.load(case_id).consents[0].givers
        assert consent_rules.given_without_drawing(merged.givers[0])
    finally:
        other.lock()


def test_an_old_vault_with_drawn_consents_opens_and_keeps_them(
    vault_dir, passphrase, memory_keyring
):  # noqa: ANN001
    from alembic import command

    from app.vault import migrate

    # The case is made by today's service, then the vault goes back to the schema of 0005 (the
    # ORM writes today's columns, which a 0005 vault does not have).
    old, _ = Vault.create(vault_dir, passphrase, kdf=FAST_KDF, device_secrets=memory_keyring)
    case_id = CaseService(old, actor="Olga Jensen").create_case(
        r.Child(name="Hans Hansen", cpr="120320-4235"), OLGA, created_on=date(2025, 9, 1)
    )
    with old.session() as s:
        command.downgrade(migrate._config(s.connection()), "0005")
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
    with old.session() as s:
        s.execute(
            sa.text(
                "INSERT INTO consents (uid, case_id, purpose, signed_on, valid_until, "
                "revocation_note) VALUES (:uid, :case, 'Tale sammen', '2025-10-06', "
                "'2026-10-05', '')"
            ),
            {"uid": "a" * 32, "case": case_id},
        )
        consent_id = s.execute(sa.text("SELECT id FROM consents")).scalar()
        s.execute(
            sa.text(
                "INSERT INTO consent_givers (uid, case_id, consent_id, name, relation, "
                "is_child, signature_png, signed_on) VALUES (:uid, :case, :consent, "
                "'Lilly Hansen', 'mor', 0, :png, '2025-10-06')"
            ),
            {"uid": "b" * 32, "case": case_id, "consent": consent_id, "png": png},
        )
    old.lock()

    new = Vault.unlock(vault_dir, passphrase, device_secrets=memory_keyring)
    try:
        assert new.upgraded_from == "0005"
        (consent,) = CaseService(new, actor="Olga Jensen").load(case_id).consents
        (giver,) = consent.givers
        assert giver.signature_png == png
        assert (giver.typed_name, giver.ticked, giver.witnessed_by, giver.witnessed_at) == (
            "",
            False,
            "",
            None,
        )
        assert not consent_rules.given_without_drawing(giver)
    finally:
        new.lock()


def test_the_consent_pdf_says_given_without_signature_witnessed_instead_of_a_drawing(
    svc, case_id
):  # noqa: ANN001
    svc.save_consent(case_id, typed_consent())
    case = svc.load(case_id)
    options = BuildOptions(printed_on=date(2025, 10, 7), author=WITNESS)
    pdf = build_document(case, Form.CONSENT, options).to_pdf(invariant=True)
    text = re.sub(r"\s+", " ", pdf_text(pdf))
    assert text.count("Samtykke givet uden underskrift, bevidnet af Arne Andersen") == 2
    assert "06.10.2025 kl. 11.30" in text  # 09.30 UTC is 11.30 in Copenhagen (summer time)
    assert "Lilly Hansen skrev sit navn og satte kryds ved »Jeg giver samtykke«" in text
    assert pdf_image_count(pdf) == 0  # no empty picture where a drawing would be
