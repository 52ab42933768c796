"""``ExportDialog``: File ▸ Export… asks what to write, and where.

The dialog only gathers an ``ExportRequest``; ``gui.export_actions`` runs it.
The file name follows the format (a default from the project's name, or the
user's name with the extension swapped), and a file that already exists is
only replaced after the usual confirmation, whether its name came from the
Save dialog (which asks itself) or was typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from gui.timeline.image_export import DEFAULT_SIZE, MAX_SIZE, MIN_SIZE, PNG_RATIO
from gui.timeline.state import blend


@dataclass(frozen=True)
class ExportFormat:
    id: str  # as ``dateline export --format``
    label: str
    ext: str
    hint: str
    image: bool = False


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("png", "PNG image", ".png", "A picture of the timeline, for slides and documents.",
                 image=True),
    ExportFormat("svg", "SVG image", ".svg", "A drawing that stays sharp at any size, for the web and editing.",
                 image=True),
    ExportFormat("pdf", "PDF document", ".pdf", "One page with the timeline, for printing and sharing.",
                 image=True),
    ExportFormat("timelinejs", "TimelineJS JSON", ".json",
                 "Dated events for a TimelineJS 3 web timeline (undated events are left out)."),
    ExportFormat("csv", "CSV table", ".csv", "One row per event, in time order, for spreadsheets."),
    ExportFormat("markdown", "Markdown chronology", ".md",
                 "A readable list of events with who, sources and quotes."),
    ExportFormat("json", "Dateline JSON", ".json",
                 "Everything (articles, actors, events, evidence) for scripts."),
)
BY_ID = {f.id: f for f in FORMATS}
EXTENSIONS = {f.ext for f in FORMATS}


@dataclass(frozen=True)
class ExportRequest:
    """What the user asked for; ``size`` and ``whole`` matter for images only."""

    format: str
    path: Path
    size: tuple[int, int]
    whole: bool = False  # the whole timeline rather than the current view
    fit: bool = False  # the height is a maximum: the page ends below the events


def default_name(project_name: str, fmt: str) -> str:
    """``story.png``; TimelineJS gets its own name so it never replaces the Dateline JSON."""
    return f"{project_name}{'-timelinejs' if fmt == 'timelinejs' else ''}{BY_ID[fmt].ext}"


def follow_format(path: Path, old: str, new: str, project_name: str) -> Path:
    """The file name for ``new`` after the user switched from ``old``."""
    if path.name == default_name(project_name, old) or not path.name:
        return path.with_name(default_name(project_name, new))
    ext = BY_ID[new].ext
    if path.suffix.lower() in EXTENSIONS:
        return path.with_suffix(ext)
    return path.with_name(path.name + ext)


def caption(label: QLabel) -> QLabel:
    """Secondary text: dimmer than the labels, yet (unlike a disabled label) easy to read."""
    palette = label.palette()
    text, window = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):  # disabled stays disabled
        palette.setColor(group, QPalette.ColorRole.WindowText, blend(text, window, 0.72))
    label.setPalette(palette)
    return label


def clamp_size(width: int, height: int) -> tuple[int, int]:
    return (min(max(width, MIN_SIZE[0]), MAX_SIZE[0]), min(max(height, MIN_SIZE[1]), MAX_SIZE[1]))


class ExportDialog(QDialog):
    """Format, destination and, for images, which part of the timeline at what size."""

    def __init__(self, project_name: str, folder: Path, fmt: str, size: tuple[int, int],
                 ranges: tuple[str, str] = ("", ""), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export")
        self.project_name = project_name
        self.folder = folder  # where a bare file name goes
        self._confirmed: Path | None = None  # the Save dialog already asked about replacing it
        self.format = QComboBox(objectName="exportFormat")
        for f in FORMATS:
            self.format.addItem(f.label, f.id)
        self.format.setCurrentIndex(max(0, self.format.findData(fmt if fmt in BY_ID else "png")))
        self._fmt = self.format.currentData()
        self.hint = caption(QLabel(wordWrap=True, objectName="exportHint"))
        self.path = QLineEdit(str(folder / default_name(project_name, self._fmt)), objectName="exportPath")
        self.path.setMinimumWidth(380)
        self.path.textChanged.connect(lambda _text: self._check())
        browse = QPushButton("&Browse…", objectName="exportBrowse")
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.image_box = self._image_box(ranges, size)
        form = QFormLayout()
        form.addRow("&Format:", self.format)
        form.addRow("", self.hint)
        to_label = QLabel("Save &to:")
        to_label.setBuddy(self.path)
        form.addRow(to_label, where)
        button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(button.Ok | button.Cancel)
        self.ok = self.buttons.button(button.Ok)
        self.ok.setText("Export")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.image_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(lambda _i: self._format_changed())
        self._format_changed()

    def _image_box(self, ranges: tuple[str, str], size: tuple[int, int]) -> QGroupBox:
        """Which part of the timeline, at what size (images only)."""
        self.view = QRadioButton(f"Current &view{f'  ({ranges[0]})' if ranges[0] else ''}")
        self.whole = QRadioButton(f"&Whole timeline{f'  ({ranges[1]})' if ranges[1] else ''}")
        self.view.setToolTip("The time range, lanes and actor filter as on screen")
        self.whole.setToolTip("Every event from first to last, whatever the actor filter")
        self.view.setChecked(True)
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.view)
        self.scope.addButton(self.whole)
        self.whole.toggled.connect(self._scope_changed)
        self.view_size = clamp_size(*size)
        width, height = self.view_size
        self.width_box = self._spin(width, MIN_SIZE[0], MAX_SIZE[0], "exportWidth")
        self.height_box = self._spin(height, MIN_SIZE[1], MAX_SIZE[1], "exportHeight")
        self.pixels = caption(QLabel(objectName="exportPixels"))
        dims = QHBoxLayout()
        dims.addWidget(self.width_box)
        dims.addWidget(QLabel("×"))
        dims.addWidget(self.height_box)
        dims.addWidget(QLabel("px"))
        dims.addSpacing(8)
        dims.addWidget(self.pixels, 1)
        box = QGroupBox("Image", objectName="exportImage")
        image = QFormLayout(box)
        shows = QVBoxLayout()
        shows.addWidget(self.view)
        shows.addWidget(self.whole)
        image.addRow("Shows:", shows)
        size_label = QLabel("&Size:")
        size_label.setBuddy(self.width_box)
        image.addRow(size_label, dims)
        self.fit = QCheckBox("&Crop the empty space below the events", objectName="exportFit", checked=True)
        self.fit.setToolTip("The height becomes a maximum: the picture ends below the last row of events")
        self.fit.toggled.connect(lambda _on: self._update_pixels())
        image.addRow("", self.fit)
        return box

    def _spin(self, value: int, low: int, high: int, name: str) -> QSpinBox:
        box = QSpinBox(objectName=name, minimum=low, maximum=high, singleStep=100)
        box.setValue(value)
        box.setAccelerated(True)
        box.valueChanged.connect(lambda _v: self._update_pixels())
        return box

    # -- state -----------------------------------------------------------------

    def request(self) -> ExportRequest:
        path = Path(self.path.text().strip()).expanduser()
        return ExportRequest(self.format.currentData(), path if path.is_absolute() else self.folder / path,
                             (self.width_box.value(), self.height_box.value()), self.whole.isChecked(),
                             self.fit.isChecked())

    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def _format_changed(self) -> None:
        new = self.format.currentData()
        text = self.path.text().strip()
        if text:
            self.path.setText(str(follow_format(Path(text), self._fmt, new, self.project_name)))
        self._fmt = new
        self.hint.setText(BY_ID[new].hint)
        self.image_box.setEnabled(BY_ID[new].image)
        self._update_pixels()
        self._check()

    def _scope_changed(self, whole: bool) -> None:
        """The view's size suits the view; the whole timeline gets the command line's roomier
        default. A size the user typed is kept."""
        old, new = (self.view_size, DEFAULT_SIZE) if whole else (DEFAULT_SIZE, self.view_size)
        if (self.width_box.value(), self.height_box.value()) == old:
            self.width_box.setValue(new[0])
            self.height_box.setValue(new[1])

    def _update_pixels(self) -> None:
        w, h = self.width_box.value(), self.height_box.value()
        upto = "up to " if self.fit.isChecked() else ""
        self.pixels.setText(f"PNG: {upto}{w * PNG_RATIO} × {h * PNG_RATIO} pixels, sharp in print"
                            if self._fmt == "png" else "Vector: sharp at any zoom" if BY_ID[self._fmt].image
                            else "")

    def _check(self) -> None:
        text = self.path.text().strip()
        self.ok.setEnabled(bool(text) and not text.endswith(("/", "\\")))

    # -- destination -----------------------------------------------------------

    def browse(self) -> None:
        """The platform's Save dialog; it asks before replacing a file."""
        fmt = BY_ID[self._fmt]
        chosen, _filter = QFileDialog.getSaveFileName(self, "Export As", self.path.text(),
                                                      f"{fmt.label} (*{fmt.ext})")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != fmt.ext:
            path = path.with_name(path.name + fmt.ext)
        self._confirmed = path if str(path) == chosen else None
        self.path.setText(str(path))

    def accept(self) -> None:
        """Export, after asking before replacing a file the Save dialog did not ask about."""
        path = self.request().path
        if not path.is_file() or path == self._confirmed:
            super().accept()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, "Export",
                          f"“{path.name}” already exists in {path.parent}.\nDo you want to replace it?",
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("exportReplace")
        replace = box.addButton("Replace", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: box.clickedButton() is replace and super(ExportDialog, self).accept())
        box.open()
