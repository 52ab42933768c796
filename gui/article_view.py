"""``ArticleView``: one source's text with its mentions and evidence marked.

Highlights are ``ExtraSelection`` layers (furniture, evidence, mentions, the
selected actor's mentions), rebuilt whenever the source or the selection
changes.  Model offsets are code points; every offset crosses to Qt through
``Utf16Map`` so astral characters (emoji) never shift a highlight.
"""

from __future__ import annotations

import html
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QHelpEvent, QMouseEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QTextEdit, QToolTip, QVBoxLayout, QWidget)

from core.models import Actor, DateOrigin, EntityKind, Event, Mention, Source, Timex
from core.timevalues import describe_timex
from gui.palette import DATES, EVIDENCE, KIND_COLORS, KIND_NAMES, kind_color
from gui.selection import SelectionModel
from gui.textpos import Utf16Map

ORIGIN_TEXT = {
    DateOrigin.METADATA: "from the page's metadata",
    DateOrigin.TEXT: "stated in the article",
    DateOrigin.USER: "set by you",
    DateOrigin.UNKNOWN: "unknown",
}


class Sources(Protocol):
    """What the view reads; ``core.project.Project`` provides it."""

    def sources(self) -> list[Source]: ...
    def source(self, source_id: str) -> Source: ...
    def mentions(self, source_id: str | None = None) -> list[Mention]: ...
    def actors(self) -> list[Actor]: ...
    def timexes(self, source_id: str) -> list[Timex]: ...
    def event(self, event_id: str) -> Event: ...
    def events(self) -> list[Event]: ...


class ArticleView(QWidget):
    """Source picker, header (title, authors, date and its origin) and body."""

    setDateRequested = Signal(str)  # source id

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.selection = selection
        self._project: Sources | None = None
        self._source: Source | None = None
        self._mentions: list[Mention] = []
        self._kinds: dict[str, EntityKind] = {}
        self._timexes: list[Timex] = []
        self._reports: list[tuple[int, int, float, str]] | None = None  # see event_at
        self._clicked: int | None = None  # offset of the click that selected an event, for show_event
        self._map = Utf16Map("")
        self._evidence: tuple[int, int] | None = None

        self.picker = QComboBox(objectName="articlePicker")
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(20)
        self.picker.currentIndexChanged.connect(self._picked)
        self.header = QLabel(objectName="articleHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.set_date = QPushButton("Set date…")
        self.set_date.clicked.connect(lambda: self._source and self.setDateRequested.emit(self._source.id))
        self.body = QPlainTextEdit(objectName="articleBody")
        self.body.setAccessibleName("Article text")
        self.body.setReadOnly(True)
        self.body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.body.viewport().installEventFilter(self)
        self.body.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.body.customContextMenuRequested.connect(self._context_menu)
        self.context_actions: list[QAction] = []  # added below Copy in the text's menu
        self.legend = QLabel(self._legend_html(), objectName="articleLegend")
        self.legend.setWordWrap(True)

        head = QHBoxLayout()
        head.addWidget(self.header, 1)
        head.addWidget(self.set_date, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.picker)
        layout.addLayout(head)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.legend)

        selection.eventChanged.connect(self.show_event)
        selection.actorChanged.connect(lambda _id: self._highlight())
        selection.sourceChanged.connect(self._source_selected)
        self._show_nothing()

    # -- data ------------------------------------------------------------------

    def set_project(self, project: Sources | None) -> None:
        self._project = project
        self._source = None
        self.reload()

    def reload(self) -> None:
        """Re-read the list of sources and the shown one (after an import or edit)."""
        self._reports = None
        # a mention is coloured as its actor ("Reyes" tagged ORG once is still the person Daniel
        # Reyes); read here, after imports and edits, not on every selection
        self._kinds = {a.id: a.kind for a in self._project.actors()} if self._project else {}
        current = self._source.id if self._source else None
        self.picker.blockSignals(True)
        self.picker.clear()
        sources = self._project.sources() if self._project else []
        for source in sorted(sources, key=lambda s: (s.published is None, s.published or 0, s.file)):
            date = source.published.isoformat() if source.published else "no date"
            self.picker.addItem(f"{date} · {source.display_title()}", source.id)
        self.picker.blockSignals(False)
        if current and any(s.id == current for s in sources):
            self.show_source(current, keep_scroll=True)
        elif sources:
            self.show_source(self.picker.itemData(0))
        else:
            self._show_nothing()

    @property
    def source(self) -> Source | None:
        return self._source

    def show_source(self, source_id: str, evidence: tuple[int, int] | None = None,
                    keep_scroll: bool = False) -> None:
        if self._project is None:
            return
        source = self._project.source(source_id)
        same = self._source is not None and self._source.id == source_id
        scroll = self.body.verticalScrollBar().value()
        self._source = source
        if not same:
            self._reports = None  # this article's (start, end, importance, event id), on demand
        self._mentions = self._project.mentions(source_id=source_id)
        self._timexes = self._project.timexes(source_id)
        self._evidence = evidence
        index = self.picker.findData(source_id)
        if index >= 0 and index != self.picker.currentIndex():
            self.picker.blockSignals(True)
            self.picker.setCurrentIndex(index)
            self.picker.blockSignals(False)
        self.header.setText(self._header_html(source))
        self.set_date.setVisible(source.published is None)
        if not same or self.body.toPlainText() != source.body:
            self._map = Utf16Map(source.body)
            self.body.setPlainText(source.body)
        self._highlight()
        if evidence is not None:
            self.scroll_to(evidence[0])
        elif keep_scroll or same:
            self.body.verticalScrollBar().setValue(scroll)
        self.selection.set_source(source_id)

    def show_event(self, event_id: str | None) -> None:
        """Show the selected event's first (or current) source with its evidence marked."""
        clicked, self._clicked = self._clicked, None  # a click's offset serves this selection only
        if self._project is None or not event_id:
            self._evidence = None
            self._highlight()
            return
        try:
            event = self._project.event(event_id)
        except KeyError:
            return
        if not event.evidence:
            return
        here = [e for e in event.evidence if self._source and e.source_id == self._source.id]
        under = [e for e in here if clicked is not None and e.start <= clicked < e.end]
        evidence = (under or here or event.evidence)[0]  # the sentence clicked, else the first one here
        self.show_source(evidence.source_id, (evidence.start, evidence.end))

    def scroll_to(self, offset: int) -> None:
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(self._map.to_qt(offset))
        self.body.setTextCursor(cursor)
        self.body.centerCursor()

    # -- highlights --------------------------------------------------------------

    def _highlight(self) -> None:
        if self._source is None:
            self.body.setExtraSelections([])
            return
        layers: list[QTextEdit.ExtraSelection] = []
        grey = QTextCharFormat()
        grey.setForeground(self.palette().placeholderText())
        grey.setFontItalic(True)
        for start, end in self._source.furniture:
            layers.append(self._selection(start, end, grey))
        if self._evidence is not None:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(EVIDENCE).lighter(175) if not self._dark() else QColor(EVIDENCE).darker(250))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(EVIDENCE))
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
            layers.append(self._selection(*self._evidence, fmt))
        for timex in self._timexes:  # dotted underline: the dates the timeline draws from
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(QColor(DATES))
            layers.append(self._selection(timex.start, timex.end, fmt))
        chosen = self.selection.actor
        for mention in self._mentions:
            fmt = QTextCharFormat()
            strong = chosen is not None and mention.actor_id == chosen
            fmt.setBackground(kind_color(self._kind_of(mention), 235 if strong else 110))
            if strong:
                fmt.setForeground(QColor("#000000"))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            layers.append(self._selection(mention.start, mention.end, fmt))
        self.body.setExtraSelections(layers)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        item = QTextEdit.ExtraSelection()
        item.cursor = cursor
        item.format = fmt
        return item

    def highlighted_ranges(self) -> list[tuple[int, int]]:
        """Qt (UTF-16) ranges of the current highlight layers, for tests and tools."""
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.body.extraSelections()]

    def selected_span(self) -> tuple[str, int, int] | None:
        """(source id, start, end) of the selected text in code points, trimmed of blanks."""
        cursor = self.body.textCursor()
        if self._source is None or not cursor.hasSelection():
            return None
        start, end = self._map.to_py(cursor.selectionStart()), self._map.to_py(cursor.selectionEnd())
        text = self._source.body
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (self._source.id, start, end) if end > start else None

    def _context_menu(self, pos) -> None:
        menu = self.body.createStandardContextMenu(pos)
        if self.context_actions:
            menu.addSeparator()
            menu.addActions(self.context_actions)
        menu.exec(self.body.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def mention_at(self, position: int) -> Mention | None:
        """The mention under a Qt text position."""
        offset = self._map.to_py(position)
        return next((m for m in self._mentions if m.start <= offset < m.end), None)

    def events_changed(self) -> None:
        """Events were edited, merged or split: which sentence reports what is read again."""
        self._reports = None

    def event_at(self, position: int) -> str | None:
        """The event whose supporting sentence in this article holds a Qt text position
        (the most important when sentences support several)."""
        if self._project is None or self._source is None:
            return None
        if self._reports is None:  # built on the first click in this article, not per click
            self._reports = [(ev.start, ev.end, e.importance, e.id) for e in self._project.events()
                             for ev in e.evidence if ev.source_id == self._source.id]
        offset = self._map.to_py(position)
        here = [r for r in self._reports if r[0] <= offset < r[1]]
        return max(here, key=lambda r: r[2])[3] if here else None

    def timex_at(self, position: int) -> Timex | None:
        """The temporal expression under a Qt text position."""
        offset = self._map.to_py(position)
        return next((t for t in self._timexes if t.start <= offset < t.end), None)

    def _kind_of(self, mention: Mention) -> EntityKind:
        return self._kinds.get(mention.actor_id, mention.label) if mention.actor_id else mention.label

    def tooltip_at(self, position: int) -> str:
        """What the reader hovering there should be told: how a date was read."""
        timex = self.timex_at(position)
        if timex is not None:
            return f"<b>{html.escape(timex.text)}</b>: {html.escape(describe_timex(timex))}" \
                   f"<br><span style='color:gray'>{timex.type.value} {html.escape(timex.value)}</span>"
        mention = self.mention_at(position)
        if mention is not None and mention.actor_id:
            return f"<b>{html.escape(mention.text)}</b>: {KIND_NAMES.get(self._kind_of(mention), '')}"
        return ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.body.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(self.body.cursorForPosition(event.pos()).position())
            if text:
                QToolTip.showText(event.globalPos(), text, self.body.viewport())
            else:
                QToolTip.hideText()
            return True
        if watched is self.body.viewport() and event.type() == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            if event.button() == Qt.MouseButton.LeftButton and not self.body.textCursor().hasSelection():
                position = self.body.cursorForPosition(event.position().toPoint()).position()
                mention = self.mention_at(position)
                if mention is not None and mention.actor_id:
                    self.selection.set_actor(mention.actor_id)
                elif (event_id := self.event_at(position)) is not None and event_id != self.selection.event:
                    self._clicked = self._map.to_py(position)
                    self.selection.set_event(event_id)  # a click in a sentence selects what it reports
        return super().eventFilter(watched, event)

    # -- text ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switch: tints depend on it
            self._highlight()
        super().changeEvent(event)

    def _source_selected(self, source_id: str | None) -> None:
        if source_id and (self._source is None or self._source.id != source_id):
            self.show_source(source_id)

    def _picked(self, index: int) -> None:
        source_id = self.picker.itemData(index)
        if source_id:
            self.show_source(source_id)

    def _show_nothing(self) -> None:
        self._source = None
        self._mentions = []
        self._timexes = []
        self.header.setText("<i>No article. Import articles with File ▸ Import Articles…</i>")
        self.set_date.hide()
        self.body.setPlainText("")
        self.body.setExtraSelections([])

    def _dark(self) -> bool:
        return self.palette().base().color().lightness() < 128

    @staticmethod
    def _header_html(source: Source) -> str:
        title = html.escape(source.display_title())
        parts = [f"<b style='font-size:large'>{title}</b>"]
        meta = []
        if source.authors:
            meta.append("By " + html.escape(", ".join(source.authors)))
        if source.published:
            meta.append(f"{source.published.day} {source.published:%B %Y} "
                        f"<span style='color:gray'>({ORIGIN_TEXT[source.published_from]})</span>")
        else:
            meta.append("<span style='color:#D55E00'>Publication date unknown</span>")
        meta.append(f"<span style='color:gray'>{html.escape(source.file)}</span>")
        parts.append(" · ".join(meta))
        return "<br>".join(parts)

    @staticmethod
    def _legend_html() -> str:
        chips = [f"<span style='background:{KIND_COLORS[k]}; color:black'>&nbsp;{KIND_NAMES[k]}&nbsp;</span>"
                 for k in EntityKind]
        chips.append(f"<span style='text-decoration: underline; text-decoration-color:{EVIDENCE};"
                     f" color:{EVIDENCE}'>evidence</span>")
        chips.append(f"<span style='text-decoration: underline; color:{DATES}'>date</span>")
        chips.append("<span style='color:gray'><i>furniture</i></span>")
        return "&nbsp; ".join(chips)
