"""Translated screen names for the record enums the live tools show (rows, columns, parties)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate

from app.domain.records import MapColumn, MapRow, PartyKind
from app.domain.validation import format_date
from app.reports.palette import COLUMN_HEX


def map_row_label(row: MapRow) -> str:
    return {
        MapRow.CHILD: QCoreApplication.translate("LiveLabels", "Barnet"),
        MapRow.MOTHER: QCoreApplication.translate("LiveLabels", "Mor"),
        MapRow.FATHER: QCoreApplication.translate("LiveLabels", "Far"),
        MapRow.SIBLINGS: QCoreApplication.translate("LiveLabels", "Søskende"),
        MapRow.FAMILY: QCoreApplication.translate("LiveLabels", "Hele familien"),
    }[row]


def map_column_label(column: MapColumn) -> str:
    return {
        MapColumn.OWN_MUNICIPALITY: QCoreApplication.translate("LiveLabels", "Egen kommune"),
        MapColumn.REGION: QCoreApplication.translate("LiveLabels", "Regionen"),
        MapColumn.OTHER_MUNICIPALITY: QCoreApplication.translate("LiveLabels", "Anden kommune"),
        MapColumn.PRIVATE: QCoreApplication.translate("LiveLabels", "Private og selvejende tilbud"),
        MapColumn.INFORMAL: QCoreApplication.translate(
            "LiveLabels", "Civilsamfund og eget netværk"
        ),
        MapColumn.FAMILY_COURT: QCoreApplication.translate("LiveLabels", "Familieretshuset"),
    }[column]


def map_column_short(column: MapColumn) -> str:
    """Two short lines for the grid's column header (the full name is in the tooltip)."""
    return {
        MapColumn.OWN_MUNICIPALITY: QCoreApplication.translate("LiveLabels", "Egen\nkommune"),
        MapColumn.REGION: QCoreApplication.translate("LiveLabels", "Regionen"),
        MapColumn.OTHER_MUNICIPALITY: QCoreApplication.translate("LiveLabels", "Anden\nkommune"),
        MapColumn.PRIVATE: QCoreApplication.translate("LiveLabels", "Private,\nselvejende"),
        MapColumn.INFORMAL: QCoreApplication.translate("LiveLabels", "Eget\nnetværk"),
        MapColumn.FAMILY_COURT: QCoreApplication.translate("LiveLabels", "Familie-\nretshuset"),
    }[column]


def map_row_heading(row: MapRow) -> str:
    """The grid's row heading: whom the effort is for."""
    return {
        MapRow.CHILD: QCoreApplication.translate("LiveLabels", "Indsats for barnet"),
        MapRow.MOTHER: QCoreApplication.translate("LiveLabels", "Indsats for mor"),
        MapRow.FATHER: QCoreApplication.translate("LiveLabels", "Indsats for far"),
        MapRow.SIBLINGS: QCoreApplication.translate("LiveLabels", "Indsats for søskende"),
        MapRow.FAMILY: QCoreApplication.translate("LiveLabels", "Indsats for hele familien"),
    }[row]


def party_label(kind: PartyKind) -> str:
    from app.domain.consent import PARTY_TITLES

    return QCoreApplication.translate("Consent", PARTY_TITLES[kind])


def fmt_date(value: date | None) -> str:
    """The domain's dd.mm.yyyy, or nothing for a date not given."""
    return format_date(value) if value else ""


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# Colours by column: the one palette the PDF uses too (app/reports/palette.py).
COLUMN_COLOURS = COLUMN_HEX
