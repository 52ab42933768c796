"""File ▸ Export…: the dialog, then the export in a worker with progress and Cancel.

``install(window)`` connects the ``file.export`` action, so the main window
only calls it once.  What an image shows is captured on the UI thread (a
private snapshot of the timeline, see ``image_export.make_job``); reading the
project, painting and writing run in a ``Task``.  The file's content is built
in full first and written with ``write_atomic`` only if Cancel was not pressed
meanwhile, so a cancelled or failed export leaves no file behind, and a file
that was there is replaced by a complete one or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog

from core import export
from core.export.atomic import write_atomic
from core.timeaxis import TimeScale
from gui.dialogs import SHOW_AFTER_MS
from gui.export_dialog import BY_ID, ExportDialog, ExportRequest
from gui.formatting import format_range
from gui.settings import data_dir
from gui.timeline import image_export
from gui.timeline.image_export import ImageExportError, ImageJob, fit_height, make_job, snapshot
from gui.workers import Task, Work

if TYPE_CHECKING:
    from gui.mainwindow import MainWindow

STATUS_MS = 15_000


class ExportCancelled(Exception):
    """The user pressed Cancel before the file was written."""


def export_work(build: Callable[[], str | bytes], target: Path, doing: str = "Preparing") -> Work:
    """Build the whole content, then write it atomically unless cancelled meanwhile."""

    def work(progress, cancelled) -> Path:
        progress(0, 2, f"{doing} {target.name}…")
        content = build() if not cancelled() else None
        if cancelled():
            raise ExportCancelled
        progress(1, 2, f"Writing {target.name}…")
        write_atomic(target, content)
        progress(2, 2, f"Wrote {target.name}")
        return target

    return work


def image_job(window: MainWindow, request: ExportRequest) -> ImageJob:
    """The picture to paint: the view as on screen, or every event from first to last."""
    state, name = window.timeline.state, window.project.path.stem
    width, height = request.size
    if request.whole:
        job = _whole_job(window, state, name, width, height)
    else:
        job = make_job(state, name, width, height)
    return fit_height(job) if request.fit else job


def _whole_job(window: MainWindow, state, name: str, width: int, height: int) -> ImageJob:
    """Every event, whatever the actor filter, highlight or selection on screen."""
    whole = snapshot(state, keep_selection=False)
    whole.data.set_enabled_actors({a.id for a in window.project.actors() if a.hidden})
    whole.data.set_highlight(())
    rng = whole.data.range()
    if rng is not None:
        whole.scale = TimeScale.fit(rng[0], rng[1], width)
    return make_job(whole, name, width, height, keep_selection=False)


def describe(exc: BaseException, target: Path | None = None) -> str:
    """One sentence for the user: the system's reason, else the message (the box names the file)."""
    if isinstance(exc, OSError) and exc.strerror:
        text = exc.strerror + (f": {exc.filename}" if exc.filename else "")
    elif isinstance(exc, (OSError, ValueError, ImageExportError)):
        text = (str(exc) or type(exc).__name__).removeprefix(f"cannot write {target}: ")
    else:  # a bug: name it, the details hold the traceback
        text = f"Unexpected {type(exc).__name__}: {exc}"
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


class ExportActions(QObject):
    """Owns the ``file.export`` action, the running export and its feedback."""

    exportFinished = Signal(object)  # the written Path, or the exception that stopped the export

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.last_written: Path | None = None
        self._outcome: object = None  # what exportFinished will carry
        self._success = ""
        self.action = window.actions["file.export"]
        self.action.triggered.connect(self.open_dialog)
        window.projectChanged.connect(lambda _project: self.update_action())
        self.folder_link = QLabel("<a href='folder'>Open Folder</a>", objectName="exportOpenFolder")
        self.folder_link.setToolTip("Show the exported file's folder")
        self.folder_link.linkActivated.connect(lambda _link: self.open_folder())
        self.folder_link.hide()
        status = window.statusBar()
        status.insertPermanentWidget(0, self.folder_link)
        status.messageChanged.connect(self._message_changed)
        self.update_action()

    def is_running(self) -> bool:
        return self.task is not None and self.task.is_running()

    def update_action(self) -> None:
        self.action.setEnabled(self.window.project is not None and self.task is None)

    # -- asking ----------------------------------------------------------------

    def open_dialog(self) -> ExportDialog | None:
        """Show the export dialog (not blocking); accepting it starts the export."""
        window, project = self.window, self.window.project
        if project is None or self.task is not None:
            return None
        if not project.events():
            self._message(QMessageBox.Icon.Information, "exportEmpty", "Nothing to export yet.",
                          f"“{project.path.stem}” has no events. Import articles (File ▸ Import "
                          "Articles…) and export their events afterwards.")
            return None
        view = window.timeline
        rng = view.data.range()
        ranges = (format_range(view.scale.start, view.scale.end), format_range(*rng) if rng else "")
        dialog = ExportDialog(project.path.stem, self.default_folder(), window.settings.export_format,
                              (view.width(), view.height()), ranges, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start(dialog.request()))
        dialog.open()
        return dialog

    def default_folder(self) -> Path:
        """The last export's folder, else the project's, unless that is the app's own data folder."""
        last = self.window.settings.export_folder
        if last and Path(last).is_dir():
            return Path(last)
        folder = self.window.project.path.parent.resolve()
        hidden = data_dir().resolve()
        if folder != hidden and hidden not in folder.parents:
            return folder
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    # -- running ---------------------------------------------------------------

    def start(self, request: ExportRequest) -> Task | None:
        """Export in a worker; the outcome arrives as ``exportFinished``."""
        window, project = self.window, self.window.project
        if project is None or self.task is not None:
            return None
        window.settings.export_format = request.format
        window.settings.export_folder = str(request.path.parent)
        if BY_ID[request.format].image:
            job, fmt = image_job(window, request), request.format
            build: Callable[[], str | bytes] = lambda: image_export.render(job, fmt)  # noqa: E731
        else:
            render = export.RENDERERS[request.format]
            build = lambda: render(project)  # noqa: E731
        existed = request.path.exists()
        doing = "Drawing the timeline for" if BY_ID[request.format].image else "Collecting the events for"
        task = Task(export_work(build, request.path, doing), self)
        task.finished.connect(self._exported)
        task.failed.connect(lambda exc: self._failed(exc, request.path, existed, task.traceback))
        task.done.connect(self._done)
        self.task = task
        self.progress = self._progress_dialog(task, request.path.name)
        self.update_action()
        window.statusBar().showMessage(f"Exporting {request.path.name}…")
        task.start()
        return task

    def _progress_dialog(self, task: Task, name: str) -> QProgressDialog:
        """Shown only if the export lasts (like the import's); Cancel stops it before the write."""
        dialog = QProgressDialog(f"Exporting {name}…", "Cancel", 0, 2, self.window)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle("Export")
        dialog.setMinimumWidth(360)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.canceled.connect(task.cancel)
        task.progress.connect(lambda done, _total, text: (dialog.setValue(done), dialog.setLabelText(text)))
        dialog.setValue(0)  # starts the clock of minimumDuration
        return dialog

    def _done(self) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        if self.task is not None:  # it holds the image's snapshot: free it once its thread has ended
            self.task.wait()
            self.task.deleteLater()
            self.task = None
        self.update_action()
        self.exportFinished.emit(self._outcome)

    def _exported(self, path: Path) -> None:
        self.last_written = path
        self._success = f"Exported {path.name} to {path.parent}"
        self.window.statusBar().showMessage(self._success, STATUS_MS)
        self.folder_link.show()
        self._outcome = path

    def _failed(self, exc: BaseException, path: Path, existed: bool, details: str) -> None:
        status = self.window.statusBar()
        if isinstance(exc, ExportCancelled):
            status.showMessage("Export cancelled; nothing was written.", STATUS_MS)
        else:
            kept = (f"The existing {path.name} was left as it was." if existed
                    else "Nothing was written.")
            box = self._message(QMessageBox.Icon.Warning, "exportFailed", f"Could not export {path.name}.",
                                f"{describe(exc, path)}\n\n{kept}")
            if not isinstance(exc, (OSError, ValueError, ImageExportError)):
                box.setDetailedText(details)
            status.showMessage(f"Export of {path.name} failed.", STATUS_MS)
        self._outcome = exc

    def shutdown(self) -> None:
        """The window is closing: stop a running export before the project closes."""
        if self.task is not None and self.task.is_running():
            self.task.cancel()
            self.task.wait()

    # -- feedback --------------------------------------------------------------

    def _message(self, icon: QMessageBox.Icon, name: str, text: str, details: str) -> QMessageBox:
        """A message box that does not block (tests and the event loop go on)."""
        box = QMessageBox(icon, "Export", text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName(name)
        box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _message_changed(self, text: str) -> None:
        """The Open Folder link belongs to the success message: it goes when the message does."""
        if text != self._success:
            self.folder_link.hide()

    def open_folder(self) -> None:
        if self.last_written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_written.parent)))


def install(window: MainWindow) -> ExportActions:
    return ExportActions(window)
