"""The network map's colours by column: ONE palette for the screen and the PDF.

Okabe–Ito colours, told apart by colour-blind readers too. Plain hex strings (no reportlab, no
Qt), so the PDF builder and the Qt scene both read them from here.
"""

from __future__ import annotations

from app.domain.records import MapColumn

COLUMN_HEX: dict[MapColumn, str] = {
    MapColumn.OWN_MUNICIPALITY: "#0072B2",
    MapColumn.REGION: "#D55E00",
    MapColumn.OTHER_MUNICIPALITY: "#CC79A7",
    MapColumn.PRIVATE: "#E69F00",
    MapColumn.INFORMAL: "#009E73",
    MapColumn.FAMILY_COURT: "#56B4E9",
}

# Told apart without colour too (WCAG 1.4.1; the fills differ by only 1.0–2.2:1 against white):
# each column has its own outline (dash pattern in line widths; empty = solid) and its number in
# the grid's column order, printed in the corner of every actor box and in the legend.
COLUMN_DASH: dict[MapColumn, tuple[float, ...]] = {
    MapColumn.OWN_MUNICIPALITY: (),
    MapColumn.REGION: (4.0, 2.0),
    MapColumn.OTHER_MUNICIPALITY: (1.0, 1.5),
    MapColumn.PRIVATE: (5.0, 1.5, 1.0, 1.5),
    MapColumn.INFORMAL: (2.5, 2.5),
    MapColumn.FAMILY_COURT: (6.0, 2.0, 1.0, 2.0, 1.0, 2.0),
}
COLUMN_MARK: dict[MapColumn, str] = {
    column: str(number) for number, column in enumerate(MapColumn, start=1)
}
