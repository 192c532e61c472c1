"""Translated screen names for the record enums the live tools show (rows, columns, parties)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate

from app.domain.records import MapColumn, MapRow, PartyKind

_CONTEXT = "LiveLabels"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def map_row_label(row: MapRow) -> str:
    return {
        MapRow.CHILD: _t("Barnet"),
        MapRow.MOTHER: _t("Mor"),
        MapRow.FATHER: _t("Far"),
        MapRow.SIBLINGS: _t("Søskende"),
        MapRow.FAMILY: _t("Hele familien"),
    }[row]


def map_column_label(column: MapColumn) -> str:
    return {
        MapColumn.OWN_MUNICIPALITY: _t("Egen kommune"),
        MapColumn.REGION: _t("Regionen"),
        MapColumn.OTHER_MUNICIPALITY: _t("Anden kommune"),
        MapColumn.PRIVATE: _t("Private og selvejende tilbud"),
        MapColumn.INFORMAL: _t("Civilsamfund og eget netværk"),
    }[column]


def map_column_short(column: MapColumn) -> str:
    """Two short lines for the grid's column header (the full name is in the tooltip)."""
    return {
        MapColumn.OWN_MUNICIPALITY: _t("Egen\nkommune"),
        MapColumn.REGION: _t("Regionen"),
        MapColumn.OTHER_MUNICIPALITY: _t("Anden\nkommune"),
        MapColumn.PRIVATE: _t("Private,\nselvejende"),
        MapColumn.INFORMAL: _t("Eget netværk,\ncivilsamfund"),
    }[column]


def map_row_heading(row: MapRow) -> str:
    """The grid's row heading: whom the effort is for."""
    return {
        MapRow.CHILD: _t("Indsats for barnet"),
        MapRow.MOTHER: _t("Indsats for mor"),
        MapRow.FATHER: _t("Indsats for far"),
        MapRow.SIBLINGS: _t("Indsats for søskende"),
        MapRow.FAMILY: _t("Indsats for hele familien"),
    }[row]


def party_label(kind: PartyKind) -> str:
    from app.domain.consent import PARTY_TITLES

    return QCoreApplication.translate("Consent", PARTY_TITLES[kind])


def fmt_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# Colours by column, chosen to stay distinguishable for the common colour-vision deficiencies
# (Okabe–Ito palette) and printed the same way in the PDF.
COLUMN_COLOURS = {
    MapColumn.OWN_MUNICIPALITY: "#0072B2",
    MapColumn.REGION: "#D55E00",
    MapColumn.OTHER_MUNICIPALITY: "#CC79A7",
    MapColumn.PRIVATE: "#E69F00",
    MapColumn.INFORMAL: "#009E73",
}
