"""Consent: the parties ticked and named, purpose, at most one year, signatures drawn on screen."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QSize, QStringListModel, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import consent as consent_rules
from app.domain import legal
from app.domain.messages import UserError
from app.domain.records import (
    Case,
    Consent,
    ConsentGiver,
    ConsentParty,
    LinkKind,
    LogSection,
    PartyKind,
)
from app.ui.announce import announce
from app.ui.field_error import FieldProblem
from app.ui.form_layout import FormLayout, make_label, name_field
from app.ui.headings import heading
from app.ui.live.common import (
    LivePage,
    date_edit,
    date_of,
    discard,
    error_text,
    list_beside_form,
    message_label,
    note_in_log,
    plain_line,
    plain_text,
    run_guarded,
    show_error,
    show_message,
    tab_order,
)
from app.ui.live.labels import fmt_date, party_label, to_qdate
from app.ui.live.signature_pad import SignaturePad

logger = logging.getLogger(__name__)
translate = QCoreApplication.translate

# The most a saved signature takes in the list pane (width, height in px).
SIGNATURE_THUMB = QSize(150, 48)


class GiverSignature(QGroupBox):
    """One person who must consent: the pad to draw on, or (for someone who cannot draw) their
    typed name and a tick on "Jeg giver samtykke", witnessed by the caseworker (WCAG 2.5.1)."""

    def __init__(self, name: str, relation: str, is_child: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.giver_name = name
        self.relation = relation
        self.is_child = is_child
        self.witness = ""
        self.setTitle(
            self.tr("Underskrift: {name} ({relation})").format(name=name, relation=relation)
        )
        self.setProperty("personal", True)
        self.pad = SignaturePad(self)
        name_field(
            self.pad,
            self.tr("Underskrift fra {name}").format(name=name),
            self.tr("Tegn underskriften med pen, finger eller mus."),
        )
        self.clear_button = QPushButton(self.tr("Ryd"), self)
        self.clear_button.setObjectName("clearSignature")
        self.clear_button.setAccessibleName(
            self.tr("Ryd underskriften fra {name}").format(name=name)
        )
        self.clear_button.clicked.connect(self.pad.clear)

        # The accessible alternative: typed name + tick, the caseworker witnessing (and named).
        self.without_drawing = QLabel(self)
        self.without_drawing.setWordWrap(True)
        self.typed_name = QLineEdit(self)
        self.typed_name.setObjectName("typedName")
        self.typed_name.setPlaceholderText(self.tr("Skriv dit fulde navn"))
        self.tick = QCheckBox(self.tr("Jeg giver samtykke"), self)
        self.tick.setObjectName("consentTick")
        name_label = make_label(self.tr("Kan ikke tegne? Skriv navnet:"), self.typed_name, self)
        self.typed_name.setAccessibleName(
            self.tr("Navn skrevet af {name} i stedet for underskrift").format(name=name)
        )
        self.tick.setAccessibleName(self.tr("Jeg giver samtykke – {name}").format(name=name))
        self.tick.toggled.connect(self._typed_changed)
        self.typed_name.textChanged.connect(self._typed_changed)
        self._was_given = False
        self.set_witness("")

        draw_row = QHBoxLayout()
        draw_row.addWidget(self.pad, 1)
        draw_row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignBottom)
        typed_row = QHBoxLayout()
        typed_row.addWidget(name_label)
        typed_row.addWidget(self.typed_name, 1)
        typed_row.addWidget(self.tick)
        layout = QVBoxLayout(self)
        layout.addLayout(draw_row)
        layout.addLayout(typed_row)
        layout.addWidget(self.without_drawing)

    def set_witness(self, witness: str) -> None:
        """The caseworker (from the profile) who witnesses a consent given without drawing."""
        self.witness = witness
        if witness:
            text = self.tr(
                "Uden at tegne: {name} skriver sit navn og sætter kryds. {witness} bevidner det, "
                "med dato og klokkeslæt, når samtykket gemmes."
            ).format(name=self.giver_name, witness=witness)
        else:
            text = self.tr(
                "Uden at tegne: {name} skriver sit navn og sætter kryds. Udfyld din profil, så "
                "du kan bevidne det."
            ).format(name=self.giver_name)
        self.without_drawing.setText(text)
        self.typed_name.setAccessibleDescription(text)
        self.tick.setAccessibleDescription(text)

    def given_by_typing(self) -> bool:
        """The giver chose the typed path: the tick is set (the pad is then not used)."""
        return self.tick.isChecked()

    def is_given(self) -> bool:
        return self.given_by_typing() or not self.pad.is_empty()

    def _typed_changed(self) -> None:
        given = self.given_by_typing() and bool(self.typed_name.text().strip())
        if given != self._was_given:
            self._was_given = given
            if given:
                announce(
                    self.tick,
                    self.tr("Samtykke uden underskrift fra {name} er klar til at blive gemt.")
                    .format(name=self.giver_name),
                )

    def first_missing_field(self) -> QWidget:
        """Where to put focus when this giver has not consented yet."""
        if self.given_by_typing() and not self.typed_name.text().strip():
            return self.typed_name
        return self.pad

    def giver(self, signed: date, now: datetime) -> ConsentGiver:
        if self.given_by_typing():
            return ConsentGiver(
                name=self.giver_name,
                relation=self.relation,
                is_child=self.is_child,
                signed_on=signed,
                typed_name=" ".join(self.typed_name.text().split()),
                ticked=True,
                witnessed_by=self.witness,
                witnessed_at=now,
            )
        return ConsentGiver(
            name=self.giver_name,
            relation=self.relation,
            is_child=self.is_child,
            signature_png=self.pad.to_png(),
            signed_on=signed,
        )

    def reset(self) -> None:
        self.pad.clear()
        self.typed_name.clear()
        self.tick.setChecked(False)


def without_drawing_text(giver: ConsentGiver) -> str:
    """The screen's words for a consent given by typed name and tick (the PDF says the same)."""
    local = (giver.witnessed_at or datetime.now(UTC)).astimezone()
    return translate(
        "ConsentPage",
        "{name}: samtykke givet uden underskrift, bevidnet af {witness} den {date} kl. {time}.",
    ).format(
        name=giver.name,
        witness=giver.witnessed_by,
        date=fmt_date(local.date()),
        time=local.strftime("%H.%M"),
    )


class ConsentForm(QWidget):
    """A new consent. The valid-until date can never pass one year from signing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: Case | None = None
        self._correcting = False
        self._witness = ""
        today = date.today()
        self.signed_on = date_edit(today, self)
        self.valid_until = date_edit(consent_rules.default_valid_until(today), self)
        self.limit_message = message_label(self)
        self.signed_on.dateChanged.connect(self._signed_changed)
        self.valid_until.dateChanged.connect(self._valid_changed)
        self.purpose = plain_text(
            self,
            self.tr("Hvad må oplysningerne bruges til? Skriv det, så forældrene forstår det."),
            lines=2,
        )
        for edit in (self.signed_on, self.valid_until):
            edit.setMaximumWidth(180)

        parties_box = QWidget(self)
        grid = QGridLayout(parties_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.party_ticks: dict[PartyKind, QCheckBox] = {}
        self.party_names: dict[PartyKind, QLineEdit] = {}
        kinds = list(PartyKind)
        half = (len(kinds) + 1) // 2
        for index, kind in enumerate(kinds):
            # Two columns of "tick + name" pairs keep the signatures within reach on a laptop.
            row, pair = index % half, index // half
            tick = QCheckBox(party_label(kind), parties_box)
            name = QLineEdit(parties_box)
            name.setPlaceholderText(self.tr("Navn på person eller sted"))
            # Wide enough for its hint and a real name (it was 60–85 px at 1366×768).
            name.setMinimumWidth(name.fontMetrics().horizontalAdvance(name.placeholderText()) + 24)
            name.setAccessibleName(self.tr("Navn for {party}").format(party=party_label(kind)))
            name.setEnabled(False)
            tick.toggled.connect(name.setEnabled)
            grid.addWidget(tick, row, pair * 2)
            grid.addWidget(name, row, pair * 2 + 1)
            self.party_ticks[kind] = tick
            self.party_names[kind] = name
        # Named parties come from the address book (what sharing and handover match against);
        # typing stays possible for a party with no contact card, such as the family's GP.
        self._names = QStringListModel(self)
        names_completer = QCompleter(self._names, self)
        names_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        names_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        for name in self.party_names.values():
            name.setCompleter(names_completer)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.givers_box = QWidget(self)
        self.givers_layout = QVBoxLayout(self.givers_box)
        self.givers_layout.setContentsMargins(0, 0, 0, 0)
        self.signatures: list[GiverSignature] = []
        self.no_givers = QLabel(
            self.tr(
                "Ingen i sagen har forældremyndighed. Skriv forældrene ind i sagen først, "
                "så de kan skrive under her."
            ),
            self.givers_box,
        )
        self.no_givers.setWordWrap(True)
        self.no_givers.hide()
        self.givers_layout.addWidget(self.no_givers)

        self.save_button = QPushButton(self.tr("&Gem samtykket"), self)
        self.save_button.setObjectName("saveConsent")
        self.message = message_label(self)

        form = FormLayout()
        form.add_row(self.tr("Giv&et den:"), self.signed_on)
        form.add_row(
            self.tr("Gæ&lder til og med:"),
            self.valid_until,
            help_text=self.tr("Højst et år fra den dag, samtykket gives."),
        )
        form.addRow(self.limit_message)
        form.add_row(self.tr("Form&ål:"), self.purpose)
        form.add_row(self.tr("Sa&mtykket gælder for:"), parties_box, focus=parties_box)
        name_field(parties_box, self.tr("Samtykket gælder for"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(heading(self.tr("Underskrifter"), self, level=3))
        layout.addWidget(self.givers_box)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)

    def limit(self) -> date:
        return consent_rules.default_valid_until(date_of(self.signed_on))

    def _signed_changed(self) -> None:
        # Moving the signing date keeps the default of a full year.
        self.valid_until.setDate(to_qdate(self.limit()))
        self._fill_givers()

    def _valid_changed(self) -> None:
        if self._correcting:
            return
        limit = self.limit()
        chosen = date_of(self.valid_until)
        if chosen > limit:
            self._correcting = True
            self.valid_until.setDate(to_qdate(limit))
            self._correcting = False
            show_message(
                self.limit_message,
                self.tr(
                    "Et samtykke gælder højst et år ({source}). Datoen er sat til {limit}."
                ).format(source=legal.CONSENT_ONE_YEAR.paragraph, limit=fmt_date(limit)),
            )
        elif chosen < date_of(self.signed_on):
            show_message(
                self.limit_message,
                self.tr("Samtykket kan ikke udløbe, før det er givet."),
            )
        else:
            show_message(self.limit_message, "")

    def set_case(self, case: Case | None) -> None:
        first = case is None or self._case is None or self._case.uid != case.uid
        self._case = case
        if first:
            self._fill_givers()

    def _fill_givers(self) -> None:
        for widget in self.signatures:
            self.givers_layout.removeWidget(widget)
            discard(widget)
        self.signatures = []
        if self._case is None:
            return
        translate = QCoreApplication.translate
        for needed in consent_rules.required_givers(self._case, date_of(self.signed_on)):
            relation = translate("Consent", needed.relation) if needed.is_child else needed.relation
            widget = GiverSignature(needed.name, relation, needed.is_child, self.givers_box)
            widget.set_witness(self._witness)
            self.givers_layout.addWidget(widget)
            self.signatures.append(widget)
        self.no_givers.setVisible(not self.signatures)
        # The pads are made after the form: put them where they stand, between the parties
        # and "Gem samtykket" (Tab went from the save button back up to the first pad).
        pads = [
            stop
            for w in self.signatures
            for stop in (w.pad, w.clear_button, w.typed_name, w.tick)
        ]
        tab_order(list(self.party_names.values())[-1], *pads, self.save_button)

    def set_witness(self, witness: str) -> None:
        """The caseworker's name (the profile), who witnesses a consent given without drawing."""
        self._witness = witness
        for widget in self.signatures:
            widget.set_witness(witness)

    def offer_names(self, names: list[str]) -> None:
        """The address book's names, offered as the party names are typed."""
        self._names.setStringList(names)

    def reset(self, today: date) -> None:
        self._names.setStringList([])  # filled again from the address book when a case opens
        self.signed_on.setDate(to_qdate(today))
        self.valid_until.setDate(to_qdate(self.limit()))
        self.purpose.clear()
        for kind, tick in self.party_ticks.items():
            tick.setChecked(False)
            self.party_names[kind].clear()
        for widget in self.signatures:
            widget.reset()
        show_message(self.message, "")
        show_message(self.limit_message, "")

    def consent(self) -> Consent:
        """The consent from the form; raises FieldProblem (with the field) for what is missing.

        The checks run in the order the fields stand, so focus goes to the first one in error.
        """
        signed = date_of(self.signed_on)
        if not self.purpose.toPlainText().strip():
            raise FieldProblem(
                translate("Consent", consent_rules.PURPOSE_MISSING),
                self.purpose,
            )
        if not any(tick.isChecked() for tick in self.party_ticks.values()):
            raise FieldProblem(
                translate("Consent", consent_rules.NO_PARTIES),
                next(iter(self.party_ticks.values())),
            )
        if not self.signatures:
            raise FieldProblem(self.no_givers.text(), None)
        missing = [w for w in self.signatures if not w.is_given()]
        if missing:
            raise FieldProblem(
                self.tr("Mangler underskrift fra: {names}.").format(
                    names=", ".join(w.giver_name for w in missing)
                ),
                missing[0].first_missing_field(),
            )
        now = datetime.now(UTC)
        givers = [w.giver(signed, now) for w in self.signatures]
        for widget, giver in zip(self.signatures, givers, strict=True):
            try:
                consent_rules.validate_typed_consent(giver)
            except UserError as exc:
                raise FieldProblem(error_text(exc), widget.typed_name) from exc
        parties = [
            ConsentParty(kind=kind, name=" ".join(self.party_names[kind].text().split()))
            for kind, tick in self.party_ticks.items()
            if tick.isChecked()
        ]
        return Consent(
            purpose=self.purpose.toPlainText().strip(),
            signed_on=signed,
            valid_until=date_of(self.valid_until),
            givers=givers,
            parties=parties,
        )


class ConsentPage(LivePage):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(ctx, parent)
        self._case: Case | None = None
        # The signature pictures are decoded a turn after the text, and kept while the case
        # is open: showing the page, or a reload after each save, never waits for PNG decoding.
        self._thumbnails: dict[tuple[str, int], tuple[bytes, QPixmap]] = {}
        self._signatures_later = QTimer(self)
        self._signatures_later.setSingleShot(True)
        self._signatures_later.timeout.connect(self._show_signatures)

        self.consents = QListWidget(self)
        name_field(self.consents, self.tr("Samtykker"))
        self.consents.currentItemChanged.connect(lambda *_a: self._show_details())
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setProperty("personal", True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.signature_images = QGridLayout()
        self.signature_images.setColumnStretch(2, 1)
        self.revoke_on = date_edit(date.today(), self)
        self.revoke_note = plain_line(
            self, self.tr("For eksempel: mor ringede og trak det tilbage")
        )
        self.revoke_button = QPushButton(self.tr("&Træk samtykket tilbage"), self)
        self.revoke_button.setObjectName("revokeConsent")
        self.revoke_button.clicked.connect(self.revoke)
        self.revoke_message = message_label(self)
        revoke_box = QGroupBox(self.tr("Tilbagekald"), self)
        revoke_form = FormLayout(revoke_box)
        revoke_form.add_row(self.tr("Dat&o:"), self.revoke_on)
        revoke_form.add_row(self.tr("&Bemærkning:"), self.revoke_note)
        revoke_form.addRow(self.revoke_button)
        revoke_form.addRow(self.revoke_message)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(make_label(self.tr("S&amtykker"), self.consents))
        left_layout.addWidget(self.consents, 1)
        left_layout.addWidget(self.details)
        left_layout.addLayout(self.signature_images)
        left_layout.addWidget(revoke_box)

        self.form = ConsentForm(self)
        self.form.save_button.clicked.connect(self.save)
        title = heading(self.tr("Nyt samtykke"), self, level=2, scale=1.3)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(title)
        right_layout.addWidget(self.form)
        right_layout.addStretch(1)
        _scroll, splitter = list_beside_form(self, left, right)
        splitter.setSizes([320, 1000])

    def page_title(self) -> str:
        return self.tr("Samtykke")

    def _contact_names(self) -> list[str]:
        """On the worker: the address book's names, for the parties the parents name."""
        from app.people import ContactBook

        book = ContactBook(self.ctx.service.vault)
        return sorted({c.card.name for c in book.list() if not c.revoked}, key=str.casefold)

    def show_case(self, case: Case) -> None:
        first = self._case is None or self._case.uid != case.uid
        self._case = case
        if first:
            self._thumbnails.clear()
            self.form.reset(self.ctx.today())
            self.revoke_on.setDate(to_qdate(self.ctx.today()))
            if self.ctx.service is not None:
                self.ctx.run_read(self._contact_names, on_done=self.form.offer_names)
        me = getattr(self.ctx, "profile", None)  # the witness is the profile, never the OS login
        self.form.set_witness(me.name if me is not None else "")
        self.form.set_case(case)
        chosen = self.consents.currentItem()
        chosen_uid = chosen.data(Qt.ItemDataRole.UserRole) if chosen else None
        self.consents.blockSignals(True)
        self.consents.clear()
        translate = QCoreApplication.translate
        today = self.ctx.today()
        for consent in sorted(case.consents, key=lambda c: c.signed_on, reverse=True):
            state = consent_rules.status(consent, today)
            text = self.tr("{date}: {status} (til og med {until})").format(
                date=fmt_date(consent.signed_on),
                status=translate("Consent", consent_rules.STATUS_TITLES[state]),
                until=fmt_date(consent_rules.lapses_on(consent)),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, consent.uid)
            self.consents.addItem(item)
            if consent.uid == chosen_uid:
                self.consents.setCurrentItem(item)
        self.consents.blockSignals(False)
        if self.consents.currentItem() is None and self.consents.count():
            self.consents.setCurrentRow(0)
        self._show_details()

    def clear(self) -> None:
        self._signatures_later.stop()
        self._thumbnails.clear()
        self._case = None
        self.consents.clear()
        self.details.clear()
        self._clear_images()
        self.form.set_case(None)
        self.form.reset(date.today())
        super().clear()

    def focus_target(self, uid: str) -> bool:
        for row in range(self.consents.count()):
            if self.consents.item(row).data(Qt.ItemDataRole.UserRole) == uid:
                self.consents.setCurrentRow(row)
                self.consents.setFocus()
                return True
        return False

    def selected(self) -> Consent | None:
        item = self.consents.currentItem()
        if item is None or self._case is None:
            return None
        uid = item.data(Qt.ItemDataRole.UserRole)
        return next((c for c in self._case.consents if c.uid == uid), None)

    def _clear_images(self) -> None:
        while self.signature_images.count():
            widget = self.signature_images.takeAt(0).widget()
            if widget is not None:
                discard(widget)

    def _show_details(self) -> None:
        self._clear_images()
        consent = self.selected()
        self.revoke_button.setEnabled(consent is not None and consent.revoked_on is None)
        if consent is None:
            self.details.setText(self.tr("Der er ikke givet samtykke endnu."))
            return
        parties = ", ".join(
            f"{party_label(p.kind)}{': ' + p.name if p.name else ''}" for p in consent.parties
        )
        givers = ", ".join(f"{g.name} ({g.relation})" for g in consent.givers)
        lines = [
            self.tr("Formål: {purpose}").format(purpose=consent.purpose),
            self.tr("Gælder for: {parties}").format(parties=parties),
            self.tr("Givet af: {givers}").format(givers=givers),
        ]
        for giver in consent.givers:
            if consent_rules.given_without_drawing(giver):
                lines.append(without_drawing_text(giver))
        if consent.revoked_on:
            lines.append(
                self.tr("Trukket tilbage den {date}. {note}").format(
                    date=fmt_date(consent.revoked_on), note=consent.revocation_note
                )
            )
        self.details.setText("\n".join(lines))
        signed = [(i, g.signature_png) for i, g in enumerate(consent.givers) if g.signature_png]
        if all(self._kept(consent.uid, i, png) is not None for i, png in signed):
            self._show_signatures()  # decoded before: at once, so a reload does not flicker
        else:
            self._signatures_later.start(0)

    def _show_signatures(self) -> None:
        """The chosen consent's signatures as small pictures (whichever consent is chosen now)."""
        self._clear_images()
        consent = self.selected()
        if consent is None:
            return
        for index, giver in enumerate(consent.givers):
            if not giver.signature_png:
                continue
            label = QLabel(self)
            label.setProperty("personal", True)
            label.setPixmap(self._thumbnail(consent.uid, index, giver.signature_png))
            label.setToolTip(self.tr("Underskrift: {name}").format(name=giver.name))
            label.setObjectName("signatureImage")  # white paper behind the ink: app/ui/theme.py
            shown = self.signature_images.count()
            self.signature_images.addWidget(
                label, shown // 2, shown % 2, Qt.AlignmentFlag.AlignLeft
            )

    def _kept(self, consent_uid: str, index: int, png: bytes) -> QPixmap | None:
        kept = self._thumbnails.get((consent_uid, index))
        return kept[1] if kept is not None and kept[0] == png else None

    def _thumbnail(self, consent_uid: str, index: int, png: bytes) -> QPixmap:
        kept = self._kept(consent_uid, index, png)
        if kept is not None:
            return kept
        # A signature drawn on the form's wide pad is about 7:1; at 48 px high, two of them
        # widened the list pane and pushed the form behind a scrollbar. Each picture gets at
        # most a thumbnail box, two to a row.
        image = QImage.fromData(png, "PNG")
        thumbnail = QPixmap.fromImage(image).scaled(
            SIGNATURE_THUMB,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self._thumbnails[(consent_uid, index)] = (png, thumbnail)
        return thumbnail

    def save(self) -> None:
        service, case_id = self.ctx.service, self.ctx.current_case_id
        if service is None or case_id is None:
            return
        try:
            consent = self.form.consent()
        except FieldProblem as exc:
            show_error(self.form.message, str(exc), exc.field)
            return
        try:
            consent_rules.validate_consent(consent)
        except Exception as exc:  # noqa: BLE001 - a RuleViolation with a Danish text
            # what the form does not check itself is about the dates
            show_error(self.form.message, error_text(exc), self.form.valid_until)
            return
        show_message(self.form.message, "")

        case = self._case

        def done(_uid: object) -> None:
            self.form.reset(self.ctx.today())
            names = " og ".join(g.name for g in consent.givers)
            note_in_log(
                self,
                case,
                LogSection.CONSENT,
                consent.signed_on,
                f"{names} har givet samtykke. Det gælder til og med "
                f"{fmt_date(consent.valid_until)}.",
                LinkKind.CONSENT,
                consent.uid,
            )

        run_guarded(
            self,
            service.save_consent,
            case_id,
            consent,
            on_done=done,
            on_error=lambda exc: show_message(self.form.message, error_text(exc)),
        )

    def revoke(self) -> None:
        service, case_id, consent = self.ctx.service, self.ctx.current_case_id, self.selected()
        if service is None or case_id is None or consent is None:
            return
        on = date_of(self.revoke_on)
        if on < consent.signed_on:
            show_message(
                self.revoke_message,
                self.tr("Samtykket kan ikke trækkes tilbage, før det er givet."),
            )
            return
        show_message(self.revoke_message, "")
        run_guarded(
            self,
            service.revoke_consent,
            case_id,
            consent.uid,
            on,
            " ".join(self.revoke_note.text().split()),
            on_done=lambda _r: (self.revoke_note.clear(), self.ctx.reload_case()),
            on_error=lambda exc: show_message(self.revoke_message, error_text(exc)),
        )
