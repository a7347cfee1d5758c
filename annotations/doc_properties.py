"""A document's properties as an analyst edits them: title, authors, outlet, date, URL, language and the
reliability of the source. Pure: `apply` checks and normalises an edit and returns the new record (or
raises ValidationError saying what is wrong); `Library.set_document_properties` stores it as one
revisioned version (so it travels in bundles) and one undo step.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date

from nameparser.config import CONSTANTS

from annotations.errors import ValidationError
from annotations.language import known_language
from annotations.model import RELIABILITY_GRADES, DocumentRecord

MAX_TITLE = 300
MAX_AUTHOR = 200
MAX_AUTHORS = 100
MAX_OUTLET = 300
MAX_URL = 2_000

PROPERTY_NAMES = {
    "title": "Title", "authors": "Authors", "publisher": "Outlet", "published": "Date", "source_url": "URL",
    "language": "Language", "reliability": "Source reliability",
}
"""Record field -> what the analyst calls it (dialog labels, CLI messages, undo labels)."""

RELIABILITY_LABELS = {"A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
                      "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged"}
"""The Admiralty code's words for a source's reliability."""


def reliability_text(grade: str) -> str:
    """"B" -> "B (usually reliable)"; "" -> ""."""
    return f"{grade} ({RELIABILITY_LABELS[grade]})" if grade in RELIABILITY_LABELS else grade


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_LANGUAGE = re.compile(r"^([A-Za-z]{2,3})(?:-([A-Za-z]{4}))?(?:-([A-Za-z]{2}|\d{3}))?((?:-(?:[A-Za-z0-9]{5,8}|\d[A-Za-z0-9]{3}))*)$")
_URL = re.compile(r"^(https?)://[^\s/?#]+\.[^\s/?#]+[^\s]*$|^(https?)://localhost\b[^\s]*$", re.I)


@dataclass(frozen=True)
class DocumentProperties:
    """An edit of a document's properties; None leaves a property as it is, "" (or ()) clears it."""

    title: str | None = None
    authors: tuple[str, ...] | None = None
    publisher: str | None = None
    """The outlet (newspaper, agency, site, publisher)."""
    published: str | None = None
    """Publication date: YYYY, YYYY-MM or YYYY-MM-DD."""
    source_url: str | None = None
    language: str | None = None
    """BCP-47 ("en", "pt-BR", "zh-Hant")."""
    reliability: str | None = None
    """Admiralty source reliability A–F."""

    @classmethod
    def of(cls, record: DocumentRecord) -> DocumentProperties:
        """The properties a record has now (every field set)."""
        return cls(**{f.name: getattr(record, f.name) for f in fields(cls)})


def normal_date(value: str) -> str:
    """"2025-9-4", "2025/09/04", "2025-09-04T12:00:00Z" -> "2025-09-04"; "" stays ""; ValidationError
    for anything that is not a real date."""
    value = value.strip()
    if not value:
        return ""
    value = value.replace("/", "-").replace(".", "-")
    value = re.sub(r"^(\d{4}-\d{1,2}-\d{1,2})[T ].*$", r"\1", value)
    value = re.sub(r"(?<=-)(\d)(?=-|$)", r"0\1", value)
    match = _DATE.match(value)
    if not match:
        raise ValidationError(f"The date must be written YYYY, YYYY-MM or YYYY-MM-DD (not “{value}”).")
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ValidationError(f"“{value}” is not a date in the calendar.") from None
    return value


def normal_language(value: str) -> str:
    """A BCP-47 tag in its usual case ("PT-br" -> "pt-BR", "zh-hant" -> "zh-Hant"); "" stays ""."""
    value = value.strip().replace("_", "-")
    if not value:
        return ""
    match = _LANGUAGE.match(value)
    if not match:
        raise ValidationError(f"The language must be a code such as en, fr, pt-BR or zh-Hant (not “{value}”).")
    lang, script, region, variants = match.groups()
    out = lang.lower()
    if script:
        out += "-" + script.title()
    if region:
        out += "-" + region.upper()
    return known_language(out + (variants or "").lower())  # "ukr" -> "uk"; "ua" (a country) refused


def normal_url(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    if re.match(r"^www\.", value, re.I):
        value = "https://" + value
    if len(value) > MAX_URL or not _URL.match(value):
        raise ValidationError(_url_problem(value))
    return value


def _url_problem(value: str) -> str:
    """Why `value` is no web address, in the words that point at what to mend: an address that does begin with
    https:// was told it must begin so (a space pasted inside it, a host with no dot)."""
    shown = " ".join(value[:80].split())
    if len(value) > MAX_URL:
        return f"A URL can be at most {MAX_URL:,} characters (this one has {len(value):,})."
    if re.match(r"^https?://", value, re.I):
        if re.search(r"\s", value):
            return f"A URL holds no space or line break (a space in a web address is written %20): “{shown}”."
        return f"The URL needs a site's full name after {value.split('//', 1)[0]}//, such as gazette.example (not “{shown}”)."
    return f"The URL must be a web address starting with http:// or https:// (not “{shown}”)."


def checked_or_empty(normalise: Callable[[str], str], value: str) -> str:
    """A property read from a file's own metadata, normalised like an edit; "" when it is not valid
    ("2024-13-45" in front matter, an ftp:// link) — a file cannot store what an analyst could not type."""
    try:
        return normalise(value or "")
    except ValidationError:
        return ""


def normal_reliability(value: str) -> str:
    value = value.strip().upper()
    if value and value not in RELIABILITY_GRADES:
        raise ValidationError(f"Source reliability must be one of A–F or empty (not “{value}”).")
    return value


def _text(value: str, limit: int, what: str) -> str:
    value = " ".join(value.split())
    if len(value) > limit:
        raise ValidationError(f"{what} can be at most {limit} characters (this one has {len(value):,}).")
    return value


def normal_authors(values: tuple[str, ...]) -> tuple[str, ...]:
    """Each name tidied, empty ones dropped, duplicates (ignoring case) once."""
    out: dict[str, str] = {}
    for value in values:
        name = _text(value, MAX_AUTHOR, "An author's name")
        if name:
            out.setdefault(name.lower(), name)
    if len(out) > MAX_AUTHORS:
        raise ValidationError(f"A document can list at most {MAX_AUTHORS} authors.")
    return tuple(out.values())


_SUFFIXES = frozenset(CONSTANTS.suffix_not_acronyms) | frozenset(CONSTANTS.suffix_acronyms)
_PARTICLES = frozenset(CONSTANTS.prefixes)
_GIVEN = re.compile(r"^(?:[^\W\d_][\w'’.-]*|[^\W\d_]\.)$")
_JOIN = re.compile(r"(\s+(?:and|&)\s+|\s*&\s*)")


def _is_suffix(part: str) -> bool:
    """"Jr.", "Sr", "III", "PhD" — what follows a name after a comma and belongs to it."""
    return part.lower().replace(".", "") in _SUFFIXES


def _is_given(part: str) -> bool:
    """Given names or initials ("Jane", "María José", "J. R.", "Jean-Luc"): what a comma after a bare
    surname introduces ("Roe, Jane") — a bare surname is never an author on its own."""
    words = part.split()
    return 0 < len(words) <= 3 and all(_GIVEN.match(w) and w[0].isupper() for w in words)


def _is_surname(name: str) -> bool:
    """A bare surname, perhaps with particles ("Roe", "van der Leyen", "O'Neil") — no comma, one
    capitalised word after any particles."""
    words = name.split()
    return "," not in name and bool(words) and all(w.lower() in _PARTICLES for w in words[:-1]) and bool(_GIVEN.match(words[-1]))


def _comma_names(chunk: str) -> list[str]:
    """Names separated by commas, keeping "Last, First" and "Name, Jr." whole."""
    names: list[str] = []
    for part in (p.strip() for p in chunk.split(",")):
        if not part:
            continue
        if names and (_is_suffix(part) or (_is_surname(names[-1]) and _is_given(part))):
            names[-1] = f"{names[-1]}, {part}"
        else:
            names.append(part)
    return names


def _is_full(name: str) -> bool:
    return len(name.split()) >= 2 or "," in name


def split_authors(text: str) -> tuple[str, ...]:
    """Authors as typed in one field or found in a file's metadata. Names are separated by ";" or new
    lines; by "," unless what follows the comma is a given name after a bare surname ("Roe, Jane") or a
    suffix ("O'Neil, Jr."); by " and " / "&" only when both sides are full names ("Jane Roe and John
    Smith", not "Johnson & Johnson")."""
    out: list[str] = []
    for line in re.split(r"\s*[;\n\r]\s*", text.strip()):
        pieces = _JOIN.split(line)  # name, joiner, name, joiner...
        groups: list[str] = []
        for i in range(0, len(pieces), 2):
            piece = pieces[i].strip()
            if groups and not (_is_full(groups[-1]) and _is_full(piece)):
                groups[-1] = f"{groups[-1]}{pieces[i - 1]}{piece}"
            else:
                groups.append(piece)
        for group in groups:
            out.extend(n for n in _comma_names(group) if n)
    return tuple(" ".join(n.split()) for n in out)


def apply(record: DocumentRecord, edit: DocumentProperties) -> DocumentRecord:
    """`record` with the edit's properties checked, normalised and applied (bookkeeping untouched)."""
    changes: dict[str, object] = {}
    if edit.title is not None:
        title = _text(edit.title, MAX_TITLE, "A title")
        if not title:
            raise ValidationError("A document needs a title.")
        changes["title"] = title
    if edit.authors is not None:
        changes["authors"] = normal_authors(edit.authors)
    if edit.publisher is not None:
        changes["publisher"] = _text(edit.publisher, MAX_OUTLET, "The outlet")
    if edit.published is not None:
        changes["published"] = normal_date(edit.published)
    if edit.source_url is not None:
        changes["source_url"] = normal_url(edit.source_url)
    if edit.language is not None:
        changes["language"] = normal_language(edit.language)
    if edit.reliability is not None:
        changes["reliability"] = normal_reliability(edit.reliability)
    return replace(record, **changes)  # type: ignore[arg-type]


def changed_names(before: DocumentRecord, after: DocumentRecord) -> list[str]:
    """The properties that differ, by what the analyst calls them."""
    return [label for key, label in PROPERTY_NAMES.items() if getattr(before, key) != getattr(after, key)]
