"""``MainWindow``: wires the project, the undo stack and the views together.

Kept small on purpose: actions come from ``gui.actions``, docks from
``gui.docks``, persistence from ``gui.settings``, long work from
``gui.workers``.  Views never talk to each other: they share a
``SelectionModel`` and refresh from the project's change notifications.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from core.project import Changes, Project
from gui.actions import build_actions, build_menus, shortcut_rows
from gui.actors_panel import ActorsPanel
from gui.article_view import ArticleView
from gui.dialogs import DatesDialog, ImportDialog, shortcuts_dialog
from gui.docks import add_dock
from gui.formatting import format_range
from gui.selection import SelectionModel
from gui.settings import Settings, data_dir, decode, encode
from gui.timeline.data import TimelineData
from gui.timeline.view import TimelineView
from gui.event_filter import EventFilterBar
from gui.source_dates import SourceDates
from gui.workers import Task, busy_cursor_while

PROJECT_FILTER = "Dateline projects (*.dateline)"
ARTICLE_FILTER = "Articles (*.html *.htm *.md *.markdown *.txt);;All files (*)"


class ProjectBridge(QObject):
    """Project listeners may run in a worker thread; this hops them to the UI thread."""

    changed = Signal(object)

    def __call__(self, changes: Changes) -> None:
        self.changed.emit(changes)


FIRST_DOCK_WIDTHS = (380, 440)  # actors, article: the timeline keeps the widest share


def first_dock_widths(window_width: int) -> list[int]:
    """Actors and article dock widths on first start: ``FIRST_DOCK_WIDTHS`` on a wide
    window, about a quarter and three tenths of a narrow one, and together never
    more than 55% of it, so a laptop's timeline is not squeezed to a strip."""
    widths = [min(FIRST_DOCK_WIDTHS[0], max(240, int(window_width * 0.25))),
              min(FIRST_DOCK_WIDTHS[1], max(260, int(window_width * 0.30)))]
    room = 0.55 * window_width
    if sum(widths) > room:
        widths = [int(w * room / sum(widths)) for w in widths]
    return widths


class MainWindow(QMainWindow):
    importFinished = Signal(object)  # ImportReport, or the exception that stopped it
    projectChanged = Signal(object)  # the Project now shown, or None

    def __init__(self, settings: Settings | None = None, settings_path: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Dateline")
        self.setAcceptDrops(True)
        self.settings = settings or Settings()
        self.settings_path = settings_path
        self.project: Project | None = None
        self.import_task: Task | None = None
        self.selection = SelectionModel(self)
        self.undo_stack = QUndoStack(self)
        self.bridge = ProjectBridge(self)
        self.bridge.changed.connect(self._on_changes)
        self.source_dates = SourceDates(self, self.undo_stack)
        self.bridge.changed.connect(lambda _changes: self.source_dates.project_changed())

        self.timeline = TimelineView(self.selection)
        self.event_filter = EventFilterBar()
        center = QWidget(objectName="timelineArea")
        column = QVBoxLayout(center)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.event_filter)
        column.addWidget(self.timeline, 1)
        self.setCentralWidget(center)
        self.articles = ArticleView(self.selection)
        self.actors = ActorsPanel(self.selection, self.undo_stack)
        self.articles_dock = add_dock(self, "articlesDock", self.articles)
        self.actors_dock = add_dock(self, "actorsDock", self.actors)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1500, int(screen.width() * 0.92)), min(940, int(screen.height() * 0.92)))
        self.resizeDocks([self.actors_dock, self.articles_dock], first_dock_widths(self.width()),
                         Qt.Orientation.Horizontal)

        self.actions = build_actions(self)
        self.menus = build_menus(self.menuBar(), self.actions)
        view = self.menus["View"]
        view.addSeparator()
        view.addAction(self.actors_dock.toggleViewAction())
        view.addAction(self.articles_dock.toggleViewAction())
        self._connect_actions()
        from gui.event_actions import install

        self.event_tools = install(self)  # the Event menu and the Event dock
        from gui.export_actions import install as install_export

        self.export_tools = install_export(self)  # File ▸ Export…

        self.counts = QLabel()
        self.range = QLabel()
        self.statusBar().addWidget(self.counts)
        self.statusBar().addPermanentWidget(self.range)
        self.timeline.visibleRangeChanged.connect(lambda a, b: self.range.setText(format_range(a, b)))
        self.actors.filterChanged.connect(self._filter_timeline)
        self.event_filter.queryChanged.connect(self._filter_events)
        self.selection.actorChanged.connect(self._highlight_actor)
        self.articles.setDateRequested.connect(lambda sid: self.show_unknown_dates([sid]))
        self._restore_layout()
        self._update_titles()

    # -- wiring --------------------------------------------------------------------

    def _connect_actions(self) -> None:
        a, t = self.actions, self.timeline
        handlers = {
            "file.new": self.new_project_dialog, "file.open": self.open_project_dialog,
            "file.import_articles": self.import_articles_dialog,
            "file.import_folder": self.import_folder_dialog, "file.save_as": self.save_as_dialog,
            "file.quit": self.close, "edit.undo": self.undo_stack.undo, "edit.redo": self.undo_stack.redo,
            "edit.find": self.find_actor, "edit.dates": lambda: self.show_unknown_dates(None),
            "edit.filter_events": self.event_filter.focus,
            "view.zoom_in": t.zoom_in, "view.zoom_out": t.zoom_out, "view.fit": t.fit_all,
            "view.zoom_selection": t.zoom_to_selection,
            "help.about": self.about,
            "help.shortcuts": lambda: shortcuts_dialog(shortcut_rows(self.actions), self).exec(),
        }
        for action_id, handler in handlers.items():
            a[action_id].triggered.connect(handler)
        for mode in ("none", "actor", "source", "type"):
            a[f"view.lanes.{mode}"].triggered.connect(lambda _=False, m=mode: self.set_lanes(m))
        a["view.published"].toggled.connect(t.set_show_published)
        a["view.overview"].toggled.connect(t.set_show_overview)
        a["edit.undo"].setEnabled(False)
        a["edit.redo"].setEnabled(False)
        self.undo_stack.canUndoChanged.connect(a["edit.undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(a["edit.redo"].setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda s: a["edit.undo"].setText(f"&Undo {s}".strip()))
        self.undo_stack.redoTextChanged.connect(lambda s: a["edit.redo"].setText(f"&Redo {s}".strip()))
        self.menus["File"].aboutToShow.connect(self._fill_recent)

    def _fill_recent(self) -> None:
        menu = self.menus["file.recent"]
        menu.clear()
        for path in self.settings.existing_recent():
            menu.addAction(Path(path).name, lambda p=path: self.open_project(p)).setToolTip(path)
        menu.setEnabled(bool(menu.actions()))

    # -- projects --------------------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        """Show ``project`` (closing the previous one); the window owns it from now on."""
        if self.project is not None:
            self.project.remove_listener(self.bridge)
            self.project.close()
        self.project = project
        self.source_dates.set_project(project)
        self.event_filter.field.clear()  # a new project starts unfiltered
        self.undo_stack.clear()
        self.selection.clear()
        if project is not None:
            project.add_listener(self.bridge)
            self.settings.add_recent(project.path)
        self.articles.set_project(project)
        self.actors.set_project(project)
        self._reload_timeline(fit=True)
        self._update_titles()
        self.projectChanged.emit(project)

    def open_project(self, path: str | Path) -> bool:
        try:
            project = Project.open(path)
        except Exception as exc:  # noqa: BLE001 - any unreadable file is reported the same way
            QMessageBox.warning(self, "Open Project", f"Could not open {path}:\n{exc}")
            return False
        self.set_project(project)
        return True

    def new_project(self, path: str | Path) -> Project:
        """Create a project at ``path``, replacing a file there (the save dialog asked)."""
        path = Path(path)
        if self.project is not None and self.project.path.resolve() == path.resolve():
            self.set_project(None)
        for leftover in (path, *(path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        project = Project.create(path)
        self.set_project(project)
        return project

    def _on_changes(self, changes: Changes) -> None:
        if self.project is None:
            return
        if changes.reset or changes.actors or changes.events:
            self.actors.reload()  # first: the timeline reads which actors are hidden
        if changes.reset or changes.events or changes.sources or changes.actors:
            self._reload_timeline(fit=False)
        if changes.reset or changes.sources or changes.actors:
            self.articles.reload()
        elif changes.events:
            self.articles.events_changed()
        self._update_titles()

    def _reload_timeline(self, fit: bool) -> None:
        project = self.project
        data = (TimelineData.from_events(project.events(), project.sources()) if project
                else TimelineData.from_events([]))
        data.set_lanes(self.settings.lanes, {a.id: a.name for a in project.actors()} if project else {})
        data.set_enabled_actors(self.actors.model.hidden_ids())
        self._match_words(data)
        self.timeline.set_data(data, fit=fit or len(self.timeline.data) == 0)
        self._highlight_actor(self.selection.actor)

    def _filter_timeline(self, hidden_ids: set[str]) -> None:
        self.timeline.data.set_enabled_actors(hidden_ids)
        self.timeline.refresh()
        self._update_titles()

    def _filter_events(self, _query: str) -> None:
        self._match_words(self.timeline.data)
        self.timeline.refresh()
        self._update_titles()

    def _match_words(self, data: TimelineData) -> None:
        """Apply the filter bar's words to ``data`` and show how many events they keep."""
        names = {a.id: a.name for a in self.project.actors()} if self.project else {}
        matching = data.set_text_filter(self.event_filter.query(), names)
        self.event_filter.show_count(matching, len(data))

    def _highlight_actor(self, actor_id: str | None) -> None:
        data = self.timeline.data
        data.set_highlight([data.ids[i] for i, e in enumerate(data.events)
                            if actor_id and e is not None and actor_id in e.actors])
        self.timeline.refresh()

    def set_lanes(self, mode: str) -> None:
        self.settings.lanes = mode
        self.actions[f"view.lanes.{mode}"].setChecked(True)
        names = {a.id: a.name for a in self.project.actors()} if self.project else {}
        self.timeline.data.set_lanes(mode, names)
        self.timeline.refresh()

    def _update_titles(self) -> None:
        p = self.project
        self.setWindowTitle(f"{p.path.stem} — Dateline" if p else "Dateline")
        if p is None:
            self.counts.setText("No project")
            return
        data = self.timeline.data
        unplaced = f" ({data.unplaced} undated)" if data.unplaced else ""
        shown = int(data.enabled.sum())
        filtered = f" · {shown} of {len(data)} on the timeline (filtered)" if shown < len(data) else ""
        self.counts.setText(f"{len(p.sources())} articles · {len(p.events())} events{unplaced}"
                            f" · {len(p.actors())} actors{filtered}")

    # -- import ------------------------------------------------------------------------

    def import_paths(self, paths: list[str | Path], ask_dates: bool = True) -> Task | None:
        """Import files/folders in a worker; progress dialog, Cancel, then dates.

        ``ask_dates=False`` skips the dates dialog (the bundled sample keeps an
        undated article to show the feature, without a pop-up on first start).
        """
        if self.project is None or not paths:
            return None
        if self.import_task is not None and self.import_task.is_running():
            QMessageBox.information(self, "Import", "An import is already running.")
            return None
        from core import pipeline

        project = self.project
        task = Task(lambda progress, cancelled: pipeline.import_paths(project, paths, progress, cancelled), self)
        dialog = ImportDialog(task, self)
        task.finished.connect(lambda report: self._imported(report, dialog, ask_dates))
        task.failed.connect(lambda exc: self._import_failed(exc, dialog))
        self.import_task = task
        self.statusBar().showMessage("Importing…")
        busy_cursor_while(task, self)
        task.start()
        return task

    def _imported(self, report, dialog: ImportDialog, ask_dates: bool = True) -> None:
        self.undo_stack.clear()  # an import rebuilds actors and events under older edits
        lines = [f"Skipped: {p}" for p in report.problems] + [f"Note: {w}" for w in report.warnings]
        lines += [f"Already in the project: {d}" for d in report.duplicates]
        n = len(report.imported)
        if not ask_dates:  # the bundled sample: nothing to read, the article view offers its dates
            lines = [line for line in lines if not line.endswith("publication date unknown")]
        dialog.finish(lines, f"Imported {n} article{'s' * (n != 1)}.")
        self.statusBar().showMessage(f"Imported {n} articles", 5000)
        self._on_changes(Changes(reset=True))
        self.importFinished.emit(report)
        if report.unknown_dates and ask_dates:
            self.show_unknown_dates(report.unknown_dates)

    def _import_failed(self, exc: BaseException, dialog: ImportDialog) -> None:
        from core.pipeline import ImportCancelled

        if isinstance(exc, ImportCancelled):
            dialog.finish([], "Import cancelled.")
            self.statusBar().showMessage("Import cancelled; the project is unchanged.", 5000)
        else:
            dialog.finish([f"{type(exc).__name__}: {exc}"], "Import failed; the project is unchanged.")
            self.statusBar().showMessage("Import failed.", 5000)
        self.importFinished.emit(exc)

    def show_unknown_dates(self, source_ids: list[str] | None) -> DatesDialog | None:
        if self.project is None:
            return None
        sources = [s for s in self.project.sources()
                   if (source_ids is None and s.published is None) or (source_ids and s.id in source_ids)]
        if not sources:
            QMessageBox.information(self, "Publication Dates", "Every article has a publication date.")
            return None
        known = [s.published for s in self.project.sources() if s.published]
        dialog = DatesDialog(sources, self.set_source_date, self, default=max(known) if known else None)
        dialog.open()
        return dialog

    def set_source_date(self, source_id: str, date: dt.date) -> None:
        """Re-reading the article's dates takes a while: built in a worker (see ``gui.source_dates``)."""
        self.source_dates.request(source_id, date)

    # -- dialogs -------------------------------------------------------------------------

    def new_project_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New Project", "Untitled.dateline", PROJECT_FILTER)
        if path:
            self.new_project(path if path.endswith(".dateline") else path + ".dateline")

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open Project", "", PROJECT_FILTER)
        if path:
            self.open_project(path)

    def save_as_dialog(self) -> None:
        if self.project is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Save Project As", str(self.project.path), PROJECT_FILTER)
        if path:
            self.project.save_as(path)
            self.settings.add_recent(path)
            self._update_titles()

    def import_articles_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Import Articles", "", ARTICLE_FILTER)
        self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import Folder")
        if folder:
            self.import_paths([folder])

    def find_actor(self) -> None:
        self.actors_dock.show()
        self.actors_dock.raise_()
        self.actors.search.setFocus()
        self.actors.search.selectAll()

    def about(self) -> None:
        from core import __version__
        from gui.dialogs import about_html

        QMessageBox.about(self, "About Dateline", about_html(__version__, data_dir()))

    # -- drag and drop -------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        projects = [p for p in paths if p.endswith(".dateline")]
        if projects:
            self.open_project(projects[0])
        elif paths:
            self.import_paths(paths)
        event.acceptProposedAction()

    # -- layout and shutdown ------------------------------------------------------------

    def _restore_layout(self) -> None:
        if self.settings.geometry:
            self.restoreGeometry(decode(self.settings.geometry))
            screen = QGuiApplication.screenAt(self.frameGeometry().center())
            if screen is None:  # saved on a monitor that is gone
                self.move(QGuiApplication.primaryScreen().availableGeometry().topLeft())
        if self.settings.window_state:
            self.restoreState(decode(self.settings.window_state))
        else:  # first run: docks only take their sizes once the window is laid out
            QTimer.singleShot(0, lambda: self.resizeDocks([self.actors_dock, self.articles_dock],
                                                          first_dock_widths(self.width()),
                                                          Qt.Orientation.Horizontal))
        mode = self.settings.lanes if f"view.lanes.{self.settings.lanes}" in self.actions else "none"
        self.actions[f"view.lanes.{mode}"].setChecked(True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.import_task is not None and self.import_task.is_running():
            self.import_task.cancel()
            self.import_task.wait()
        self.export_tools.shutdown()
        self.source_dates.set_project(None)  # a request still being built is dropped, not applied
        self.source_dates.wait()
        self.settings.geometry = encode(self.saveGeometry().data())
        self.settings.window_state = encode(self.saveState().data())
        try:
            self.settings.save(self.settings_path)
        except OSError:
            pass
        self.set_project(None)
        super().closeEvent(event)
