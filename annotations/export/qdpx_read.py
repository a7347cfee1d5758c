"""Reading a REFI-QDA project (`.qdpx` from QualCoder, NVivo, ATLAS.ti, MAXQDA, or our own export): each
text source with its plain text and its codings as `Incoming` annotations, which `annotations.w3c_place`
anchors on library documents like any other import (by hash, else by quote; the position is the hint).

How a code becomes an annotation (`CodeMap`): codes under our "Entity types" code, or named like an
entity type of the codebook (label or name, any case), give entities of that type; our "Claim" code and
the codes below it, or codes named like a claim tag, give claims; our "Highlight" and "Note" codes give
those kinds; any other code gives a highlight tagged with the code's name. `overrides` (code name ->
"entity:LABEL", "claim:TAG", "claim", "tag", "highlight", "note") changes that per code. A selection coded twice is two
annotations. A PDF source's codings are read from its text `Representation` (where QualCoder puts them);
codings of a whole source, and picture, PDF-region, audio and video selections, are counted as skipped.
`Key: value` lines our export writes in a `Description` (entity, status, grade, speaker, tags) are read
back; any other description text joins the note, after the memo.

The XML is parsed without a DTD (a document type declaration is refused), entities are not resolved and
nothing is fetched; the zip's members are read with size limits.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from lxml import etree  # type: ignore[import-untyped]

from annotations.codebook import Codebook
from annotations.errors import BundleError
from annotations.bundle import Bundle
from annotations.export.qdpx import CLAIM, ENTITY_TYPES, HIGHLIGHT, NOTE, PROJECT_NS, xml_text
from annotations.model import Annotation, Kind
from annotations.tag_line import parse_tag_line
from annotations.w3c_import import Incoming

MAX_XML = 64 * 1024 * 1024
MAX_SOURCE = 64 * 1024 * 1024
CONTEXT = 32
_KEY_LINE = re.compile(r"^(Kind|Entity|Entity id|Status|Grade|Speaker|Speaker id|Tags|SHA-256): ?(.*)$")
_GRADE = re.compile(r"^([A-F])?([1-6])?$")


@dataclass
class Source:
    """One text source of the project: its name, text, the hash our export recorded, its codings."""

    guid: str
    name: str
    text: str
    sha256: str = ""
    annotations: list[Incoming] = field(default_factory=list)


@dataclass
class Project:
    sources: list[Source]
    counts: Counter[str] = field(default_factory=Counter)


def _q(tag: str) -> str:
    return f"{{{PROJECT_NS}}}{tag}"


def _read_member(z: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        with z.open(name) as f:
            data = f.read(limit + 1)
    except KeyError:
        raise BundleError(f"The project has no {name}.") from None
    if len(data) > limit:
        raise BundleError(f"{name} in the project is larger than {limit // (1024 * 1024)} MiB.")
    return data


def parse_xml(data: bytes) -> etree._Element:
    """QDA-XML parsed safely: no DTD, no entities, no network."""
    if b"<!DOCTYPE" in data[:4096].upper() or b"<!ENTITY" in data.upper():
        raise BundleError("The project's XML declares a document type; it is not read.")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise BundleError(f"The project's XML is malformed ({exc}).") from None


CHOICES = "entity:TYPE, claim, claim:TAG, tag, highlight or note"


def _check_overrides(overrides: dict[str, str], codes: set[str], types: dict[str, str], tags: dict[str, str]) -> None:
    """Each override names a code of the project and says what it becomes in a form Dossier knows, with a type or
    tag of the codebook: anything else was ignored without a word, or made people MISC (an outside tester, stop
    54)."""
    for name, chosen in overrides.items():
        if name not in codes:
            shown = ", ".join(sorted(codes)[:20]) or "none"
            raise BundleError(f"The project has no code named “{name}” (its codes: {shown}); nothing was imported.")
        kind, _, value = chosen.partition(":")
        if (kind == "entity" and value.lower() in types) or (kind == "claim" and (not value or value.lower() in tags)) \
                or (chosen in ("tag", "highlight", "note")):
            continue
        if kind == "entity":
            known = ", ".join(sorted(set(types.values())))
            raise BundleError(f"“{name}={chosen}”: the codebook has no entity type “{value}” (it has {known}); "
                              "nothing was imported.")
        if kind == "claim":
            known = ", ".join(sorted(set(tags.values())))
            raise BundleError(f"“{name}={chosen}”: the codebook has no claim type “{value}” (it has {known}); "
                              "nothing was imported.")
        raise BundleError(f"“{name}={chosen}”: a code becomes {CHOICES}; nothing was imported.")


class CodeMap:
    """Which annotation each code of the project gives (see the module's docstring)."""

    def __init__(self, root: etree._Element, codebook: Codebook, overrides: dict[str, str] | None = None) -> None:
        self.codes: dict[str, tuple[Kind, str, str]] = {}
        self.codable: list[tuple[str, str]] = []
        """(guid, name) of each code a selection can be coded with, in the codebook's order."""
        types = {k.lower(): et.label for et in codebook.entity_types for k in (et.label, et.name)}
        tags = {k.lower(): t.label for t in codebook.claim_tags for k in (t.label, t.name)}
        overrides = {k.lower(): v for k, v in (overrides or {}).items()}
        book = root.find(_q("CodeBook"))
        codes = book.find(_q("Codes")) if book is not None else None

        def walk(code: etree._Element, parents: tuple[str, ...]) -> None:
            name = code.get("name", "")
            self.codes[code.get("guid", "").lower()] = self._kind(name, parents, types, tags, overrides)
            if code.get("isCodable", "true") != "false":
                self.codable.append((code.get("guid", "").lower(), name))
            for child in code.findall(_q("Code")):
                walk(child, (*parents, name))

        for top in codes.findall(_q("Code")) if codes is not None else []:
            walk(top, ())
        _check_overrides(overrides, {name.lower() for _, name in self.codable}, types, tags)

    @staticmethod
    def _kind(name: str, parents: tuple[str, ...], types: dict[str, str], tags: dict[str, str],
              overrides: dict[str, str]) -> tuple[Kind, str, str]:
        """(kind, label, tag) for the code `name` under `parents`."""
        chosen = overrides.get(name.lower(), "")
        if chosen.startswith("entity:"):
            return (Kind.ENTITY, types.get(chosen[7:].lower(), chosen[7:]), "")  # (checked once all are read)
        if chosen == "claim" or chosen.startswith("claim:"):
            return (Kind.CLAIM, tags.get(chosen[6:].lower(), chosen[6:]), "")
        if chosen == "tag":
            return (Kind.HIGHLIGHT, "", name)
        if chosen in ("highlight", "note"):
            return (Kind(chosen), "", "")
        if parents[:1] == (ENTITY_TYPES,):
            return (Kind.ENTITY, types.get(name.lower(), name), "")
        if parents[:1] == (CLAIM,):
            return (Kind.CLAIM, tags.get(name.lower(), name), "")
        if not parents and name in (CLAIM, HIGHLIGHT, NOTE):
            return ({CLAIM: Kind.CLAIM, HIGHLIGHT: Kind.HIGHLIGHT, NOTE: Kind.NOTE}[name], "", "")
        if name.lower() in types:
            return (Kind.ENTITY, types[name.lower()], "")
        if name.lower() in tags:
            return (Kind.CLAIM, tags[name.lower()], "")
        return (Kind.HIGHLIGHT, "", name)

    def get(self, code_guid: str) -> tuple[Kind, str, str] | None:
        return self.codes.get(code_guid.strip("{}").lower())

    def choices(self) -> list[tuple[str, str]]:
        """(code name, what it becomes by default, as an override would say it) for each codable code."""
        out = []
        for code_guid, name in self.codable:
            kind, label, tag = self.codes[code_guid]
            if kind is Kind.ENTITY:
                out.append((name, f"entity:{label}"))
            elif kind is Kind.CLAIM:
                out.append((name, f"claim:{label}" if label else "claim"))
            else:
                out.append((name, "tag" if tag else kind.value))
        return list(dict.fromkeys(out))


def as_carried(bundle: Bundle, ours: Callable[[str], Annotation | None]) -> Bundle:
    """`bundle` (read from a project) with each note that differs from the library's own (`ours`, by id) only where
    XML 1.0 cannot carry a character — our export writes a control character as U+FFFD — taken as the library's note.
    Re-importing our own project filed such a note as a conflict ("differs in note": an outside tester, stop 56)."""
    kept = []
    for a in bundle.annotations:
        mine = ours(a.id)
        if mine is not None and mine.note != a.note and xml_text(mine.note) == a.note:
            a = replace(a, note=mine.note)
        kept.append(a)
    return replace(bundle, annotations=kept)


def code_choices(data: bytes, codebook: Codebook) -> list[tuple[str, str]]:
    """The project's codes and what each becomes by default (what File > Import asks about)."""
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise BundleError("The file is not a REFI-QDA project (not a zip).") from None
    with z:
        qde = next((n for n in z.namelist() if n.lower().endswith(".qde") and "/" not in n), None)
        if qde is None:
            raise BundleError("The file is not a REFI-QDA project (no project.qde).")
        return CodeMap(parse_xml(_read_member(z, qde, MAX_XML)), codebook).choices()


def read_qdpx(data: bytes, codebook: Codebook, overrides: dict[str, str] | None = None) -> Project:
    """The project's text sources and their codings; BundleError for anything unreadable."""
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise BundleError("The file is not a REFI-QDA project (not a zip).") from None
    with z:
        qde = next((n for n in z.namelist() if n.lower().endswith(".qde") and "/" not in n), None)
        if qde is None:
            raise BundleError("The file is not a REFI-QDA project (no project.qde).")
        root = parse_xml(_read_member(z, qde, MAX_XML))
        if root.tag != _q("Project"):
            raise BundleError("The project.qde is not QDA-XML (urn:QDA-XML:project:1.0).")
        users = {u.get("guid", "").strip("{}").lower(): u.get("name", "") for u in root.iter(_q("User"))}
        notes = {n.get("guid", "").strip("{}").lower(): _note_text(z, n) for n in root.iter(_q("Note"))}
        code_map = CodeMap(root, codebook, overrides)
        project = Project([])
        for element in root.iter(_q("TextSource"), _q("PictureSource"), _q("AudioSource"), _q("VideoSource"),
                                 _q("PDFSource")):
            text = element
            if element.tag != _q("TextSource"):  # a PDF's text is its Representation (QualCoder codes that)
                project.counts["skipped_media_selections"] += sum(
                    1 for child in element if child.tag.endswith("Selection"))
                text = element.find(_q("Representation")) if element.tag == _q("PDFSource") else None
                if text is None:
                    continue
            source = _source(z, text, project.counts)
            if source is None:
                continue
            source.name = text.get("name") or element.get("name") or source.name
            for sel in text.findall(_q("PlainTextSelection")):
                source.annotations += _annotations(sel, source, code_map, users, notes, project.counts)
            project.counts["skipped_whole_source_codings"] += len(text.findall(_q("Coding")))
            project.sources.append(source)
        return project


def _text_of(z: zipfile.ZipFile, element: etree._Element) -> str | None:
    content = element.find(_q("PlainTextContent"))
    if content is not None:
        return content.text or ""
    path = element.get("plainTextPath", "")
    if not path.startswith("internal://"):
        return None
    name = path[len("internal://"):]
    if "/" in name or "\\" in name or name.startswith("."):
        return None
    raw = _read_member(z, f"Sources/{name}", MAX_SOURCE)
    return raw.decode("utf-8-sig", "replace")


def _note_text(z: zipfile.ZipFile, note: etree._Element) -> str:
    try:
        return _text_of(z, note) or ""  # as written (our own note's last space came back cut)
    except BundleError:
        return ""


def _source(z: zipfile.ZipFile, element: etree._Element, counts: Counter[str]) -> Source | None:
    text = _text_of(z, element)
    if text is None:
        counts["skipped_sources_outside_the_project"] += 1
        return None
    description = element.findtext(_q("Description")) or ""
    fields, _ = _fields(description)
    sha256 = fields.get("SHA-256", "")
    return Source(guid=element.get("guid", ""), name=element.get("name", "") or "Untitled source", text=text,
                  sha256=sha256 if re.fullmatch(r"[0-9a-f]{64}", sha256) else "")


def _fields(description: str) -> tuple[dict[str, str], str]:
    """Our `Key: value` lines, and the rest of the text."""
    fields: dict[str, str] = {}
    rest = []
    for line in description.splitlines():
        m = _KEY_LINE.match(line.strip())
        if m:
            fields[m.group(1)] = m.group(2).strip()
        else:
            rest.append(line)
    return fields, "\n".join(rest).strip()


def _annotations(sel: etree._Element, source: Source, code_map: CodeMap, users: dict[str, str],
                 notes: dict[str, str], counts: Counter[str]) -> list[Incoming]:
    try:
        start, end = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
    except ValueError:
        start = end = -1
    if not 0 <= start < end <= len(source.text) or not source.text[start:end].strip():
        counts["skipped_bad_positions"] += 1
        return []
    fields, rest = _fields(sel.findtext(_q("Description")) or "")
    memo = "\n\n".join(x for x in [*(notes.get(r.get("targetGUID", "").strip("{}").lower(), "")
                                     for r in sel.iter(_q("NoteRef"))), rest] if x)
    codings = sel.findall(_q("Coding"))
    out = []
    for coding in codings:
        ref = coding.find(_q("CodeRef"))
        kind_label = code_map.get(ref.get("targetGUID", "")) if ref is not None else None
        if kind_label is None:
            counts["skipped_unknown_codes"] += 1
            continue
        kind, label, tag = kind_label
        user = (coding.get("creatingUser") or sel.get("creatingUser") or "").strip("{}").lower()
        a = Incoming(id=sel.get("guid", "") if len(codings) == 1 else coding.get("guid", ""),
                     source=f"qdpx:{source.guid}", sha256=source.sha256, title=source.name,
                     exact=source.text[start:end], prefix=source.text[max(0, start - CONTEXT):start],
                     suffix=source.text[end:end + CONTEXT], start=start, end=end, kind=kind, label=label,
                     note=memo, creator=users.get(user, ""), created=sel.get("creationDateTime", ""),
                     modified=sel.get("modifiedDateTime", ""))
        a.tags = [*parse_tag_line(fields.get("Tags", "")), *([tag] if tag else [])]
        if kind is Kind.ENTITY:
            a.entity_name, a.entity_id = fields.get("Entity", ""), fields.get("Entity id", "")
        elif kind is Kind.CLAIM:
            a.claim_type, a.status = label, fields.get("Status", "")
            a.speaker_name, a.speaker_id = fields.get("Speaker", ""), fields.get("Speaker id", "")
            grade = _GRADE.match(fields.get("Grade", ""))
            if grade:
                a.reliability = grade.group(1) or ""
                a.credibility = int(grade.group(2)) if grade.group(2) else None
        out.append(a)
    return out
