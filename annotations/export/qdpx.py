"""REFI-QDA exchange (QDA-XML 1.0): a `.qdpx` project for QualCoder, NVivo, ATLAS.ti, MAXQDA, and a `.qdc`
codebook.

A project is a zip holding `project.qde` (XML, namespace `urn:QDA-XML:project:1.0`) and each document's
canonical text as `Sources/<guid>.txt` (UTF-8). REFI positions count characters of that plain text, as our
offsets do, so every annotation is one `PlainTextSelection` with the document's own offsets, coded with the
code of its entity type, claim tag, or kind (an orphan — its quote no longer in the text — is left out:
its offsets would code other words); its note becomes a memo (`Notes/Note` + `NoteRef`); creators
become `Users`. The codebook's entity types are codes under "Entity types" with their colours; claims
have a "Claim" code with the claim tags below it; highlights and notes have a code each.

What REFI has no field for (entity name and id, claim status, speaker, Admiralty grade, tags, the
document's hash) is written as `Key: value` lines in the selection's or source's `Description`, which the
neighbours show as text and `annotations.qdpx_import` reads back.

GUIDs are stable: an annotation whose id is a UUID keeps it as its selection's GUID (re-importing our
own export changes nothing); everything else gets a UUIDv5 of what it stands for. Text that XML 1.0
cannot carry (control characters) is replaced by U+FFFD in the XML; lxml escapes the rest.
"""
from __future__ import annotations

import hashlib
import io
import uuid
import zipfile

from lxml import etree  # type: ignore[import-untyped]

from annotations.codebook import Codebook
from annotations.export import Selection, placed
from annotations.model import Annotation, DocumentRecord, Kind
from annotations.tag_line import tag_line

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
ORIGIN = "Dossier"
_NAMESPACE = uuid.UUID("6f1f2c8e-3c1a-4f4e-9a57-0d5d8b7f2e11")
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)
ENTITY_TYPES, CLAIM, HIGHLIGHT, NOTE = "Entity types", "Claim", "Highlight", "Note"
_INVALID_XML = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0xD800, 0xE000), 0xFFFE,
                              0xFFFF], "\ufffd")


def guid(*parts: str) -> str:
    """The stable GUID of what `parts` name (a code, a source, a user...)."""
    digest = hashlib.sha1(_NAMESPACE.bytes + "\x1f".join(parts).encode("utf-8", "surrogatepass")).digest()
    return str(uuid.UUID(bytes=digest[:16], version=5))  # uuid5, which cannot hash a lone surrogate


def annotation_guid(a: Annotation) -> str:
    try:
        return str(uuid.UUID(a.id))
    except ValueError:
        return guid("annotation", a.id)


def xml_text(value: str) -> str:
    """`value` as XML 1.0 can carry it: characters it forbids become U+FFFD (lone surrogates too)."""
    return value.translate(_INVALID_XML)


def code_key(kind: Kind, label: str | None) -> tuple[str, str]:
    """Which code an annotation is coded with: ("entity", TYPE), ("claim", TAG or ""), ("highlight", ""),
    ("note", "")."""
    if kind is Kind.ENTITY:
        return ("entity", label or "MISC")
    if kind is Kind.CLAIM:
        return ("claim", label or "")
    return (kind.value, "")


class _Codes:
    """The code tree for a codebook plus any labels the selection uses that it lacks."""

    def __init__(self, codebook: Codebook, selection: Selection | None) -> None:
        self.codebook = codebook
        types = [(et.label, et.name, et.color) for et in codebook.entity_types]
        tags = [(t.label, t.name) for t in codebook.claim_tags]
        for a in selection.all_annotations() if selection else []:
            kind, label = code_key(a.kind, a.label)
            if kind == "entity" and label.lower() not in {t[0].lower() for t in types}:
                types.append((label, label, codebook.highlight_color))
            if kind == "claim" and label and label.lower() not in {t[0].lower() for t in tags}:
                tags.append((label, label))
        self.types, self.tags = types, tags

    def guid_of(self, key: tuple[str, str]) -> str:
        kind, label = key
        if kind == "entity":
            label = next((t[0] for t in self.types if t[0].lower() == label.lower()), label)
        elif kind == "claim" and label:
            label = next((t[0] for t in self.tags if t[0].lower() == label.lower()), label)
        return guid("code", kind, label)

    def write(self, parent: etree._Element, ns: str) -> None:
        codes = etree.SubElement(parent, f"{{{ns}}}Codes")
        group = _code(codes, ns, guid("code", "group", ENTITY_TYPES), ENTITY_TYPES, None, False,
                      "Dossier entity types (named-entity labels)")
        for label, name, color in self.types:
            _code(group, ns, guid("code", "entity", label), label, color, True, name if name != label else "")
        claim = _code(codes, ns, guid("code", "claim", ""), CLAIM, self.codebook.claim_color, True,
                      "A claim someone makes; the tags below say what kind")
        for label, name in self.tags:
            _code(claim, ns, guid("code", "claim", label), label, self.codebook.claim_color, True,
                  name if name != label else "")
        _code(codes, ns, guid("code", "highlight", ""), HIGHLIGHT, self.codebook.highlight_color, True, "")
        _code(codes, ns, guid("code", "note", ""), NOTE, self.codebook.note_color, True, "")


def _code(parent: etree._Element, ns: str, code_guid: str, name: str, color: str | None, codable: bool,
          description: str) -> etree._Element:
    code = etree.SubElement(parent, f"{{{ns}}}Code", guid=code_guid, name=xml_text(name),
                            isCodable="true" if codable else "false")
    if color:
        code.set("color", color.upper())
    if description:
        etree.SubElement(code, f"{{{ns}}}Description").text = xml_text(description)
    return code


def _e(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    return etree.SubElement(parent, f"{{{PROJECT_NS}}}{tag}", {k: xml_text(v) for k, v in attrs.items() if v})


def selection_description(a: Annotation, selection: Selection) -> str:
    """What REFI has no attribute for, as `Key: value` lines (read back by `annotations.qdpx_import`)."""
    lines = [f"Kind: {a.kind.value}"]
    if a.kind is Kind.ENTITY:
        entity = selection.entities.get(a.entity_id or "")
        lines.append(f"Entity: {' '.join((entity.name if entity else a.target.exact).split())}")
        if a.entity_id:
            lines.append(f"Entity id: {a.entity_id}")
    elif a.claim is not None:
        c = a.claim
        lines.append(f"Status: {c.status.value}")
        if c.grading:
            lines.append(f"Grade: {c.grading}")
        speaker = selection.entities.get(c.speaker_id or "")
        if speaker:
            lines += [f"Speaker: {' '.join(speaker.name.split())}", f"Speaker id: {speaker.id}"]
    if a.tags:
        lines.append("Tags: " + tag_line(" ".join(t.split()) for t in a.tags))  # (a comma inside one, quoted)
    return "\n".join(lines)


def source_description(doc: DocumentRecord) -> str:
    lines = [f"SHA-256: {doc.id}"]
    for key, value in (("Authors", ", ".join(doc.authors)), ("Publisher", doc.publisher),
                       ("Published", doc.published), ("URL", doc.source_url)):
        if value:
            lines.append(f"{key}: {' '.join(value.split())}")
    return "\n".join(lines)


def project_xml(selection: Selection, codebook: Codebook, name: str = "Dossier export") -> bytes:
    """`project.qde`: users, codebook, one TextSource per document (text in `Sources/<guid>.txt`), memos."""
    nsmap = {None: PROJECT_NS}
    root = etree.Element(f"{{{PROJECT_NS}}}Project", nsmap=nsmap)
    root.set("name", xml_text(name))
    root.set("origin", ORIGIN)
    annotations = selection.all_annotations()
    creators = list(dict.fromkeys([selection.creator] * bool(selection.creator) + [a.creator for a in annotations
                                                                                   if a.creator]))
    if creators:
        users = _e(root, "Users")
        for creator in creators:
            _e(users, "User", guid=guid("user", creator), name=creator)
    if selection.creator:
        root.set("creatingUserGUID", guid("user", selection.creator))
    codes = _Codes(codebook, selection)
    codes.write(_e(root, "CodeBook"), PROJECT_NS)
    notes: list[tuple[str, Annotation]] = []
    if selection.documents:
        sources = _e(root, "Sources")
        for doc in selection.documents:
            source_guid = guid("source", doc.id)
            source = _e(sources, "TextSource", guid=source_guid, name=doc.title or doc.id[:12],
                        plainTextPath=f"internal://{source_guid}.txt", creationDateTime=doc.added)
            _e(source, "Description").text = xml_text(source_description(doc))
            for a in selection.annotations.get(doc.id, []):
                if placed(a):  # an orphan's offsets would code other words: left out
                    notes += _selection(source, a, selection, codes)
    if notes:
        holder = _e(root, "Notes")
        for note_guid, a in notes:
            note = _e(holder, "Note", guid=note_guid, name=f"Memo: {' '.join(a.target.exact.split())[:60]}",
                      creatingUser=guid("user", a.creator) if a.creator else "", creationDateTime=a.created,
                      modifiedDateTime=a.modified)
            _e(note, "PlainTextContent").text = xml_text(a.note)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def _selection(source: etree._Element, a: Annotation, selection: Selection, codes: _Codes
               ) -> list[tuple[str, Annotation]]:
    user = guid("user", a.creator) if a.creator else ""
    sel_guid = annotation_guid(a)
    sel = _e(source, "PlainTextSelection", guid=sel_guid, name=" ".join(a.target.exact.split())[:200],
             startPosition=str(a.target.start), endPosition=str(a.target.end), creatingUser=user,
             creationDateTime=a.created, modifyingUser=user, modifiedDateTime=a.modified)
    _e(sel, "Description").text = xml_text(selection_description(a, selection))
    coding = _e(sel, "Coding", guid=guid("coding", sel_guid), creatingUser=user, creationDateTime=a.created)
    _e(coding, "CodeRef", targetGUID=codes.guid_of(code_key(a.kind, a.label)))
    if not a.note.strip():
        return []
    note_guid = guid("memo", sel_guid)
    _e(sel, "NoteRef", targetGUID=note_guid)
    return [(note_guid, a)]


def to_qdpx(selection: Selection, codebook: Codebook) -> bytes:
    """The project zip: `project.qde` and `Sources/<guid>.txt` for every document (fixed timestamps, so the
    same selection gives the same bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("project.qde", _ZIP_TIME), project_xml(selection, codebook),
                   zipfile.ZIP_DEFLATED)
        for doc in selection.documents:  # a lone surrogate becomes "?": one character for one, offsets hold
            z.writestr(zipfile.ZipInfo(f"Sources/{guid('source', doc.id)}.txt", _ZIP_TIME),
                       doc.text.encode("utf-8", "replace"), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def to_qdc(codebook: Codebook, selection: Selection | None = None) -> bytes:
    """The codebook alone (`urn:QDA-XML:codebook:1.0`), with the same code GUIDs as a project's."""
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS})
    root.set("origin", ORIGIN)
    _Codes(codebook, selection).write(root, CODEBOOK_NS)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
