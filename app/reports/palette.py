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
}
