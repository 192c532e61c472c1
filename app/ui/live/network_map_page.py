"""The network map page: the grid editor, the picture beside it, versions and what changed."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import records
from app.domain.records import LinkKind, LogSection, MapActor, MapColumn, MapRow, NetworkMap
from app.ui.form_layout import name_field
from app.ui.headings import mark_heading
from app.ui.live.common import (
    Debouncer,
    LivePage,
    current_holder,
    error_text,
    member_names,
    message_label,
    note_in_log,
    run_guarded,
    show_message,
)
from app.ui.live.labels import fmt_date, map_column_label, map_row_heading, map_row_label
from app.ui.live.network_map_models import (
    COLUMNS,
    ROWS,
    CellActorsModel,
    MapDraft,
    MapGridModel,
    diff_maps,
)
from app.ui.live.network_map_scene import NetworkMapScene, NetworkMapView
from app.ui.plain_text_marks import attach_plain_marks

logger = logging.getLogger(__name__)

DRAFT_KEY = "live.network_map"


def latest_map(case: records.Case) -> NetworkMap | None:
    maps = sorted(enumerate(case.network_maps), key=lambda p: (p[1].made_on, p[0]))
    return maps[-1][1] if maps else None


def last_held_meeting(case: records.Case, today) -> records.Meeting | None:  # noqa: ANN001
    held = [m for m in case.meetings if m.held and m.starts_at.date() <= today]
    return max(held, key=lambda m: m.starts_at) if held else None


def map_at(case: records.Case, on) -> NetworkMap | None:  # noqa: ANN001
    """The version that was current on that day."""
    maps = [p for p in enumerate(case.network_maps) if p[1].made_on <= on]
    return max(maps, key=lambda p: (p[1].made_on, p[0]))[1] if maps else None


def actors_to_json(actors: list[MapActor]) -> str:
    return json.dumps(
        [{**asdict(a), "row": a.row.value, "column": a.column.value} for a in actors],
        ensure_ascii=False,
    )


def actors_from_json(text: str) -> list[MapActor]:
    data = json.loads(text)
    return [
        MapActor(**{**item, "row": MapRow(item["row"]), "column": MapColumn(item["column"])})
        for item in data
    ]


class PlainTextDelegate(QStyledItemDelegate):
    """Cell editors for free text (the effort) carry the plain-language marks too."""

    def createEditor(self, parent, option, index):  # noqa: N802, ANN001, ANN201 - Qt override
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            attach_plain_marks(editor)
        return editor


class NetworkMapPage(LivePage):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(ctx, parent)
        self._case: records.Case | None = None
        self._viewing: NetworkMap | None = None  # an older version shown read-only
        self._base_uid: str | None = None  # the saved version the draft started from
        self._dirty = False  # edits on screen not yet saved as a version
        self._loading = False
        self.draft = MapDraft(self)
        self._draft_saver = Debouncer(self._save_draft, parent=self)

        self.versions = QComboBox(self)
        name_field(self.versions, self.tr("Version af netværkskortet"))
        self.versions.currentIndexChanged.connect(self._version_chosen)
        self.save_button = QPushButton(self.tr("&Gem som ny version"), self)
        self.save_button.setObjectName("saveNetworkMapVersion")
        self.save_button.clicked.connect(self.save_version)
        self.status = QLabel(self)
        self.message = message_label(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Version:"), self))
        top.addWidget(self.versions, 1)
        top.addWidget(self.status, 2)
        top.addWidget(self.save_button)

        self.grid_model = MapGridModel(self.draft, self)
        self.grid = QTableView(self)
        self.grid.setModel(self.grid_model)
        name_field(
            self.grid,
            self.tr("Netværkskortets skema"),
            self.tr("Vælg en celle for at se og rette aktørerne i den."),
        )
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the grid
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid.horizontalHeader().setMinimumSectionSize(70)
        self.grid.selectionModel().currentChanged.connect(self._cell_chosen)

        self.cell_model = CellActorsModel(self.draft, self)
        self.cell_title = QLabel(self)
        font = self.cell_title.font()
        font.setBold(True)
        self.cell_title.setFont(font)
        mark_heading(self.cell_title, 3)
        self.cell_table = QTableView(self)
        self.cell_table.setModel(self.cell_model)
        self.cell_table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves
        self.cell_table.setItemDelegateForColumn(3, PlainTextDelegate(self.cell_table))
        name_field(self.cell_table, self.tr("Aktører i den valgte celle"))
        self.cell_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.cell_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.add_button = QPushButton(self.tr("&Tilføj aktør"), self)
        self.add_button.setObjectName("addMapActor")
        self.add_button.clicked.connect(self.add_actor)
        self.remove_button = QPushButton(self.tr("Fjern a&ktør"), self)
        self.remove_button.setObjectName("removeMapActor")
        self.remove_button.clicked.connect(self.remove_actor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.grid, 3)
        left_layout.addWidget(self.cell_title)
        left_layout.addWidget(self.cell_table, 2)
        left_layout.addLayout(buttons)

        self.scene = NetworkMapScene(self)
        self.picture = NetworkMapView(self.scene, self)
        name_field(self.picture, self.tr("Netværkskortet som tegning"))
        self.changes = QListWidget(self)
        name_field(self.changes, self.tr("Ændringer siden sidste møde"))
        changes_box = QGroupBox(self.tr("Ændringer siden sidste møde"), self)
        changes_layout = QVBoxLayout(changes_box)
        self.changes_note = QLabel(changes_box)
        self.changes_note.setWordWrap(True)
        changes_layout.addWidget(self.changes_note)
        changes_layout.addWidget(self.changes)
        self.changes.setMaximumHeight(96)
        changes_box.setMaximumHeight(170)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.picture, 1)
        right_layout.addWidget(changes_box)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.draft.changed.connect(self._draft_changed)
        self.grid.setCurrentIndex(self.grid_model.index(0, 0))
        self._cell_chosen(self.grid_model.index(0, 0), QModelIndex())

    # -- CasePage ------------------------------------------------------------------------------

    def page_title(self) -> str:
        return self.tr("Netværkskort")

    def show_case(self, case: records.Case) -> None:
        first = self._case is None or self._case.uid != case.uid
        self._case = case
        latest = latest_map(case)
        latest_uid = latest.uid if latest else None
        self._fill_versions()
        # Unsaved edits on screen win over a reload caused elsewhere; a new saved version
        # (ours, just stored) replaces a clean draft.
        if first or (not self._dirty and latest_uid != self._base_uid):
            self._loading = True
            try:
                self.draft.load(self._starting_actors(case))
            finally:
                self._loading = False
            self._base_uid = latest_uid
            self._dirty = False
            if first:
                self._ask_for_draft()
        self._redraw()

    def clear(self) -> None:
        self._draft_saver.cancel()
        self._case = None
        self._dirty = False
        self._base_uid = None
        self._loading = True
        self.draft.load([])
        self._loading = False
        self.scene.clear()
        self.versions.clear()
        self.changes.clear()
        self.changes_note.clear()
        self.status.clear()
        super().clear()

    def focus_target(self, uid: str) -> bool:
        if self._case is None:
            return False
        if any(m.uid == uid for m in self._case.network_maps):
            for i in range(self.versions.count()):
                if self.versions.itemData(i) == uid:
                    self.versions.setCurrentIndex(i)
            self.grid.setFocus()
            return True
        for actor in self.draft.actors():
            if actor.uid == uid:
                index = self.grid_model.index(ROWS.index(actor.row), COLUMNS.index(actor.column))
                self.grid.setCurrentIndex(index)
                self.cell_table.setFocus()
                return True
        return False

    # -- editing -------------------------------------------------------------------------------

    def _starting_actors(self, case: records.Case) -> list[MapActor]:
        latest = latest_map(case)
        return list(latest.actors) if latest else []

    def _ask_for_draft(self) -> None:
        """An unsaved draft left from last time wins over the newest version: nothing is lost."""
        service, case_id = self.ctx.service, self.ctx.current_case_id
        if service is None or case_id is None:
            return
        run_guarded(
            self, service.drafts, case_id, on_done=self._drafts_loaded, on_error=lambda _e: None
        )

    def _drafts_loaded(self, drafts: dict[str, str]) -> None:
        text = (drafts or {}).get(DRAFT_KEY)
        if not text or self._case is None:
            return
        try:
            actors = actors_from_json(text)
        except (ValueError, KeyError, TypeError):
            logger.warning("network map draft could not be read; the saved version is shown")
            return
        self._loading = True
        try:
            self.draft.load(actors)
        finally:
            self._loading = False
        self._dirty = True
        self.status.setText(self.tr("Ændringer er ikke gemt som ny version endnu."))

    def _cell_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row, column = self.grid_model.cell(current)
        self.cell_model.set_cell(row, column)
        self.cell_title.setText(
            self.tr("{row} – {column}").format(
                row=map_row_heading(row), column=map_column_label(column)
            )
        )

    def add_actor(self) -> MapActor | None:
        if self._viewing is not None:
            return None
        row, column = self.cell_model.cell()
        actor = MapActor(row=row, column=column, name="")
        self.draft.add(actor)
        new_row = self.cell_model.rowCount() - 1
        index = self.cell_model.index(new_row, 0)
        self.cell_table.setCurrentIndex(index)
        self.cell_table.edit(index)
        return actor

    def remove_actor(self) -> None:
        actor = self.cell_model.actor_at(self.cell_table.currentIndex().row())
        if actor is not None and self._viewing is None:
            self.draft.remove(actor.uid)

    def _draft_changed(self) -> None:
        self._redraw()
        if not self._loading and self._viewing is None:
            self._dirty = True
            self.status.setText(self.tr("Ændringer er ikke gemt som ny version endnu."))
            self._draft_saver.poke()

    def _save_draft(self) -> None:
        service, case_id = self.ctx.service, self.ctx.current_case_id
        if service is None or case_id is None:
            return
        run_guarded(
            self,
            service.save_draft,
            case_id,
            DRAFT_KEY,
            actors_to_json(self.draft.actors()),
            on_error=lambda exc: show_message(self.message, error_text(exc)),
        )

    def save_version(self) -> None:
        """A new dated version (older ones are kept), made by the current stafetholder."""
        service, case_id, case = self.ctx.service, self.ctx.current_case_id, self._case
        if service is None or case_id is None or case is None:
            return
        self._draft_saver.cancel()
        actors = [a for a in self.draft.actors() if (a.name or a.organisation).strip()]
        version = NetworkMap(made_on=self.ctx.today(), holder=current_holder(case), actors=actors)
        show_message(self.message, "")

        def done(_result: object) -> None:
            self._dirty = False
            self.status.setText(
                self.tr("Gemt som version af {date}.").format(date=fmt_date(version.made_on))
            )
            run_guarded(self, service.discard_draft, case_id, DRAFT_KEY, on_done=lambda _r: None)
            note_in_log(
                self,
                case,
                LogSection.NETWORK_MAP,
                version.made_on,
                f"Netværkskortet er udfyldt med {len(actors)} aktører.",
                LinkKind.NETWORK_MAP,
                version.uid,
            )

        run_guarded(
            self,
            service.add_network_map,
            case_id,
            version,
            on_done=done,
            on_error=lambda exc: show_message(self.message, error_text(exc)),
        )

    # -- versions and the picture --------------------------------------------------------------

    def _fill_versions(self) -> None:
        case = self._case
        self.versions.blockSignals(True)
        self.versions.clear()
        self.versions.addItem(self.tr("Den aktuelle (kan rettes)"), None)
        if case is not None:
            ordered = sorted(case.network_maps, key=lambda m: m.made_on, reverse=True)
            for version in ordered:
                self.versions.addItem(
                    self.tr("Version af {date}").format(date=fmt_date(version.made_on)),
                    version.uid,
                )
        self.versions.setCurrentIndex(0)
        self._viewing = None
        self.versions.blockSignals(False)
        self._set_editable(True)

    def _version_chosen(self, index: int) -> None:
        uid = self.versions.itemData(index)
        case = self._case
        chosen = next((m for m in case.network_maps if m.uid == uid), None) if case else None
        self._viewing = chosen
        self._set_editable(chosen is None)
        self._redraw()

    def _set_editable(self, on: bool) -> None:
        for widget in (self.add_button, self.remove_button, self.save_button):
            widget.setEnabled(on)
        self.cell_table.setEditTriggers(
            (
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
            if on
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )

    def shown_actors(self) -> list[MapActor]:
        return list(self._viewing.actors) if self._viewing else self.draft.actors()

    def _redraw(self) -> None:
        case = self._case
        if case is None:
            self.scene.clear()
            return
        shown = [a for a in self.shown_actors() if (a.name or a.organisation).strip()]
        self.scene.show_map(shown, case.child.name, member_names(case))
        self._show_changes()

    def _show_changes(self) -> None:
        case = self._case
        self.changes.clear()
        if case is None:
            return
        meeting = last_held_meeting(case, self.ctx.today())
        if meeting is None:
            self.changes_note.setText(self.tr("Der er ikke holdt et møde endnu."))
            return
        before = map_at(case, meeting.starts_at.date())
        self.changes_note.setText(
            self.tr("Sammenlignet med kortet ved mødet {date}.").format(
                date=fmt_date(meeting.starts_at.date())
            )
        )
        changes = diff_maps(list(before.actors) if before else [], self.shown_actors())
        for actor in changes.added:
            self.changes.addItem(self.tr("Ny: {who}").format(who=_describe(actor)))
        for actor in changes.removed:
            self.changes.addItem(self.tr("Ikke længere med: {who}").format(who=_describe(actor)))
        for old, new in changes.changed:
            self.changes.addItem(self.tr("Ændret: {who}").format(who=_describe(new)))
            del old
        if changes.is_empty():
            self.changes.addItem(self.tr("Ingen ændringer."))


def _describe(actor: MapActor) -> str:
    who = ", ".join(x for x in (actor.name, actor.organisation) if x)
    return f"{who} ({map_row_label(actor.row)}, {map_column_label(actor.column)})"
