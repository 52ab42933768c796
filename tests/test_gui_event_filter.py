"""Filtering the timeline by words: the data's mask, and the bar over the timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.timeline.data import TimelineData
from tests.gui_fixtures import window  # noqa: F401  (a fixture)


def shown_titles(data: TimelineData) -> set[str]:
    return {data.titles[i] for i in data.visible(-1e12, 1e12)}


def test_words_match_titles_actors_and_evidence_and_combine_with_the_actor_filter(window):
    data = window.timeline.data
    names = {a.id: a.name for a in window.project.actors()}
    assert data.set_text_filter("geneva", names) == 2
    assert shown_titles(data) == {"Geneva summit", "Geneva talks planned"}
    assert data.set_text_filter("villa", names) == 1  # only in the evidence: "met at Villa La Grange"
    assert data.set_text_filter("joe", names) == 5  # only in an actor's name: every event of Joe Biden
    assert "Biden proposes a summit" in shown_titles(data)
    assert data.set_text_filter("PUTIN warned", names) == 1  # every word, any case, any field
    assert shown_titles(data) == {"Video call with warnings"}
    hidden = {a.id for a in window.project.actors() if a.name in ("Russia", "Geneva")}
    data.set_text_filter("talks", names)
    assert shown_titles(data) == {"Strategic stability talks", "Geneva talks planned"}
    data.set_enabled_actors(hidden)
    assert shown_titles(data) == set()  # both filters hold: hiding their actors hides the talks too
    data.set_enabled_actors(set())
    assert data.set_text_filter("", names) == len(data)


def test_the_bar_filters_as_you_type_counts_and_clears_with_escape(window, qtbot):
    bar = window.event_filter
    window.actions["edit.filter_events"].trigger()
    assert bar.field.hasFocus()
    with qtbot.waitSignal(bar.queryChanged, timeout=2000):
        qtbot.keyClicks(bar.field, "warnings")
    assert shown_titles(window.timeline.data) == {"Video call with warnings"}
    assert bar.count.text() == f"1 of {len(window.timeline.data)} events"
    window._reload_timeline(fit=False)  # an edit reloads the data: the words still apply
    assert shown_titles(window.timeline.data) == {"Video call with warnings"}
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert bar.field.text() == "" and bar.count.text() == ""
    assert len(shown_titles(window.timeline.data)) == len(window.timeline.data)


def test_opening_another_project_starts_unfiltered(window, qtbot, tmp_path):
    from gui.demo_project import build_demo_project

    window.event_filter.field.setText("geneva")
    window.event_filter.queryChanged.emit("geneva")
    build_demo_project(tmp_path / "other.dateline").close()
    assert window.open_project(tmp_path / "other.dateline")
    assert window.event_filter.query() == ""
    assert len(shown_titles(window.timeline.data)) == len(window.timeline.data)
