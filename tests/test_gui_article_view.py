"""Article view: evidence marked and scrolled to, mentions by kind, UTF-16 offsets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from core.models import Actor, EntityKind, Event, Evidence, Granularity, Mention, Source, TimeValue
from core.project import Project
from gui.article_view import ArticleView
from gui.selection import SelectionModel
from gui.textpos import Utf16Map

LAST = "Biden met Putin in Geneva."


def test_utf16_map_counts_astral_characters_twice():
    text = "a🙂b🇨🇭c"
    m = Utf16Map(text)
    assert [m.to_qt(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 8, 9]
    assert all(m.to_py(m.to_qt(i)) == i for i in range(len(text) + 1))
    assert m.to_py(2) == 1  # inside a surrogate pair rounds down
    assert Utf16Map("plain").simple


@pytest.fixture
def project(tmp_path):
    body = "🙂 Putin spoke first. " + "Filler line about nothing.\n" * 150 + LAST
    source = Source(file="long.txt", title="A long one", published=dt.date(2021, 6, 16), body=body,
                    furniture=[(body.index("Filler"), body.index("Filler") + 6)])
    putin = Actor(name="Vladimir Putin", kind=EntityKind.PERSON)
    geneva = Actor(name="Geneva", kind=EntityKind.GPE)
    mentions = [
        Mention(source_id=source.id, start=2, end=7, text="Putin", label=EntityKind.PERSON, actor_id=putin.id),
        Mention(source_id=source.id, start=body.index("Putin in"), end=body.index("Putin in") + 5,
                text="Putin", label=EntityKind.ORG, actor_id=putin.id),  # the tagger's slip: still the person
        Mention(source_id=source.id, start=body.index("Geneva."), end=body.index("Geneva.") + 6,
                text="Geneva", label=EntityKind.GPE, actor_id=geneva.id),
    ]
    start = body.index(LAST)
    event = Event(title="Summit", time=TimeValue(value="2021-06-16", granularity=Granularity.DAY,
                                                 start=dt.datetime(2021, 6, 16), end=dt.datetime(2021, 6, 17)),
                  actors=[putin.id], evidence=[Evidence(source_id=source.id, start=start,
                                                        end=start + len(LAST), text=LAST)])
    p = Project.create(tmp_path / "a.dateline")
    p.put_sources([source])
    p.put_actors([putin, geneva])
    p.replace_mentions(source.id, mentions)
    p.put_events([event])
    yield p
    p.close()


@pytest.fixture
def view(qtbot, project):
    selection = SelectionModel()
    widget = ArticleView(selection)
    qtbot.addWidget(widget)
    widget.resize(500, 400)
    widget.set_project(project)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def selected_texts(view: ArticleView) -> list[str]:
    return [s.cursor.selectedText() for s in view.body.extraSelections()]


def test_shows_header_and_marks_mentions_after_an_emoji(view, project):
    assert "A long one" in view.header.text() and "16 June 2021" in view.header.text()
    texts = selected_texts(view)
    # Each mention highlight covers exactly its word although an emoji precedes it.
    assert texts.count("Putin") == 2 and "Geneva" in texts
    assert "Filler" in texts  # furniture layer


def test_selecting_an_event_marks_and_scrolls_to_its_evidence(view, project, qtbot):
    assert view.body.verticalScrollBar().value() == 0
    event = project.events()[0]
    view.selection.set_event(event.id)
    assert LAST in selected_texts(view)
    assert view.body.verticalScrollBar().value() > 0
    cursor_rect = view.body.cursorRect()
    assert view.body.viewport().rect().contains(cursor_rect.center())


def test_clicking_a_mention_selects_its_actor(view, project, qtbot):
    mention = project.mentions(source_id=view.source.id)[0]
    cursor = QTextCursor(view.body.document())
    cursor.setPosition(Utf16Map(view.source.body).to_qt(mention.start) + 1)
    rect = view.body.cursorRect(cursor)
    with qtbot.waitSignal(view.selection.actorChanged) as signal:
        qtbot.mouseClick(view.body.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    assert signal.args == [mention.actor_id]
    assert view.mention_at(Utf16Map(view.source.body).to_qt(mention.start)) == mention


def test_dates_are_underlined_and_say_how_they_were_read(view, project):
    from core.timex import tag

    source = project.sources()[0]
    body = source.body
    # The fixture's text names no date: read "Tuesday" against its date, and lay it over "Geneva"
    # (after the leading emoji, so UTF-16 positions are exercised too).
    timex = tag("Biden met Putin on Tuesday.", source.published)[0]
    at = body.index("Geneva.")
    project.replace_timexes(source.id, [timex.model_copy(update={"start": at, "end": at + 6, "text": "Geneva"})])
    view.show_source(source.id)
    dotted = [s for s in view.body.extraSelections()
              if s.format.underlineStyle() == s.format.UnderlineStyle.DotLine]
    assert [s.cursor.selectedText() for s in dotted] == ["Geneva"]
    position = view._map.to_qt(at + 2)
    assert "15 Jun 2021" in view.tooltip_at(position) and "DATE 2021-06-15" in view.tooltip_at(position)
    assert "Person" in view.tooltip_at(view._map.to_qt(body.index("Putin in") + 1))  # as its actor, not "ORG"
    assert view.tooltip_at(view._map.to_qt(body.index("Filler") + 1)) == ""


def test_clicking_a_reported_sentence_selects_its_event(view, project, qtbot):
    event = project.events()[0]
    body = view.source.body
    qt_at = Utf16Map(body).to_qt
    assert view.event_at(qt_at(body.index("Filler"))) is None  # no event in the filler
    word = body.index(LAST) + LAST.index("met") + 1  # inside the evidence, on no mention
    view.scroll_to(word)
    cursor = QTextCursor(view.body.document())
    cursor.setPosition(qt_at(word))
    rect = view.body.cursorRect(cursor)
    with qtbot.waitSignal(view.selection.eventChanged) as signal:
        qtbot.mouseClick(view.body.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    assert signal.args == [event.id]


def test_an_event_deleted_meanwhile_is_not_selected_by_a_click(view, project):
    event = project.events()[0]
    qt_at = Utf16Map(view.source.body).to_qt
    inside = qt_at(view.source.body.index(LAST) + 6)
    assert view.event_at(inside) == event.id
    project.put_events([event.model_copy(update={"evidence": []})])
    view.events_changed()
    assert view.event_at(inside) is None


def test_the_sentence_clicked_is_the_one_marked(view, project, qtbot):
    body = view.source.body
    first, second = body.index("Putin spoke first."), body.index(LAST)
    event = project.events()[0]
    twice = event.model_copy(update={"evidence": [
        Evidence(source_id=view.source.id, start=first, end=first + 18, text=body[first:first + 18]),
        *event.evidence]})
    project.put_events([twice])
    view.events_changed()
    word = second + LAST.index("met") + 1  # in the second report, on no mention
    view.scroll_to(word)
    cursor = QTextCursor(view.body.document())
    cursor.setPosition(Utf16Map(body).to_qt(word))
    with qtbot.waitSignal(view.selection.eventChanged):
        qtbot.mouseClick(view.body.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(view.body.cursorRect(cursor).center()))
    assert LAST in selected_texts(view) and "Putin spoke first." not in selected_texts(view)
    view.show_event(event.id)  # selected from elsewhere: the first report in this article
    assert "Putin spoke first." in selected_texts(view)
