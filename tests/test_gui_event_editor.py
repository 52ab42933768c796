"""The Event dock: each finished change is one undoable edit; bad dates change nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from core.models import EventType, Granularity, Modality
from core.timevalues import typed_value
from gui.event_editor import parse_tags
from gui.mainwindow import MainWindow
from tests.gui_fixtures import window  # noqa: F401  (a fixture)


def event_named(win: MainWindow, title: str):
    return next(e for e in win.project.events() if e.title == title)


def pick(win: MainWindow, title: str):
    event = event_named(win, title)
    win.selection.set_event(event.id)
    return win.event_tools.editor, event


def test_editor_follows_the_selection(window):
    editor = window.event_tools.editor
    assert editor.event is None and not editor.title.isEnabled()
    assert editor.fields.isHidden() and "No event selected" in editor.header.text()
    editor, event = pick(window, "Geneva talks planned")
    assert editor.title.text() == "Geneva talks planned" and not editor.fields.isHidden()
    assert editor.when.granularity() == Granularity.MONTH
    assert editor.when.start.text() == "Jan 2022" and editor.when.end.text() == "Jan 2022"
    assert editor.modality.currentData() == Modality.PLANNED
    assert [editor.actor_list.item(i).text() for i in range(editor.actor_list.count())] == ["Russia", "Geneva"]
    window.selection.set_event(None)
    assert editor.event is None and editor.title.text() == ""


def test_title_edit_is_one_undoable_step(window, qtbot):
    editor, event = pick(window, "Biden calls Putin")
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "First Biden-Putin call")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    stored = window.project.event(event.id)
    assert stored.title == "First Biden-Putin call" and stored.edited
    assert window.undo_stack.count() == 1
    assert window.actions["edit.undo"].text() == "&Undo Edit title of “Biden calls Putin”"
    assert window.timeline.data.titles[window.timeline.data.index[event.id]] == "First Biden-Putin call"
    editor.title.editingFinished.emit()  # leaving the field again changes nothing more
    assert window.undo_stack.count() == 1

    window.actions["edit.undo"].trigger()
    assert window.project.event(event.id).title == "Biden calls Putin"
    assert not window.project.event(event.id).edited
    assert editor.title.text() == "Biden calls Putin"  # the editor re-read the event
    window.actions["edit.redo"].trigger()
    assert window.project.event(event.id).title == "First Biden-Putin call"
    assert editor.title.text() == "First Biden-Putin call"


def test_an_empty_title_is_refused(window, qtbot):
    editor, event = pick(window, "Biden calls Putin")
    editor.title.clear()
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    assert window.project.event(event.id).title == "Biden calls Putin"
    assert editor.title.text() == "Biden calls Putin"
    assert "needs a title" in editor.message_text()
    assert window.undo_stack.count() == 0


def test_end_before_start_is_rejected_with_a_message(window):
    editor, event = pick(window, "Geneva summit")
    editor.when.end.setDate(QDate(2021, 6, 10))
    editor.when.end.editingFinished.emit()
    assert "The end (10 Jun 2021) is before the start (16 Jun 2021)" in editor.message_text()
    assert "Nothing was changed" in editor.message_text()
    assert window.project.event(event.id).time == event.time
    assert window.undo_stack.count() == 0
    editor.when.end.setDate(QDate(2021, 6, 18))  # fixed: a three-day span, inclusive
    editor.when.end.editingFinished.emit()
    time = window.project.event(event.id).time
    assert (time.start, time.end) == (dt.datetime(2021, 6, 16), dt.datetime(2021, 6, 19))
    assert time.value == "2021-06-16/2021-06-18" and time.granularity == Granularity.DAY
    assert editor.message_text() == ""


def test_changing_precision_snaps_the_dates(window):
    editor, event = pick(window, "Geneva summit")
    editor.when.precision.setCurrentIndex(editor.when.precision.findData(Granularity.MONTH))
    editor.when.precision.activated.emit(editor.when.precision.currentIndex())
    time = window.project.event(event.id).time
    assert (time.value, time.granularity) == ("2021-06", Granularity.MONTH)
    assert (time.start, time.end) == (dt.datetime(2021, 6, 1), dt.datetime(2021, 7, 1))
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.project.event(event.id).time == event.time
    assert editor.when.granularity() == Granularity.DAY


def test_an_undated_event_gets_its_articles_day(window):
    editor, event = pick(window, "Putin demands NATO stop expanding")
    assert editor.when.granularity() == Granularity.UNKNOWN and not editor.when.start.isEnabled()
    editor.when.precision.setCurrentIndex(editor.when.precision.findData(Granularity.DAY))
    editor.when.precision.activated.emit(editor.when.precision.currentIndex())
    time = window.project.event(event.id).time
    assert time.placed and time.granularity == Granularity.DAY
    assert time.start.date() == dt.date.today()  # its article is undated too: today
    assert window.timeline.data.index.get(event.id) is not None


def test_status_type_tags_place_and_note(window, qtbot):
    editor, event = pick(window, "Biden proposes a summit")
    editor.modality.setCurrentIndex(editor.modality.findData(Modality.HYPOTHETICAL))
    editor.modality.activated.emit(editor.modality.currentIndex())
    editor.type.setCurrentIndex(editor.type.findData(EventType.STATEMENT))
    editor.type.activated.emit(editor.type.currentIndex())
    editor.tags.setText(" summit, diplomacy ,summit,")
    editor.tags.editingFinished.emit()
    editor.place.setText("geneva")
    editor.place.editingFinished.emit()
    editor.note.setFocus()
    editor.note.setPlainText("Check the White House readout.")
    editor.title.setFocus()  # leaving the note commits it
    stored = window.project.event(event.id)
    assert stored.modality == Modality.HYPOTHETICAL and stored.type == EventType.STATEMENT
    assert stored.tags == ["summit", "diplomacy"]
    geneva = next(a.id for a in window.project.actors() if a.name == "Geneva")
    assert stored.place == geneva and editor.place.text() == "Geneva"
    assert stored.note == "Check the White House readout."
    assert window.undo_stack.count() == 5
    editor.place.setText("Villa La Grange")  # not an actor: kept as free text
    editor.place.editingFinished.emit()
    assert window.project.event(event.id).place == "Villa La Grange"
    for _ in range(6):
        window.undo_stack.undo()
    assert window.project.event(event.id) == event


def test_actors_are_added_from_the_project_and_removed(window, qtbot):
    editor, event = pick(window, "Biden proposes a summit")
    assert "Joe Biden" not in editor._actor_names.stringList()  # already in the event
    assert "NATO" in editor._actor_names.stringList()
    qtbot.keyClicks(editor.add_actor, "nato")
    qtbot.keyClick(editor.add_actor, Qt.Key.Key_Return)
    nato = next(a.id for a in window.project.actors() if a.name == "NATO")
    assert window.project.event(event.id).actors == [event.actors[0], nato]
    assert editor.actor_list.count() == 2 and editor.add_actor.text() == ""
    qtbot.keyClicks(editor.add_actor, "Nobody Known")
    qtbot.keyClick(editor.add_actor, Qt.Key.Key_Return)
    assert "No actor is called “Nobody Known”" in editor.message_text()
    assert window.project.event(event.id).actors == [event.actors[0], nato]
    editor.actor_list.item(0).setSelected(True)
    assert editor.remove_actor.isEnabled()
    qtbot.mouseClick(editor.remove_actor, Qt.MouseButton.LeftButton)
    assert window.project.event(event.id).actors == [nato]
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.project.event(event.id).actors == event.actors


def test_parse_tags():
    assert parse_tags("a, b ,a,, c") == ["a", "b", "c"]
    assert parse_tags("  ") == []


def test_typed_values_are_inclusive_and_validated():
    april = typed_value(Granularity.MONTH, dt.datetime(2021, 4, 13), dt.datetime(2021, 5, 2))
    assert (april.value, april.start, april.end) == ("2021-04/2021-05", dt.datetime(2021, 4, 1),
                                                     dt.datetime(2021, 6, 1))
    december = typed_value(Granularity.MONTH, dt.datetime(2021, 12, 5), dt.datetime(2021, 12, 5))
    assert (december.value, december.end) == ("2021-12", dt.datetime(2022, 1, 1))
    year = typed_value(Granularity.YEAR, dt.datetime(2014, 3, 1), dt.datetime(2014, 3, 1))
    assert (year.value, year.end) == ("2014", dt.datetime(2015, 1, 1))
    at = typed_value(Granularity.MINUTE, dt.datetime(2021, 6, 16, 13, 5, 40), dt.datetime(2021, 6, 16, 13, 5))
    assert at.value == "2021-06-16T13:05" and at.end == dt.datetime(2021, 6, 16, 13, 6)
    with pytest.raises(ValueError, match="before the start"):
        typed_value(Granularity.DAY, dt.datetime(2021, 6, 16), dt.datetime(2021, 6, 15))


def test_each_report_links_to_its_article(window, qtbot):
    from core.models import Event, Evidence

    sources = window.project.sources()[:2]
    two = Event(title="Told twice", time=typed_value(Granularity.DAY, dt.datetime(2021, 12, 7),
                                                     dt.datetime(2021, 12, 7)),
                evidence=[Evidence(source_id=s.id, start=0, end=10, text=s.body[:10]) for s in sources])
    with window.project.transaction():
        window.project.put_events([two])
    window.selection.set_event(two.id)
    editor = window.event_tools.editor
    header = editor.header.text()
    assert header.count('href="report:') == 2 and (sources[1].title or sources[1].file)[:20] in header
    with qtbot.waitSignal(editor.evidenceRequested) as shown:
        editor.header.linkActivated.emit("report:1")
    assert shown.args == [sources[1].id, 0, 10]
    assert window.articles.source.id == sources[1].id  # the main window shows that article


def test_the_list_of_articles_stays_short_and_skips_what_cannot_be_opened(window):
    from core.models import Event, Evidence, Source
    from gui.event_editor import MAX_REPORT_LINKS

    extra = [Source(file=f"wire-{n}.txt", title=f"Wire story {n}", published=dt.date(2021, 12, n + 1),
                    body="Biden and Putin spoke.") for n in range(8)]
    with window.project.transaction():
        window.project.put_sources(extra)
    sources = window.project.sources()
    evidence = [Evidence(source_id=s.id, start=0, end=5, text=s.body[:5]) for s in sources for _twice in (1, 2)]
    evidence.append(Evidence(source_id="src-gone", start=0, end=5, text="gone"))
    many = Event(title="Told everywhere", time=typed_value(Granularity.DAY, dt.datetime(2021, 12, 7),
                                                           dt.datetime(2021, 12, 7)), evidence=evidence)
    with window.project.transaction():
        window.project.put_events([many])
    window.selection.set_event(many.id)
    header = window.event_tools.editor.header.text()
    assert len(sources) > MAX_REPORT_LINKS and header.count('href="report:') == MAX_REPORT_LINKS
    assert f"and {len(sources) - MAX_REPORT_LINKS} more" in header and "src-gone" not in header
