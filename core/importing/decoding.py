"""Bytes to text: BOMs, UTF-8, then an honest guess for legacy encodings.

News text arrives from browsers' "save as", copy-paste into Notepad and old
archives, so UTF-8 is the rule but Windows-1252/Latin-1 and UTF-16 (Notepad's
"Unicode") are common.  Order of trust: a byte-order mark, strict UTF-8, a
charset declared by the file itself (HTML), then charset-normalizer's guess,
falling back to Latin-1 which can decode anything.  Every guess is recorded as
a warning so the user knows why "Café" might read "CafÃ©".

Binary files (images, PDFs, archives renamed ``.txt``) are recognised by NUL
bytes and control characters and rejected rather than imported as noise.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass, field

_SAMPLE = 1 << 16  # enough bytes to judge binary-ness and guess an encoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls that never occur in text files (tab, newlines, form feed and ESC do)
_CONTROL = frozenset(range(0x00, 0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}


_BROWSER_ALIASES = {
    label: "cp1252" for label in ("iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii")
}


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept."""


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _decode(data: bytes, encoding: str, *, partial: bool, errors: str = "strict") -> str:
    """Decode, tolerating a multi-byte character cut in half at the end of a prefix."""
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    return decoder.decode(data, final=not partial)


def _utf16_without_bom(sample: bytes) -> str | None:
    """Spot BOM-less UTF-16 of mostly-ASCII text by its NULs at every other byte."""
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def looks_binary(sample: bytes) -> bool:
    """NUL bytes or more than a few percent of C0 controls mean "not text"."""
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls > max(2, 0.02 * len(sample))


def _guess(sample: bytes) -> str | None:
    """charset-normalizer's best guess for ``sample``, or ``None``."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - it ships with trafilatura
        return None
    try:
        best = from_bytes(sample).best()
    except Exception:  # a guesser must never take the import down
        return None
    return best.encoding if best is not None else None


def _non_latin(sample: bytes, encoding: str) -> bool:
    """True if ``sample`` read as ``encoding`` is mostly non-Latin letters (Cyrillic, CJK...).

    Statistical guessers confuse the Latin code pages on short texts (a French
    word in Windows-1252 "is" Windows-1250).  For Latin-script text we trust
    Windows-1252, the overwhelmingly common legacy encoding of Western news,
    and follow the guesser only when it finds another script altogether.
    """
    try:
        text = sample.decode(encoding, errors="ignore")
    except LookupError:
        return False
    letters = [ch for ch in text if ord(ch) > 0x7F and ch.isalpha()]
    if not letters:
        return False
    latin = sum(1 for ch in letters if unicodedata.name(ch, "").startswith("LATIN"))
    return latin < len(letters) / 2


def normalise_newlines(text: str) -> str:
    """One newline convention so that offsets mean the same on every OS."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def decode_bytes(data: bytes, *, partial: bool = False, declared: str | None = None) -> Decoded:
    """Decode ``data`` (possibly a prefix of a longer file when ``partial``).

    ``declared`` is an encoding named by the document itself (an HTML ``<meta
    charset>``), tried after UTF-8.  Raises :class:`DecodeError` for binary
    content.  The result has Unix newlines and no BOM.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = _decode(data[len(bom) :], encoding, partial=partial)
            except UnicodeDecodeError:
                text = _decode(data[len(bom) :], encoding, partial=partial, errors="replace")
                return Decoded(
                    normalise_newlines(text),
                    encoding,
                    [f"invalid {encoding.upper()} bytes were replaced with \ufffd"],
                )
            return Decoded(normalise_newlines(text), encoding)

    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        encoding = _utf16_without_bom(sample)
        if encoding is None:
            raise DecodeError("not a text file (binary content)")
        text = _decode(data, encoding, partial=partial, errors="replace")
        if looks_binary(text[:_SAMPLE].encode("utf-8", "replace")):
            raise DecodeError("not a text file (binary content)")
        return Decoded(
            normalise_newlines(text), encoding, [f"no byte-order mark; decoded as {encoding.upper()}"]
        )
    if looks_binary(sample):
        raise DecodeError("not a text file (binary content)")

    try:
        return Decoded(normalise_newlines(_decode(data, "utf-8", partial=partial)), "utf-8")
    except UnicodeDecodeError:
        pass
    lenient = _decode(data, "utf-8", partial=partial, errors="replace")
    bad = lenient.count("\ufffd")
    good = len(lenient) - len(lenient.encode("ascii", "ignore")) - bad  # non-ASCII, decoded fine
    if good >= max(bad, 1):
        # UTF-8 with a few broken bytes (a bad copy-paste): legacy code pages would
        # turn every good "é" into "Ã©", so keep UTF-8 and mark the damage.
        return Decoded(
            normalise_newlines(lenient), "utf-8", [f"{bad} invalid UTF-8 byte sequence(s) replaced with \ufffd"]
        )

    candidates: list[tuple[str, str]] = []
    if declared:
        # as browsers do: pages labelled Latin-1/ASCII are really Windows-1252
        declared = _BROWSER_ALIASES.get(declared.strip().lower(), declared.strip())
        candidates.append((declared, f"not UTF-8; decoded as {declared} (declared in the file)"))
    guess = _guess(sample)
    if guess and _non_latin(sample, guess):
        candidates.append((guess, f"not UTF-8; encoding guessed as {guess}"))
    candidates.append(("cp1252", "not UTF-8; decoded as Windows-1252 (Western)"))
    for encoding, warning in candidates:
        try:
            codecs.lookup(encoding)
            text = _decode(data, encoding, partial=partial)
        except (LookupError, UnicodeDecodeError):
            continue
        return Decoded(normalise_newlines(text), encoding, [warning])
    text = _decode(data, "latin-1", partial=partial)
    return Decoded(normalise_newlines(text), "latin-1", ["not UTF-8; decoded as Latin-1"])
