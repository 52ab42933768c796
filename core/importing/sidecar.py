"""``meta.json`` beside the articles: what the collector knew about each file.

Captured plain text loses its page metadata, so a collection may carry a
sidecar ``{"articles": [{"file", "published", "title", "authors"}]}`` (the
format of the seed corpus).  Every key is optional.  A sidecar is a helper, not
a requirement: a broken one costs a warning, never the import.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from .bylines import split_author_field
from .dates import parse_date
from .files import SIDECAR_NAME

log = logging.getLogger(__name__)

MAX_SIDECAR_BYTES = 20 << 20


@dataclass(frozen=True)
class SidecarEntry:
    """What ``meta.json`` says about one file."""

    file: str
    published: dt.date | None = None
    published_text: str | None = None  # the value as written, for published_evidence
    title: str | None = None
    authors: tuple[str, ...] = ()


class Sidecar(dict[str, SidecarEntry]):
    """File name → entry, plus the problems met while reading ``meta.json``.

    A plain ``dict`` for callers that only look files up; ``warnings`` says why
    entries may be missing (broken JSON, unparseable dates).
    """

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = path
        self.warnings: list[str] = []


def _entry(item: dict, sidecar: Sidecar) -> SidecarEntry | None:
    name = item.get("file")
    if not isinstance(name, str) or not name.strip():
        sidecar.warnings.append(f"{SIDECAR_NAME}: an entry without a \"file\" name was ignored")
        return None
    name = Path(name.strip()).name
    raw_date = item.get("published")
    published = parse_date(raw_date) if raw_date not in (None, "") else None
    if raw_date not in (None, "") and published is None:
        sidecar.warnings.append(f"{SIDECAR_NAME}: {name}: unreadable date {raw_date!r} ignored")
    title = item.get("title")
    title = " ".join(title.split()) if isinstance(title, str) and title.strip() else None
    return SidecarEntry(
        file=name,
        published=published,
        published_text=str(raw_date) if published else None,
        title=title,
        authors=tuple(split_author_field(item.get("authors"))),
    )


def load_sidecar(folder: Path | str) -> Sidecar:
    """Entries of ``folder/meta.json`` keyed by file name; empty if there is none.

    Never raises: unreadable or malformed files leave ``warnings`` on the result
    (and in the log) and yield whatever entries could be read.
    """
    path = Path(folder) / SIDECAR_NAME
    sidecar = Sidecar(path)
    if not path.is_file():
        return sidecar
    try:
        if path.stat().st_size > MAX_SIDECAR_BYTES:
            raise ValueError("file too large")
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        message = f"{SIDECAR_NAME} could not be read ({' '.join(str(exc).split())}); its dates and titles were not used"
        sidecar.warnings.append(message)
        log.warning("%s: %s", path, message)
        return sidecar
    articles = data.get("articles") if isinstance(data, dict) else data
    if not isinstance(articles, list):
        sidecar.warnings.append(f"{SIDECAR_NAME} has no \"articles\" list; it was not used")
        return sidecar
    for item in articles:
        if not isinstance(item, dict):
            sidecar.warnings.append(f"{SIDECAR_NAME}: a non-object entry was ignored")
            continue
        entry = _entry(item, sidecar)
        if entry is not None:
            sidecar[entry.file] = entry
    for message in sidecar.warnings:
        log.warning("%s: %s", path, message)
    return sidecar
