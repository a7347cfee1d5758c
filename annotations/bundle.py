"""`.dossier` note bundles: a zip that teammates exchange. Written deterministically; read as hostile.

Members: `manifest.json` (format_version, app, creator, created, answer_key, contents, SHA-256 of every
other member), `annotations.jsonl` (one W3C Web Annotation per line, each carrying its exact Dossier
record under `dossier:record`), `entities.jsonl`, `documents.jsonl` (metadata and `text_sha256`, the hash of the
canonical text; the text too when documents travel), `codebook.json`, and optionally `files/<sha256><suffix>` (the source files).

Reading never extracts to disk: every member is inflated in memory in chunks with caps on count, total
size and compression ratio, names are checked (no `..`, absolute, drive, backslash, NUL, symlink,
duplicate or unexpected names), checksums are verified, and every record is validated against a JSON
schema before `read_bundle` returns (`bundle_members`); what the records say about their versions is checked
by `bundle_history`. Any failure is a `BundleError` and nothing has been touched.
"""
from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from typing import Any

from annotations import codec
from annotations.codebook import Codebook, parse_codebook
from annotations.errors import BundleError, DossierError
from annotations.model import AnchorState, Annotation, DocumentRecord, Entity
from annotations.revisions import made_on, make_rev, note_seal
from annotations.w3c import to_w3c
from annotations.bundle_history import check_revision, collect_ancestry, said_versions, seal_fits
from annotations.bundle_history import check_withheld as check_withheld  # (where merges have long found it)
from annotations.bundle_members import (
    MAX_MEMBERS, MAX_RATIO, RATIO_CHECK_ABOVE, check_name, inflate, json_lines, read_json, validate,
)
from annotations.bundle_schema import (DOCUMENT_SCHEMA, ENTITY_SCHEMA, KNOWN_FORMATS as KNOWN_FORMATS, MANIFEST_SCHEMA,
                                       MAX_ANCESTRY as MAX_ANCESTRY, RECORD_SCHEMA)

FORMAT_VERSION = 4
"""3: an annotation's revision id covers its note through a seal keyed by `note_salt`, which travels with
the note and never beside a withheld one (a Dossier reading 2 would find such ids wrong: it is told to
update instead); 2: every record carries its revision id and ancestry (`rev`, `revs`); 1: read with the
old rules. 2 and 3 are read alike (a record without a salt covers its note as written)."""
APP = "dossier 0.1.0"
MAX_BUNDLE_BYTES = 1 << 30
MAX_TOTAL_UNCOMPRESSED = 2 << 30
_EPOCH = (1980, 1, 1, 0, 0, 0)


def text_hash(text: str) -> str:
    """SHA-256 of a document's canonical text (UTF-8): what two files of one article share when their bytes differ."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Bundle:
    creator: str
    created: str
    answer_key: bool
    annotations: list[Annotation]
    entities: list[Entity]
    documents: list[DocumentRecord]
    codebook: Codebook | None = None
    files: dict[str, bytes] = field(default_factory=dict)
    """Source files by document id."""
    format_version: int = FORMAT_VERSION
    graphs: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    """Record id -> the ancestry the sender knows of the version it sent (rev -> parents)."""
    hashes: dict[str, dict[str, str]] = field(default_factory=dict)
    """Record id -> rev -> short hash of what that version says (as far as the sender knows)."""
    contents: dict[str, dict[str, str]] = field(default_factory=dict)
    """Record id -> rev -> full content hash of that version, each checked against the rev and its parents
    (`bundle_history.collect_ancestry`): kept so that this library can pass the history on checkable."""
    hidden_notes: bool = False
    withheld: dict[str, str] = field(default_factory=dict)
    """Annotations whose note the sender never saw -> the version whose note that is: not a change."""
    blind: dict[str, str] = field(default_factory=dict)
    """Annotations whose note the sender wrote without having seen the note of that version."""
    document_versions: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    """Document id -> rev -> what that earlier version's properties said (checked against its hash): the
    base a receiver who never held that version merges against."""
    unchecked: dict[str, str] = field(default_factory=dict)
    """Withheld annotations whose rev is the version whose note was not sent -> that rev: what else they
    say is checked against it by a library that holds that note (`check_withheld`), else taken on trust
    until the version itself arrives."""
    taken: dict[str, Annotation] = field(default_factory=dict)
    """Withheld annotations made on top of the version whose note was not sent -> what the sender took that
    version to say (note aside): the sender could not check it either, so a receiver weighs the sender's
    changes against it — a forged copy passed on is no edit of the sender's."""
    seals: dict[str, str] = field(default_factory=dict)
    """Withheld annotations -> the seal of the note withheld (`note_seal`: an HMAC keyed by a salt that is not
    sent, so it tells nothing of the note), checked: with it the version withheld (`note_seal` beside it) or
    what the sender took it to say (inside `withheld_as_taken`) hashes to that version's content hash. Sent
    by a library that knows it; a bundle without one (older, or from a library that took the version on
    trust) is read as before."""
    text_hashes: dict[str, str] = field(default_factory=dict)
    """Document id -> SHA-256 of its canonical text (`text_hash`), as the line says it (none when the text came too
    and is not what it says: the line was altered). The id hashes the file: the same article saved with other line ends is another id with this
    same hash, and an exercise scores it as the key's (`workshop.documents`)."""
    revs_checked: bool = False
    """`read_bundle` checked every rev against what its record says (format 2 and later). A bundle built in
    memory from another format (W3C JSON-LD, a PDF's records) names revs nobody has checked: one its record
    does not hash to (a later version, a note's seal whose salt that format does not carry) is stored as the
    parent of a version of the receiver's, never as what it claims to be."""


def _document_line(doc: DocumentRecord, with_text: bool) -> dict[str, Any]:
    """A document's line: with the hash of its text whenever the text is known, so that a trainee's copy saved
    otherwise (CRLF line ends: another file, another id) is still known to hold the key's text."""
    line = codec.document_to_dict(doc, with_text=with_text)
    return {**line, "text_sha256": text_hash(doc.text)} if doc.text else line


def _jsonl(items: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(i, sort_keys=True, ensure_ascii=False) + "\n" for i in items).encode("utf-8")


def write_bundle(annotations: list[Annotation], entities: list[Entity], documents: list[DocumentRecord],
                 codebook: Codebook, creator: str, answer_key: bool = False, hide_notes: bool = False,
                 files: dict[str, tuple[str, bytes]] | None = None, with_text: bool = False,
                 graphs: dict[str, dict[str, list[str]]] | None = None, withheld: dict[str, str] | None = None,
                 hashes: dict[str, dict[str, str]] | None = None, blind: dict[str, str] | None = None,
                 versions: dict[str, dict[str, dict[str, Any]]] | None = None,
                 taken: dict[str, dict[str, Any]] | None = None,
                 contents: dict[str, dict[str, str]] | None = None) -> bytes:
    """The bundle's bytes. Deterministic: members sorted, fixed timestamps, `created` = newest `modified`
    of the content, so the same content gives byte-identical bundles. `files`: doc id -> (suffix, bytes);
    `graphs`: record id -> ancestry of the version sent; `withheld`: annotations whose note this library
    never saw -> the version whose note it lacks (sent as `note_withheld`; with `hide_notes` every note
    is withheld as the note of the version sent; `taken`: what this library took such a version to say, sent
    beside a version made on top of it as `withheld_as_taken`; `contents`: record id -> rev -> full content
    hash, sent as `rev_contents` for the versions of the ancestry it checks). No local paths."""
    docs = {d.id: d for d in documents}
    ents = {e.id: e for e in entities}
    graphs = graphs or {}

    def with_ancestry(record: dict[str, Any]) -> dict[str, Any]:
        if not record.get("rev"):  # a record never stored (tests, tools): its first version
            record = {**record, "rev": make_rev([], record)}
        graph, said = graphs.get(record["id"]), (hashes or {}).get(record["id"])
        full = {rev: c for rev, c in (contents or {}).get(record["id"], {}).items()
                if graph and rev in graph and made_on(rev, graph[rev], c)}
        return {**record, **({"revs": graph} if graph else {}), **({"rev_hashes": said} if said else {}),
                **({"rev_contents": dict(sorted(full.items()))} if full else {})}

    lines = []
    for a in sorted(annotations, key=lambda a: a.id):
        base, note, salt = (withheld or {}).get(a.id), a.note, a.note_salt
        if hide_notes:  # neither the note nor its salt: the rev and hashes cover only the note's seal
            a = replace(a, note="", note_salt="")
        elif base is not None:  # our own note, if any, travels beside (with its salt, to check the rev)
            a = replace(a, note="")
        doc = docs.get(a.document_id)
        line = to_w3c(a, doc, ents, page=doc.page_of(a.target.start) if doc else None)
        line["dossier:record"] = record = with_ancestry(codec.annotation_to_dict(a))
        if hide_notes or base is not None:
            record["note_withheld"] = base or record["rev"]
            if note and record["note_withheld"] != record["rev"]:  # the rev covers a note of ours (older than
                if hide_notes:  # `base`'s, which we never saw): hidden, it is the note withheld ...
                    record["note_withheld"] = record["rev"]
                else:  # ... else it travels beside, only so that the receiver can check the rev
                    record["note_covered"] = note
            said = (taken or {}).get(a.id)
            if said and record["note_withheld"] == base != record["rev"]:
                record["withheld_as_taken"] = as_taken = {k: v for k, v in said.items() if k not in ("rev", "note_seal")}
                if seal_fits(as_taken, said.get("note_seal"), record["note_withheld"], graphs.get(a.id, {}),
                             (contents or {}).get(a.id, {})):
                    as_taken["note_seal"] = said["note_seal"]
            elif record["note_withheld"] == record["rev"]:  # the note of the version sent is withheld: its seal
                seal = (said or {}).get("note_seal") if base == record["rev"] else \
                    note_seal(salt, note) if salt and note else None  # (ours, or as it came to us)
                if seal_fits(codec.annotation_to_dict(a), seal, record["rev"], graphs.get(a.id, {}),
                              (contents or {}).get(a.id, {})):
                    record["note_seal"] = seal
        if a.id in (blind or {}):  # our note, hidden or not, was written without seeing that version's: the
            record["note_blind"] = (blind or {})[a.id]  # receiver keeps theirs beside it (a rev, nothing of either)
        lines.append(line)
    shared_docs = [replace(d, source_path=d.source_path.replace("\\", "/").rsplit("/", 1)[-1], stored_file="")
                   for d in sorted(documents, key=lambda d: d.id)]
    members: dict[str, bytes] = {
        "annotations.jsonl": _jsonl(lines),
        "entities.jsonl": _jsonl([with_ancestry(codec.entity_to_dict(e)) for e in sorted(entities, key=lambda e: e.id)]),
        "documents.jsonl": _jsonl([_with_versions(with_ancestry(_document_line(d, with_text)), versions)
                                   for d in shared_docs]),
        "codebook.json": codebook.to_json().encode("utf-8"),
    }
    for doc_id, (suffix, data) in sorted((files or {}).items()):
        members[f"files/{doc_id}{suffix}"] = data
    stamps = [a.modified for a in annotations] + [e.modified for e in entities] + [d.modified for d in documents]
    manifest = {
        "format_version": FORMAT_VERSION, "app": APP, "creator": creator, "created": max(stamps, default=""),
        "answer_key": answer_key, "hidden_notes": hide_notes,
        "contents": {"annotations": len(annotations), "entities": len(entities), "documents": len(documents),
                     "files": len(files or {})},
        "members": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(members.items())},
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in [("manifest.json", json.dumps(manifest, sort_keys=True, indent=1).encode()),
                           *sorted(members.items())]:
            info = zipfile.ZipInfo(name, _EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return out.getvalue()


# -- reading -------------------------------------------------------------------------------------------
def read_bundle(data: bytes) -> Bundle:
    """Parse and validate a bundle completely; BundleError (user-readable) for anything wrong."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError("The bundle is larger than 1 GB; it was refused.")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise BundleError("This is not a .dossier bundle (not a readable zip file).") from None
    if len(infos) > MAX_MEMBERS:
        raise BundleError(f"The bundle has {len(infos):,} members (at most {MAX_MEMBERS:,}); it was refused.")
    names = {info.filename for info in infos}
    if "manifest.json" not in names and "mimetype" in names:  # (its member list was refused as a bundle's)
        raise BundleError("This is an EPUB book, not a .dossier bundle: add it to the library (File > Add files…, "
                          "or the `add` command) to read it.")
    seen: set[str] = set()
    for info in infos:
        check_name(info, seen)
    if "manifest.json" not in seen:
        raise BundleError("The bundle has no manifest.json; it was refused.")
    declared, packed = sum(i.file_size for i in infos), sum(i.compress_size for i in infos)
    if declared > MAX_TOTAL_UNCOMPRESSED:
        raise BundleError("The bundle would inflate past 2 GB; it was refused.")
    if declared > RATIO_CHECK_ABOVE and packed and declared / packed > MAX_RATIO:  # (many members, each under the
        # member's check: 34 of 60 MB of zeros in a 2 MB file held 2.2 GB for 15 s; an outside tester, stop 53)
        raise BundleError(f"The bundle is compressed {declared // packed}:1 in all — a zip bomb; it was refused.")
    budget = [MAX_TOTAL_UNCOMPRESSED]
    try:
        raw = {info.filename: inflate(zf, info, budget) for info in infos}
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise BundleError(f"The bundle is damaged ({type(exc).__name__}); it was refused.") from None
    manifest = read_json(raw.pop("manifest.json"), "manifest.json")
    validate(manifest, MANIFEST_SCHEMA, "manifest.json")
    if manifest["format_version"] > FORMAT_VERSION:
        raise BundleError(f"The bundle was made by a newer Dossier (format {manifest['format_version']}; this "
                          f"version reads {FORMAT_VERSION}). Update Dossier to import it.")
    if manifest["format_version"] < 1:
        raise BundleError(f"Unknown bundle format version {manifest['format_version']}; it was refused.")
    if set(manifest["members"]) != set(raw):
        missing = sorted(set(manifest["members"]) ^ set(raw))
        raise BundleError(f"The manifest and the bundle's members disagree ({', '.join(missing)[:200]}); "
                          "it was refused.")
    for name, blob in raw.items():
        if hashlib.sha256(blob).hexdigest() != manifest["members"][name]:
            raise BundleError(f"{name} does not match its checksum: the bundle is damaged or was altered.")
    return _parse(manifest, raw)


def _with_versions(record: dict[str, Any], versions: dict[str, dict[str, dict[str, Any]]] | None) -> dict[str, Any]:
    """A document line with what the earlier versions of its ancestry said (those the sender knows)."""
    graph = record.get("revs") or {}
    said = {rev: props for rev, props in (versions or {}).get(record["id"], {}).items()
            if rev in graph and rev != record["rev"]}
    return {**record, "rev_says": dict(sorted(said.items()))} if said else record


def _as_taken(record: dict[str, Any], a: Annotation, line: int, graphs: dict[str, dict[str, list[str]]],
              contents: dict[str, dict[str, str]], seals: dict[str, str]) -> Annotation:
    """What the sender took the withheld version under `a` to say: a record of the same annotation, beside
    a version made on top of the one withheld (anything else says nothing and refuses the bundle). With the
    seal of that version's note it must hash to that version's content hash, where this bundle carries it
    (checked against the rev, which `a`'s own rev covers): else it was rewritten on the way (a relayer making
    the sender's change look like no change of his) and the bundle is refused; the seal is kept in `seals`."""
    said = record["withheld_as_taken"]
    where = f"annotations.jsonl line {line} (what its sender took the withheld version to say)"
    validate(said, RECORD_SCHEMA, where)
    if "withheld_as_taken" in said or not record.get("note_withheld") or record["note_withheld"] == a.rev:
        raise BundleError(f"{where} does not belong there; the bundle was refused.")
    try:
        taken = codec.annotation_from_dict(said)
    except (DossierError, KeyError, TypeError, ValueError, IndexError) as exc:
        message = exc.message if isinstance(exc, DossierError) else str(exc)
        raise BundleError(f"{where} is invalid ({message}); the bundle was refused.") from None
    if taken.id != a.id:
        raise BundleError(f"{where} is another annotation's; the bundle was refused.")
    taken = replace(taken, note="", rev="", note_salt="")
    seal, base = said.get("note_seal"), str(record["note_withheld"])
    graph, known = graphs.get(a.id, {}), contents.get(a.id, {})
    if seal and (base in known or base in graph):  # (an earlier version is kept only where checked)
        if not seal_fits(codec.annotation_to_dict(taken), seal, base, graph, known):
            raise BundleError(f"{where} is not what the version {base[:12]}… said, whose note it seals: the "
                              "bundle was altered; it was refused.")
        seals[a.id] = str(seal)
    return taken


def _parse(manifest: dict[str, Any], raw: dict[str, bytes]) -> Bundle:
    graphs: dict[str, dict[str, list[str]]] = {}
    hashes: dict[str, dict[str, str]] = {}
    contents: dict[str, dict[str, str]] = {}
    withheld: dict[str, str] = {}
    covered: dict[str, str] = {}
    blind: dict[str, str] = {}
    taken: dict[str, Annotation] = {}
    seals: dict[str, str] = {}
    document_versions: dict[str, dict[str, dict[str, Any]]] = {}
    annotations = []
    for i, line in enumerate(json_lines(raw.get("annotations.jsonl", b""), "annotations.jsonl"), start=1):
        if not isinstance(line, dict) or "dossier:record" not in line:
            raise BundleError(f"annotations.jsonl line {i} is not a Dossier annotation; the bundle was refused.")
        record = line["dossier:record"]
        validate(record, RECORD_SCHEMA, f"annotations.jsonl line {i}")
        try:
            a = codec.annotation_from_dict(record)
        except (DossierError, KeyError, TypeError, ValueError, IndexError) as exc:
            message = exc.message if isinstance(exc, DossierError) else str(exc)
            raise BundleError(f"annotations.jsonl line {i} is invalid ({message}); the bundle was refused.") from None
        if a.target.end - a.target.start != len(a.target.exact) and a.anchor is not AnchorState.ORPHANED:
            raise BundleError(f"annotations.jsonl line {i}: the quote does not fit its position; the bundle was refused.")
        annotations.append(a)
        collect_ancestry(record, graphs, f"annotations.jsonl line {i}", hashes, contents)
        if record.get("note_withheld"):
            if a.note:  # a writer always sends an empty note beside `note_withheld`: one the rev was not checked with
                raise BundleError(f"The annotation {a.id[:13]}… says its note was withheld, yet carries one: "
                                  "the bundle was altered; it was refused.")
            withheld[a.id] = str(record["note_withheld"])
            covered[a.id] = str(record.get("note_covered") or "")
        if record.get("note_blind"):
            blind[a.id] = str(record["note_blind"])
        if "withheld_as_taken" in record:
            taken[a.id] = _as_taken(record, a, i, graphs, contents, seals)
        elif record.get("note_seal") and record.get("note_withheld") == a.rev:
            seals[a.id] = str(record["note_seal"])  # checked with the rev (`check_revision`)
    ids = [a.id for a in annotations]
    if len(ids) != len(set(ids)):
        raise BundleError("annotations.jsonl lists an annotation twice; the bundle was refused.")
    entities = []
    for i, item in enumerate(json_lines(raw.get("entities.jsonl", b""), "entities.jsonl"), start=1):
        validate(item, ENTITY_SCHEMA, f"entities.jsonl line {i}")
        entities.append(codec.entity_from_dict(item))
        collect_ancestry(item, graphs, f"entities.jsonl line {i}", hashes, contents, checked_only=False)
    documents = []
    text_hashes: dict[str, str] = {}
    for i, item in enumerate(json_lines(raw.get("documents.jsonl", b""), "documents.jsonl"), start=1):
        validate(item, DOCUMENT_SCHEMA, f"documents.jsonl line {i}")
        try:
            doc = codec.document_from_dict(item)  # a sender's path is never kept: its file name at most
            documents.append(replace(doc, stored_file="",
                                     source_path=doc.source_path.replace("\\", "/").rsplit("/", 1)[-1]))
        except (KeyError, TypeError, ValueError) as exc:
            raise BundleError(f"documents.jsonl line {i} is invalid ({exc}); the bundle was refused.") from None
        collect_ancestry(item, graphs, f"documents.jsonl line {i}", hashes, contents,
                         checked_only=False)
        said_hash, text = item.get("text_sha256"), item.get("text")
        if said_hash and (not text or said_hash == text_hash(str(text))):  # a line whose text and hash disagree
            text_hashes[str(item["id"])] = str(said_hash)  # was altered: it has no known text (the text itself is
        elif text and said_hash is None:  # a sender's word, provisional, as ever)
            text_hashes[str(item["id"])] = text_hash(str(text))
        if item.get("rev_says"):
            document_versions[str(item["id"])] = said_versions(item, hashes)
    _one_record_per_id(annotations, entities, documents)
    codebook = None
    if "codebook.json" in raw:
        try:
            codebook = parse_codebook(raw["codebook.json"].decode("utf-8"))
        except (DossierError, UnicodeDecodeError) as exc:
            raise BundleError(f"codebook.json is invalid ({exc}); the bundle was refused.") from None
    files = {name[6:70]: blob for name, blob in raw.items() if name.startswith("files/")}
    for doc_id, blob in files.items():
        if hashlib.sha256(blob).hexdigest() != doc_id:
            raise BundleError(f"files/{doc_id[:12]}… is not the document it is named after; the bundle was refused.")
    unchecked: dict[str, str] = {}
    for kind, records in (("annotation", annotations), ("entity", entities), ("document", documents)):
        for rec in records:
            if not rec.rev and manifest["format_version"] >= 2:  # every record of format 2 carries one
                raise BundleError(f"The {kind} {rec.id[:13]}… carries no revision, as every record of this "
                                  "bundle format does: the bundle was altered; it was refused.")
            check_revision(rec, graphs, withheld, covered, kind, unchecked, contents, hashes,
                           manifest["format_version"], seals)
    seals = {k: v for k, v in seals.items() if k in taken or k in unchecked}  # (a rev that checks needs none)
    if manifest["format_version"] < 2:  # version 1 had no revisions: merged with the old rules
        annotations = [replace(a, rev="") for a in annotations]
        entities = [replace(e, rev="") for e in entities]
        documents = [replace(d, rev="") for d in documents]
        graphs, hashes, contents, document_versions, unchecked, taken, seals = {}, {}, {}, {}, {}, {}, {}
    creator = " ".join(manifest["creator"].split())  # a name, on one line: a line break in it would fake a line of
    # its own wherever it is shown ("Import bundle from …" in the undo history, the command line's output)
    return Bundle(creator=creator, created=manifest["created"], answer_key=manifest["answer_key"],
                  annotations=annotations, entities=entities, documents=documents, codebook=codebook, files=files,
                  format_version=manifest["format_version"], graphs=graphs, hashes=hashes, contents=contents,
                  hidden_notes=bool(manifest.get("hidden_notes", False)), withheld=withheld, blind=blind,
                  document_versions=document_versions, unchecked=unchecked, taken=taken, seals=seals,
                  text_hashes=text_hashes, revs_checked=manifest["format_version"] >= 2)


def _one_record_per_id(annotations: list[Annotation], entities: list[Entity], documents: list[DocumentRecord]) -> None:
    """Every record's id is its own: an annotation carrying an entity's id (or a document's) would mix the two
    records' histories in the receiving library, and every bundle it wrote afterwards would be refused."""
    seen: dict[str, str] = {}
    for kind, records in (("an annotation", annotations), ("an entity", entities), ("a document", documents)):
        for record in records:
            other = seen.get(record.id)
            if other is not None:
                whom = f"{kind} twice" if other == kind else f"{other} and to {kind}"
                raise BundleError(f"The bundle gives the id {record.id[:13]}… to {whom}; the bundle was refused.")
            seen[record.id] = kind
