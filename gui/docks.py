"""Dock panels with stable object names, so window layouts save and restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

DOCKS = {
    # object name: (title, area, shortcut for its toggle action)
    "articlesDock": ("Article", Qt.DockWidgetArea.RightDockWidgetArea, "Ctrl+Shift+A"),
    "actorsDock": ("Actors", Qt.DockWidgetArea.LeftDockWidgetArea, "Ctrl+Shift+R"),
    "eventDock": ("Event", Qt.DockWidgetArea.LeftDockWidgetArea, "Ctrl+Shift+E"),
}


def add_dock(window: QMainWindow, name: str, widget: QWidget) -> QDockWidget:
    """Wrap ``widget`` in the dock registered as ``name`` and place it."""
    title, area, shortcut = DOCKS[name]
    dock = QDockWidget(title, window)
    dock.setObjectName(name)  # saveState()/restoreState() key
    dock.setWidget(widget)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
    window.addDockWidget(area, dock)
    toggle: QAction = dock.toggleViewAction()
    toggle.setText(f"Show {title} Panel")
    toggle.setShortcut(shortcut)
    return dock
