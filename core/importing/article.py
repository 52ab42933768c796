"""``read_article``: one file on disk to one :class:`~core.models.Source`.

The format readers extract what their format knows; this module applies the
rules that are the same for every format, in one place:

* title: the document's metadata, else the sidecar, else a headline-like first
  line; a leading copy of the title is removed from the body so the viewer
  does not show it twice (offsets are into the body that remains);
* publication date: document metadata (HTML, front matter) > ``meta.json`` >
  a date the text states > unknown (with a warning the GUI acts on);
* authors: metadata, sidecar and bylines, merged;
* furniture: bylines, author bios and page chrome flagged, never deleted.
"""

from __future__ import annotations

import logging
from pathlib import Path

from core.models import DateOrigin, Source, SourceFormat
from core.nlp import MAX_DOC_CHARS

from .bylines import find_bios, find_bylines, merge_authors
from .dates import DateFinding, find_text_date
from .decoding import DecodeError, decode_bytes
from .draft import Draft
from .errors import ImportProblem
from .files import format_for, read_raw
from .furniture import find_furniture, find_teaser_block
from .html_reader import declared_charset, read_html
from .markdown_reader import read_markdown
from .sidecar import SidecarEntry
from .text_reader import first_line, read_text

log = logging.getLogger(__name__)

# Bytes read for text formats: enough for MAX_DOC_CHARS characters of 4-byte UTF-8.
MAX_TEXT_BYTES = MAX_DOC_CHARS * 4 + 4
MAX_HTML_BYTES = 16 << 20  # markup is bulky; trafilatura refuses pages above ~20 MB

DATE_UNKNOWN_WARNING = "publication date unknown"


def _sniff_format(text: str) -> SourceFormat:
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:4096].lower():
        return SourceFormat.HTML
    return SourceFormat.TEXT


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _cap(text: str, warnings: list[str], whole: str) -> str:
    """Cut ``text`` to MAX_DOC_CHARS at a line break, recording a 'truncated' warning."""
    if len(text) <= MAX_DOC_CHARS:
        return text
    cut = text.rfind("\n", MAX_DOC_CHARS - 10_000, MAX_DOC_CHARS)
    text = text[: cut if cut > 0 else MAX_DOC_CHARS]
    warnings.append(f"truncated: only the first {len(text):,} characters of {whole} were imported")
    return text


def _strip_leading_title(body: str, title: str | None) -> str:
    """Drop the first line of ``body`` if it repeats the title."""
    if not title:
        return body
    head, rest = first_line(body)
    return rest.lstrip("\n").lstrip() if head and _same(head, title) else body


def _choose_date(draft: Draft, sidecar: SidecarEntry | None, body: str,
                 byline: DateFinding | None = None) -> DateFinding | None:
    """Document metadata > meta.json > a date the text states (outside teasers for other stories)."""
    if draft.date is not None:
        return draft.date
    if sidecar is not None and sidecar.published is not None:
        return DateFinding(
            sidecar.published, DateOrigin.METADATA, f'meta.json: "published": "{sidecar.published_text}"'
        )
    teasers = find_teaser_block(body)
    return find_text_date(body[: teasers[0]] if teasers else body, byline)


def read_article(path: Path | str, sidecar: SidecarEntry | None = None) -> Source:
    """Import one file.  Raises :class:`ImportProblem` if it cannot be used.

    ``sidecar`` is this file's entry in a ``meta.json`` beside it, if any (see
    :func:`core.importing.load_sidecar`); problems that still leave a usable
    article become ``Source.warnings``.
    """
    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise ImportProblem(path, "not found" if not path.exists() else "not a regular file")
    fmt = format_for(path)
    limit = MAX_HTML_BYTES if fmt is SourceFormat.HTML else MAX_TEXT_BYTES
    try:
        raw = read_raw(path, limit)
    except OSError as exc:
        raise ImportProblem(path, f"cannot be read ({exc.strerror or exc})") from exc
    if raw.size == 0:
        raise ImportProblem(path, "empty file")

    warnings: list[str] = []
    try:
        decoded = decode_bytes(
            raw.data,
            partial=raw.truncated,
            declared=declared_charset(raw.data) if fmt is not SourceFormat.TEXT else None,
        )
    except DecodeError as exc:
        raise ImportProblem(path, str(exc)) from exc
    warnings.extend(decoded.warnings)
    text = decoded.text.lstrip("\ufeff")
    if not text.strip():
        raise ImportProblem(path, "empty file (no text)")

    sniffed = _sniff_format(text)
    if fmt is None:
        fmt = sniffed
        warnings.append(f"unrecognised extension {path.suffix or '(none)'!r}; read as {fmt.value}")
    elif fmt is SourceFormat.TEXT and sniffed is SourceFormat.HTML:
        fmt = SourceFormat.HTML
        warnings.append("the file contains HTML; read as a web page")

    whole = f"{raw.size:,} bytes" if raw.truncated else f"{len(text):,} characters"
    if raw.truncated and fmt is SourceFormat.HTML:
        warnings.append(f"truncated: only the first {len(raw.data):,} of {raw.size:,} bytes were read")
    elif raw.truncated and len(text) <= MAX_DOC_CHARS:
        warnings.append(f"truncated: only the first {len(text):,} characters of {whole} were imported")

    if fmt is SourceFormat.HTML:
        draft = read_html(text)
        draft.body = _cap(draft.body, warnings, "the article text")
    else:
        text = _cap(text, warnings, whole)
        draft = read_markdown(text) if fmt is SourceFormat.MARKDOWN else read_text(text)
    warnings.extend(draft.warnings)

    body = draft.body.strip()
    title = draft.title or (sidecar.title if sidecar else None) or draft.heading
    body = _strip_leading_title(body, title)
    if not body.strip():
        raise ImportProblem(path, "no article text found")

    bylines = find_bylines(body)
    finding = _choose_date(draft, sidecar, body, bylines.date)
    authors = merge_authors(draft.authors, sidecar.authors if sidecar else (), bylines.authors)
    furniture = find_furniture(body, bylines.spans + find_bios(body, authors))

    if finding is None:
        warnings.append(DATE_UNKNOWN_WARNING)
    source = Source(
        file=path.name,
        path=str(path),
        format=fmt,
        title=title,
        authors=authors,
        published=finding.date if finding else None,
        published_from=finding.origin if finding else DateOrigin.UNKNOWN,
        published_evidence=finding.evidence if finding else None,
        body=body,
        furniture=furniture,
        content_hash=raw.sha256,
        warnings=list(dict.fromkeys(warnings)),
    )
    log.debug("imported %s: %d chars, %d furniture spans", path.name, len(body), len(furniture))
    return source


__all__ = ["DATE_UNKNOWN_WARNING", "ImportProblem", "read_article"]
