"""Start-up choices of ``gui.app`` and drag-and-drop onto the window."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from gui import app
from gui.demo_project import build_demo_project
from gui.mainwindow import MainWindow
from gui.settings import Settings


def make_window(qtbot, tmp_path, settings=None):
    win = MainWindow(settings or Settings(), settings_path=tmp_path / "settings.json")
    qtbot.addWidget(win)
    imported = []
    win.import_paths = lambda paths, ask_dates=True: imported.append((list(paths), ask_dates))  # no NLP
    return win, imported


def test_first_run_builds_the_sample_project(qtbot, tmp_path):
    win, imported = make_window(qtbot, tmp_path)
    app.open_initial(win, [], win.settings, tmp_path / "data")
    assert win.project.path == tmp_path / "data" / "Sample.dateline"
    assert imported == [([app.SAMPLE_ARTICLES], False)]  # no dates pop-up over a first start
    # A run whose import failed leaves an empty sample: the next start retries.
    win2, imported2 = make_window(qtbot, tmp_path)
    win.set_project(None)
    app.open_initial(win2, [], Settings(), tmp_path / "data")
    assert imported2 == [([app.SAMPLE_ARTICLES], False)]


def test_opens_the_last_project_or_the_one_given(qtbot, tmp_path):
    build_demo_project(tmp_path / "last.dateline").close()
    build_demo_project(tmp_path / "other.dateline").close()
    settings = Settings(last_project=str(tmp_path / "last.dateline"))
    win, imported = make_window(qtbot, tmp_path, settings)
    app.open_initial(win, [], settings, tmp_path / "data")
    assert win.project.path.name == "last.dateline" and not imported
    app.open_initial(win, [str(tmp_path / "other.dateline")], settings, tmp_path / "data")
    assert win.project.path.name == "other.dateline"


def test_article_paths_import_into_a_new_project(qtbot, tmp_path):
    win, imported = make_window(qtbot, tmp_path)
    app.open_initial(win, ["a.md", "b.html"], win.settings, tmp_path / "data")
    assert win.project.path.parent == tmp_path / "data"
    assert imported == [(["a.md", "b.html"], True)]


def test_dropping_files_imports_them(qtbot, tmp_path):
    build_demo_project(tmp_path / "d.dateline").close()
    win, imported = make_window(qtbot, tmp_path)
    win.open_project(tmp_path / "d.dateline")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "x.md"))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    win.dropEvent(drop)
    assert imported == [([str(tmp_path / "x.md")], True)]


def test_parse_arguments():
    args = app.parse(["--demo", "1000"])
    assert args.demo == 1000 and args.paths == []


def test_a_stale_unedited_sample_is_built_again_but_an_edited_one_is_kept(qtbot, tmp_path):
    from core.operations import edit_event
    from core.pipeline import EXTRACTOR_KEY, extractor_fingerprint

    data = tmp_path / "data"
    data.mkdir()
    sample = data / "Sample.dateline"
    build_demo_project(sample).close()  # no extractor stamp: made by older rules
    settings = Settings(last_project=str(sample))
    win, imported = make_window(qtbot, tmp_path, settings)
    app.open_initial(win, [], settings, data)
    assert imported == [([app.SAMPLE_ARTICLES], False)] and not win.project.events()

    win.set_project(None)
    project = build_demo_project(sample)
    project.set_meta(EXTRACTOR_KEY, extractor_fingerprint())
    project.close()
    win, imported = make_window(qtbot, tmp_path, settings)
    app.open_initial(win, [], settings, data)
    assert not imported and win.project.events()  # current rules: opened as it is

    win.set_project(None)
    project = build_demo_project(sample)
    event = project.events()[0]
    project.apply(edit_event(project, event.id, title="My own title"))
    project.close()
    win, imported = make_window(qtbot, tmp_path, settings)
    app.open_initial(win, [], settings, data)
    assert not imported and win.project.event(event.id).title == "My own title"  # the user's work stays


def test_the_app_icon_and_desktop_entry_exist(qapp):
    icon = app.app_icon()
    assert not icon.isNull() and not icon.pixmap(64, 64).isNull()
    entry = (app.ICON.parents[2] / "packaging" / "dateline.desktop").read_text(encoding="utf-8")
    assert "Icon=dateline" in entry and "Exec=@EXEC@ %F" in entry  # `make desktop` fills the path in
