"""HTML: the main text via trafilatura, metadata from the page's own tags.

Saved web pages are the richest input: ``<meta>`` tags and JSON-LD usually give
the real publication date, headline and authors.  trafilatura isolates the
article from navigation and comments; when it gives up (tiny or broken pages)
a plain block-level text dump is used instead, with a warning.

Safety: only the given string is parsed.  Nothing is fetched (no URL is passed
to trafilatura or htmldate, lxml's parser has network access off) and scripts
are never run, only dropped.  Malformed markup is repaired by lxml or, at
worst, stripped with a regex: no HTML input may crash the import.
"""

from __future__ import annotations

import html
import logging
import re

from core.models import DateOrigin

from .bylines import split_author_field
from .dates import DateFinding, parse_date
from .draft import Draft

log = logging.getLogger(__name__)

# trafilatura needs seconds per megabyte; real article pages are far below this.
MAX_TRAFILATURA_CHARS = 3_000_000

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)

# Published-date keys of <meta name|property|itemprop>, most specific first.
PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "article.published", "published_time", "parsely-pub-date",
    "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date",
    "published-date", "citation_publication_date", "citation_date", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
    "originalpublicationdate",
)  # fmt: skip
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')
_DROP = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed")
_NON_ARTICLE = ("nav", "header", "footer", "aside", "form", "button", "select")
_BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote pre section article main figure "
    "figcaption table tr td th dd dt br hr header footer address".split()
)


def declared_charset(head: bytes) -> str | None:
    """The encoding a page declares in its first 4 KB (``<meta charset>``)."""
    match = _CHARSET.search(head[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def _parse(markup: str):
    """An lxml tree, or ``None`` if lxml cannot make one (empty or hopeless input)."""
    try:
        import lxml.html

        parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
        return lxml.html.document_fromstring(markup, parser=parser)
    except Exception:  # lxml raises several types (ParserError, ValueError, ...)
        return None


def _meta_date(tree, markup: str) -> DateFinding | None:
    """The publication date stated in meta tags, ``<time>`` or JSON-LD."""
    found: dict[str, tuple[str, str]] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        if key in PUBLISHED_KEYS and value and key not in found:
            attr = "property" if meta.get("property") else "name" if meta.get("name") else "itemprop"
            found[key] = (value, f'<meta {attr}="{key}" content="{value}">')
    for key in PUBLISHED_KEYS:
        if key in found:
            value, evidence = found[key]
            parsed = parse_date(value)
            if parsed:
                return DateFinding(parsed, DateOrigin.METADATA, evidence)
    for match in _JSONLD_DATE.finditer(markup):
        parsed = parse_date(match.group(1))
        if parsed:
            return DateFinding(parsed, DateOrigin.METADATA, f'JSON-LD "datePublished": "{match.group(1)}"')
    for el in tree.iter("time"):
        value = el.get("datetime")
        if value and (el.get("pubdate") is not None or (el.get("itemprop") or "").lower() == "datepublished"):
            parsed = parse_date(value)
            if parsed:
                return DateFinding(parsed, DateOrigin.METADATA, f'<time datetime="{value}">')
    return None


def _blocks_text(tree) -> str:
    """Visible text, one block element per paragraph: the fallback extractor."""
    for el in list(tree.iter(*_DROP)):
        el.drop_tree()
    bodies = tree.xpath("//article") or tree.xpath("//main") or tree.xpath("//body") or [tree]
    root = bodies[0]
    for el in list(root.iter(*_NON_ARTICLE)):
        if el is not root:
            el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() == "br":
                continue
            el.text = "\n" + (el.text or "")
    return _paragraphs(root.text_content())


def _regex_text(markup: str) -> str:
    """Last resort for markup lxml rejects: drop scripts and tags with regexes."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", markup)
    markup = re.sub(r"(?i)<(?:br|/p|/div|/h\d|/li)\b[^>]*>", "\n", markup)
    markup = re.sub(r"<[^>]*>", " ", markup)
    return _paragraphs(html.unescape(markup))


def _paragraphs(text: str) -> str:
    """Collapse blanks inside lines; one blank line between paragraphs."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


def _trafilatura(markup: str):
    try:
        import trafilatura

        return trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            include_formatting=False,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura must not take the batch down with it
        log.warning("trafilatura failed: %s", exc)
        return None


def _choose_text(main: str, fallback: str) -> str:
    """trafilatura's text, unless its short-page baseline glued the paragraphs together.

    On short pages trafilatura falls back to a baseline that joins paragraphs
    with spaces; the block dump keeps them apart and, on such pages, holds
    about the same text.  If the dump is much longer it is mostly navigation.
    """
    if "\n" in main or "\n\n" not in fallback:
        return main
    return fallback if 0.8 * len(main) <= len(fallback) <= 3 * len(main) else main


def _apply_metadata(draft: Draft, doc) -> None:
    """Title, authors and (if the meta scan found none) date from trafilatura/htmldate."""
    draft.title = " ".join((doc.title or "").split()) or None
    draft.authors = split_author_field(doc.author.split(";") if doc.author else None)
    if draft.date is None and doc.date:
        parsed = parse_date(doc.date)
        if parsed:
            draft.date = DateFinding(parsed, DateOrigin.METADATA, f"HTML metadata (htmldate): {doc.date}")


def read_html(markup: str) -> Draft:
    """Title, authors, date and main text of an HTML page (never raises on bad markup)."""
    markup = _XML_DECL.sub("", markup, count=1)
    draft = Draft(body="")
    tree = _parse(markup)
    too_big = len(markup) > MAX_TRAFILATURA_CHARS
    doc = None if too_big else _trafilatura(markup)

    if tree is not None:
        draft.date = _meta_date(tree, markup)
    if doc is not None:
        _apply_metadata(draft, doc)
    if draft.title is None and tree is not None:
        titles = tree.xpath("//title/text()")
        draft.title = " ".join(titles[0].split()) if titles and titles[0].strip() else None

    main = _paragraphs(doc.text or "") if doc is not None else ""
    fallback = _blocks_text(tree) if tree is not None else _regex_text(markup)
    if main:
        draft.body = _choose_text(main, fallback)
    else:
        draft.body = fallback
        if fallback:
            draft.warnings.append(
                "page too large for article detection; its whole visible text was imported"
                if too_big
                else "main article text not found; the page's whole visible text was imported"
            )
    return draft
