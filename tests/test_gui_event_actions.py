"""The Event menu: new event from selected text, merge, split, delete; all undoable."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QTextCursor

from core.models import Granularity, Timex, TimexType
from gui.mainwindow import MainWindow
from gui.split_dialog import SplitDialog, default_split
from tests.gui_fixtures import window  # noqa: F401  (a fixture)


def event_named(win: MainWindow, title: str):
    return next(e for e in win.project.events() if e.title == title)


def select_text(win: MainWindow, source_title: str, text: str) -> tuple[str, int]:
    """Select ``text`` in the article view the way a user would: in Qt (UTF-16) positions."""
    source = next(s for s in win.project.sources() if s.title == source_title)
    win.articles.show_source(source.id)
    start = source.body.index(text)
    qt_start = len(source.body[:start].encode("utf-16-le")) // 2
    qt_end = qt_start + len(text.encode("utf-16-le")) // 2
    cursor = QTextCursor(win.articles.body.document())
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
    win.articles.body.setTextCursor(cursor)
    return source.id, start


def click_event(win: MainWindow, qtbot, event_id: str, ctrl: bool = False) -> None:
    view = win.timeline
    view.grab()  # paint once so the frame (hit-test layout) exists
    x, y = view.frame.position(view.data.index[event_id])
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, modifier, QPoint(round(x), round(y)))


def test_actions_are_disabled_until_they_apply(window):
    a = window.actions
    assert a["event.delete"].shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert window.menus["Event"].title() == "&Event"
    for action_id in ("event.new_from_selection", "event.edit", "event.merge", "event.split", "event.delete"):
        assert not a[action_id].isEnabled(), action_id
    window.selection.set_event(event_named(window, "Geneva summit").id)
    assert a["event.edit"].isEnabled() and a["event.delete"].isEnabled()
    assert not a["event.merge"].isEnabled() and not a["event.split"].isEnabled()  # one report only
    select_text(window, "Summit opens in Geneva 🇨🇭", "Villa La Grange")
    assert a["event.new_from_selection"].isEnabled()


def test_new_event_from_a_selection_after_an_emoji(window):
    text = "Biden and Putin met at Villa La Grange on Wednesday."  # after "GENEVA 🇨🇭 — "
    source_id, start = select_text(window, "Summit opens in Geneva 🇨🇭", text)
    assert window.articles.body.textCursor().selectedText() == text
    window.actions["event.new_from_selection"].trigger()
    event = window.project.event(window.selection.event)
    assert event.title == text and event.edited
    assert [(e.source_id, e.start, e.end, e.text) for e in event.evidence] == [
        (source_id, start, start + len(text), text)]
    assert window.project.source(source_id).body[event.evidence[0].start:event.evidence[0].end] == text
    assert event.time.start == dt.datetime(2021, 6, 16)  # no date inside: the article's day
    names = {a.id: a.name for a in window.project.actors()}
    assert [names[a] for a in event.actors] == ["Joe Biden", "Vladimir Putin"]  # named inside it
    editor = window.event_tools.editor
    assert window.event_tools.dock.isVisible() and editor.title.text() == text
    assert editor.title.hasFocus() and editor.title.selectedText() == text  # ready to type over
    assert window.timeline.state.selected == window.timeline.data.index[event.id]
    assert "Create" in window.actions["edit.undo"].text()
    window.undo_stack.undo()
    assert all(e.id != event.id for e in window.project.events())
    assert window.selection.event is None and editor.event is None


def test_new_event_is_dated_by_a_date_inside_the_selection(window):
    source = next(s for s in window.project.sources() if s.title == "Summit opens in Geneva 🇨🇭")
    at = source.body.index("July")
    window.project.replace_timexes(source.id, [Timex(
        start=at, end=at + 4, text="July", type=TimexType.DATE, value="2021-07",
        granularity=Granularity.MONTH, interval_start=dt.datetime(2021, 7, 1),
        interval_end=dt.datetime(2021, 8, 1))])
    select_text(window, source.title, " talks on strategic stability would begin in July.")
    event_id = window.event_tools.new_from_selection()
    event = window.project.event(event_id)
    assert event.evidence[0].text == "talks on strategic stability would begin in July."  # trimmed
    assert (event.time.value, event.evidence[0].timex) == ("2021-07", "July")


def test_ctrl_click_selects_several_then_merge_and_undo(window, qtbot):
    call, proposal = event_named(window, "Biden calls Putin"), event_named(window, "Video call with warnings")
    click_event(window, qtbot, call.id)
    click_event(window, qtbot, proposal.id, ctrl=True)
    assert window.selection.events == (call.id, proposal.id)
    assert set(window.timeline.state.marked) == {window.timeline.data.index[i] for i in (call.id, proposal.id)}
    assert window.actions["event.merge"].isEnabled()
    window.actions["event.merge"].trigger()
    ids = {e.id for e in window.project.events()}
    assert call.id in ids and proposal.id not in ids
    merged = window.project.event(call.id)
    assert len(merged.evidence) == 2 and proposal.id in merged.merged_from
    assert window.selection.events == (call.id,)
    assert window.actions["event.split"].isEnabled()
    window.undo_stack.undo()
    assert window.project.event(proposal.id) == proposal
    assert window.project.event(call.id) == call
    click_event(window, qtbot, proposal.id, ctrl=True)  # Ctrl+click again takes it out
    assert proposal.id in window.selection.events
    click_event(window, qtbot, proposal.id, ctrl=True)
    assert proposal.id not in window.selection.events


def test_split_a_merged_event_and_undo(window, qtbot, monkeypatch):
    a, b = event_named(window, "Geneva summit"), event_named(window, "Geneva talks planned")
    window.selection.set_events([a.id, b.id])
    window.event_tools.merge()
    merged = window.project.event(a.id)
    dialog = SplitDialog(merged, window.project)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == default_split(merged) == [1]  # the other article's report
    assert "Summit opens in Geneva" in dialog.list.item(0).text()
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.buttons.buttons()[0].isEnabled()  # splitting nothing is refused

    monkeypatch.setattr(SplitDialog, "exec", lambda self: 1)  # the user accepts the defaults
    window.actions["event.split"].trigger()
    events = window.project.events()
    assert len(events) == 9
    rest = window.project.event(a.id)
    part = next(e for e in events if e.evidence == [merged.evidence[1]])
    assert rest.evidence == [merged.evidence[0]] and part.id != a.id
    assert set(window.selection.events) == {a.id, part.id}
    window.undo_stack.undo()
    assert window.project.event(a.id).evidence == merged.evidence
    assert len(window.project.events()) == 8


def test_delete_from_the_timeline_then_undo(window, qtbot):
    event = event_named(window, "Ambassadors to return")
    click_event(window, qtbot, event.id)
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Delete)
    assert all(e.id != event.id for e in window.project.events())
    assert window.selection.events == () and window.timeline.data.index.get(event.id) is None
    window.actions["edit.undo"].trigger()
    assert window.project.event(event.id) == event
    assert window.timeline.data.index.get(event.id) is not None


def test_delete_in_a_text_field_deletes_text_not_the_event(window, qtbot):
    event = event_named(window, "Ambassadors to return")
    window.selection.set_event(event.id)
    title = window.event_tools.editor.title
    title.setFocus()
    title.setCursorPosition(0)
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert title.text() == "mbassadors to return"
    assert window.project.event(event.id).title == "Ambassadors to return"  # not yet committed


def test_deleting_several_is_one_undo_step(window):
    ids = [event_named(window, t).id for t in ("Biden calls Putin", "Geneva summit", "Geneva talks planned")]
    window.selection.set_events(ids)
    assert window.actions["event.delete"].text() == "&Delete Events"
    window.actions["event.delete"].trigger()
    assert len(window.project.events()) == 6 and window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert {e.id for e in window.project.events()} >= set(ids)


def test_timeline_context_menu_and_double_click(window, qtbot):
    event = event_named(window, "Geneva summit")
    menu = window.event_tools.show_menu(event.id, QPoint(10, 10))
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Edit Event…", "Merge Events", "Split Event…", "Delete Event", "Zoom to Selection"]
    menu.close()
    window.timeline.grab()
    x, y = window.timeline.frame.position(window.timeline.data.index[event.id])
    qtbot.mouseDClick(window.timeline, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert window.selection.event == event.id
    assert window.event_tools.editor.title.hasFocus()
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Return)  # Return on the timeline edits too
    assert window.event_tools.editor.title.hasFocus()
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Escape)
    assert window.selection.events == () and not window.actions["event.edit"].isEnabled()


@pytest.mark.slow
def test_an_edited_event_survives_a_reimport(window, qtbot, tmp_path):
    event = event_named(window, "Biden calls Putin")
    other = event_named(window, "Biden proposes a summit")
    window.selection.set_event(event.id)
    editor = window.event_tools.editor
    editor.title.setText("The April phone call")
    editor.title.editingFinished.emit()
    article = tmp_path / "talks.md"
    article.write_text("---\ntitle: Talks\ndate: 2021-12-30\n---\n\nPresident Joe Biden spoke with "
                       "Russian President Vladimir Putin by phone on Thursday.\n", encoding="utf-8")
    with qtbot.waitSignal(window.importFinished, timeout=120_000):
        window.import_paths([article])
    ids = {e.id for e in window.project.events()}
    assert window.project.event(event.id).title == "The April phone call"
    assert other.id not in ids  # not edited: replaced by the fresh extraction
    window.selection.set_event(event.id)
    assert editor.title.text() == "The April phone call"


def test_selection_model_keeps_several_events_with_the_last_current(qtbot):
    from gui.selection import SelectionModel

    selection = SelectionModel()
    seen = []
    selection.eventsChanged.connect(seen.append)
    selection.set_event("a")
    selection.toggle_event("b")
    assert (selection.events, selection.event) == (("a", "b"), "b")
    selection.toggle_event("b")
    assert (selection.events, selection.event) == (("a",), "a")
    selection.set_event("a")  # no change, no signal
    selection.set_events([])
    assert seen == [("a",), ("a", "b"), ("a",), ()] and selection.event is None
