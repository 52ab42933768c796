"""Every menu command as data: id, text, shortcut, menu.

Keeping actions in one table makes shortcuts reviewable at a glance, lets
Help ▸ Keyboard Shortcuts list them without drift, and keeps the main window
free of menu-building code.  Behaviour is connected by id elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    menu: str  # "File", "Edit", "View", "View/Lanes", "Help"...
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    checkable: bool = False
    checked: bool = False
    enabled: bool = True
    group: str = ""  # exclusive group name (radio items)
    separator: bool = False  # separator before this item


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.new", "&New Project…", "File", Key.New, "Create an empty project file"),
    ActionSpec("file.open", "&Open Project…", "File", Key.Open),
    ActionSpec("file.recent", "Open &Recent", "File"),  # submenu, filled at run time
    ActionSpec("file.import_articles", "&Import Articles…", "File", "Ctrl+I",
               "Add article files (HTML, Markdown, text) to the project", separator=True),
    ActionSpec("file.import_folder", "Import &Folder…", "File", "Ctrl+Shift+I"),
    ActionSpec("file.save_as", "Save Project &As…", "File", Key.SaveAs, separator=True),
    ActionSpec("file.export", "&Export…", "File", "Ctrl+E",
               "Save the timeline as an image (PNG, SVG, PDF) or the events as data (TimelineJS, CSV, "
               "Markdown, JSON)", enabled=False),  # enabled while a project is open
    ActionSpec("file.quit", "&Quit", "File", Key.Quit, separator=True),
    ActionSpec("edit.undo", "&Undo", "Edit", Key.Undo),
    ActionSpec("edit.redo", "&Redo", "Edit", Key.Redo),
    ActionSpec("edit.find", "&Find Actor…", "Edit", Key.Find, separator=True),
    ActionSpec("edit.filter_events", "Filter &Events…", "Edit", "Ctrl+Shift+F",
               "Show only the events that mention some words"),
    ActionSpec("edit.dates", "Articles Without &Dates…", "Edit"),
    ActionSpec("view.zoom_in", "Zoom &In", "View", Key.ZoomIn),
    ActionSpec("view.zoom_out", "Zoom &Out", "View", Key.ZoomOut),
    ActionSpec("view.fit", "&Fit All", "View", "Ctrl+0"),
    ActionSpec("view.zoom_selection", "Zoom to &Selection", "View", "Ctrl+Shift+0"),
    ActionSpec("view.lanes.none", "&No Lanes", "View/&Lanes", "Ctrl+Alt+0", checkable=True,
               checked=True, group="lanes"),
    ActionSpec("view.lanes.actor", "By &Actor", "View/&Lanes", "Ctrl+Alt+1", checkable=True, group="lanes"),
    ActionSpec("view.lanes.source", "By &Source", "View/&Lanes", "Ctrl+Alt+2", checkable=True,
               group="lanes"),
    ActionSpec("view.lanes.type", "By &Type", "View/&Lanes", "Ctrl+Alt+3", checkable=True, group="lanes"),
    ActionSpec("view.published", "Show &Publication Dates", "View", checkable=True, checked=True,
               separator=True),
    ActionSpec("view.overview", "Show &Overview", "View", checkable=True, checked=True),
    ActionSpec("event.new_from_selection", "&New Event from Selection", "Event", "Ctrl+Shift+N",
               "Make an event of the text selected in the article"),
    ActionSpec("event.edit", "&Edit Event…", "Event", "F2", "Show the event in the Event panel"),
    ActionSpec("event.merge", "&Merge Events", "Event", "Ctrl+Alt+M",
               "Merge the selected events (Ctrl+click to select several) into the first one",
               separator=True),
    ActionSpec("event.split", "&Split Event…", "Event", "Ctrl+Alt+S",
               "Move some of the event's reports into a new event"),
    ActionSpec("event.delete", "&Delete Event", "Event", Key.Delete, separator=True),
    ActionSpec("help.shortcuts", "&Keyboard Shortcuts", "Help", Key.HelpContents),
    ActionSpec("help.about", "&About Dateline", "Help"),
)

# Timeline keys handled by the widget itself, listed for the shortcuts window.
TIMELINE_KEYS = (
    ("+ / −", "Zoom in / out around the centre"),
    ("← / →", "Pan"),
    ("Ctrl+← / Ctrl+→", "Select the previous / next event in time"),
    ("Home", "Fit all events"),
    ("Esc", "Clear the selection"),
    ("Ctrl+click", "Add an event to the selection, or take it out"),
    ("Return / double-click", "Edit the selected event"),
    ("Wheel", "Zoom around the cursor (Shift+wheel pans)"),
    ("Drag", "Pan; drag in the overview strip to jump"),
)


FALLBACK_KEYS: dict[QKeySequence.StandardKey, tuple[str, ...]] = {Key.Quit: ("Ctrl+Q",)}
"""Keys for standard actions that some platform themes leave unbound (Quit under
a bare X11 session or offscreen): what users of every desktop expect."""


def build_actions(parent: QWidget) -> dict[str, QAction]:
    """Create a ``QAction`` for each spec (no behaviour yet)."""
    actions: dict[str, QAction] = {}
    groups: dict[str, QActionGroup] = {}
    for spec in ACTIONS:
        action = QAction(spec.text, parent)
        action.setObjectName(spec.id)
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            keys = QKeySequence.keyBindings(spec.shortcut)
            action.setShortcuts(keys or [QKeySequence(k) for k in FALLBACK_KEYS.get(spec.shortcut, ())])
        elif spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        action.setCheckable(spec.checkable)
        action.setChecked(spec.checked)
        action.setEnabled(spec.enabled)
        if spec.group:
            groups.setdefault(spec.group, QActionGroup(parent)).addAction(action)
        actions[spec.id] = action
    return actions


def build_menus(bar: QMenuBar, actions: dict[str, QAction]) -> dict[str, QMenu]:
    """Menus and submenus in spec order; ``file.recent`` becomes an empty submenu."""
    menus: dict[str, QMenu] = {}

    def menu_for(path: str) -> QMenu:
        if path not in menus:
            parent, _, name = path.rpartition("/")
            menus[path] = menu_for(parent).addMenu(name) if parent else bar.addMenu("&" + path)
        return menus[path]

    for spec in ACTIONS:
        menu = menu_for(spec.menu)
        if spec.separator:
            menu.addSeparator()
        if spec.id == "file.recent":
            menus[spec.id] = menu.addMenu(spec.text)
            continue
        menu.addAction(actions[spec.id])
    return menus


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(keys, what) for every action with a shortcut, then the timeline's own keys."""
    rows = []
    for spec in ACTIONS:
        action = actions.get(spec.id)
        if action is None or action.shortcut().isEmpty():
            continue
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        rows.append((keys, spec.text.replace("&", "").rstrip("…")))
    return rows + list(TIMELINE_KEYS)
