"""Fixed colours that carry meaning: entity kinds and evidence (Okabe–Ito).

The Okabe–Ito set stays distinguishable under the common colour-vision
deficiencies; the same colour always means the same kind across views.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from core.models import EntityKind

KIND_COLORS: dict[EntityKind, str] = {
    EntityKind.PERSON: "#E69F00",  # orange
    EntityKind.ORG: "#56B4E9",  # sky blue
    EntityKind.GPE: "#009E73",  # bluish green
    EntityKind.LOC: "#F0E442",  # yellow
    EntityKind.NORP: "#CC79A7",  # reddish purple
}
KIND_NAMES: dict[EntityKind, str] = {
    EntityKind.PERSON: "Person", EntityKind.ORG: "Organisation", EntityKind.GPE: "Country/city",
    EntityKind.LOC: "Place", EntityKind.NORP: "Group",
}
EVIDENCE = "#D55E00"  # vermillion
DATES = "#0072B2"  # blue: the dotted underline of temporal expressions


def kind_color(kind: EntityKind, alpha: int = 255) -> QColor:
    color = QColor(KIND_COLORS.get(kind, "#999999"))
    color.setAlpha(alpha)
    return color


_icons: dict[EntityKind, QIcon] = {}


def kind_icon(kind: EntityKind) -> QIcon:
    """A filled disc in the kind's colour with its initial, readable in light and dark."""
    if kind not in _icons:
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#333333"))
        painter.setBrush(kind_color(kind))
        painter.drawEllipse(QRectF(2, 2, 28, 28))
        font = painter.font()
        font.setPixelSize(16)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#000000"))
        painter.drawText(QRectF(2, 2, 28, 28), Qt.AlignmentFlag.AlignCenter, kind.value[0])
        painter.end()
        _icons[kind] = QIcon(pixmap)
    return _icons[kind]
