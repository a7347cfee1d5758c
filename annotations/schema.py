"""Store schema: DDL and ordered forward migrations keyed on `PRAGMA user_version`.

Each migration runs in the caller's transaction, so a store is entirely old or entirely new.
"""
from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 12

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    format TEXT NOT NULL,
    title TEXT NOT NULL,
    authors TEXT NOT NULL DEFAULT '[]',
    publisher TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    source_path TEXT NOT NULL DEFAULT '',
    source_url TEXT NOT NULL DEFAULT '',
    pages TEXT NOT NULL DEFAULT '[]',
    text TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    stored_file TEXT NOT NULL DEFAULT '',
    added TEXT NOT NULL,
    modified TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    gen INTEGER NOT NULL
);
CREATE INDEX documents_gen ON documents(gen);
CREATE INDEX documents_source ON documents(source_path);
CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0,
    gen INTEGER NOT NULL
);
CREATE INDEX entities_gen ON entities(gen);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE TABLE annotations (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    end_ INTEGER NOT NULL,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    areas TEXT NOT NULL DEFAULT '[]',
    label TEXT,
    note TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    creator TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0,
    entity_id TEXT,
    speaker_id TEXT,
    claim TEXT,
    anchor TEXT NOT NULL DEFAULT 'exact',
    gen INTEGER NOT NULL
);
CREATE INDEX annotations_doc ON annotations(document_id, start);
CREATE INDEX annotations_gen ON annotations(gen);
CREATE INDEX annotations_entity ON annotations(entity_id);
CREATE INDEX annotations_speaker ON annotations(speaker_id);
CREATE TABLE history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    changes TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'done',
    created TEXT NOT NULL
);
"""

_V2 = """
ALTER TABLE documents ADD COLUMN page_sizes TEXT NOT NULL DEFAULT '[]';
"""

_V3 = """
ALTER TABLE documents ADD COLUMN outline TEXT NOT NULL DEFAULT '[]';
CREATE TABLE exchange (record_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL);
CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    annotation_id TEXT NOT NULL,
    incoming TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE imports (
    id TEXT PRIMARY KEY,
    bundle_creator TEXT NOT NULL,
    bundle_created TEXT NOT NULL,
    imported TEXT NOT NULL,
    counts TEXT NOT NULL
);
CREATE TABLE provenance (annotation_id TEXT PRIMARY KEY, import_id TEXT NOT NULL);
"""
"""v3: documents' outline; bundles. `exchange` holds the content hash of each record as last sent or received (the base that
tells "only they changed" from "both changed"); `conflicts` keeps the other side of a true conflict;
`imports`/`provenance` record who exported what and when it came in."""

_V4 = """
CREATE TABLE rejections (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    end_ INTEGER NOT NULL,
    exact TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    revision INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    gen INTEGER NOT NULL
);
CREATE INDEX rejections_doc ON rejections(document_id);
"""
"""v4: suggestions rejected per document (Assist), so they do not come back there; local, never exported."""

_V5 = """
ALTER TABLE annotations ADD COLUMN rev TEXT NOT NULL DEFAULT '';
ALTER TABLE entities ADD COLUMN rev TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN rev TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN provisional INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN furniture TEXT NOT NULL DEFAULT '[]';
CREATE TABLE revisions (
    record_id TEXT NOT NULL,
    rev TEXT NOT NULL,
    parents TEXT NOT NULL DEFAULT '[]',
    content TEXT NOT NULL DEFAULT '',
    import_id TEXT,
    PRIMARY KEY (record_id, rev)
);
CREATE INDEX revisions_import ON revisions(import_id);
CREATE TABLE withheld (record_id TEXT PRIMARY KEY, base TEXT NOT NULL DEFAULT '', edited INTEGER NOT NULL DEFAULT 0);
ALTER TABLE conflicts ADD COLUMN import_id TEXT;
ALTER TABLE conflicts ADD COLUMN rev TEXT NOT NULL DEFAULT '';
ALTER TABLE imports ADD COLUMN undone INTEGER NOT NULL DEFAULT 0;
"""
"""v5: revision history (issue 12). Each row carries its current `rev`; `revisions` keeps every version
this library has seen with its parents (CouchDB/git style), a short hash of what it says, and the
import that brought it (forgotten
when that import is undone); `withheld` lists annotations whose note was hidden from this library (a
trainer's handout) with the version whose note we lack: their empty note travels as "the note of that
version, not known here", never as an edit that erases the note (`edited`: we wrote a note of our own
without having seen theirs — it travels as such, and meets their note as a conflict); `provisional` documents came as text without
their file; `furniture` keeps the running heads, feet and page numbers taken out of a PDF's text (page,
line), so nothing the file said is lost. Rows written before v5 have rev '' and get a deterministic first revision when read."""

_V6 = """
ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN reliability TEXT NOT NULL DEFAULT '';
UPDATE meta SET value = replace(value, '"color": "#E69F00"', '"color": "#FD9F0F"') WHERE key = 'codebook';
UPDATE meta SET value = replace(value, '"color": "#56B4E9"', '"color": "#673DAC"') WHERE key = 'codebook';
UPDATE meta SET value = replace(value, '"color": "#009E73"', '"color": "#0B9551"') WHERE key = 'codebook';
UPDATE meta SET value = replace(value, '"color": "#F0E442"', '"color": "#775C24"') WHERE key = 'codebook';
UPDATE meta SET value = replace(value, '"color": "#0072B2"', '"color": "#50D6F3"') WHERE key = 'codebook';
UPDATE meta SET value = replace(value, '"color": "#D55E00"', '"color": "#E50372"') WHERE key = 'codebook';
UPDATE meta SET value = replace(value, '"color": "#CC79A7"', '"color": "#FA8FA5"') WHERE key = 'codebook';
UPDATE meta SET value = replace(value, '"claim_color": "#D55E00"', '"claim_color": "#F1560E"') WHERE key = 'codebook';
UPDATE meta SET value = replace(value, '"highlight_color": "#F0E442"', '"highlight_color": "#DBEC00"') WHERE key = 'codebook';
UPDATE meta SET value = replace(value, '"note_color": "#999999"', '"note_color": "#9392A1"') WHERE key = 'codebook';
"""
"""v6: a document's language (BCP-47, '' unknown) and the reliability of its source (A–F, '' not judged),
editable with its other properties (issue 15). A codebook still using the first default colours gets the
new ones, which are told apart (DATE was the highlight's yellow, EVENT the claims' vermilion, ORG and
QUANTITY two blues beside the selection's: annotations/colour_check.py); a colour the team chose stays."""

_V7 = """
CREATE INDEX annotations_doc_kind ON annotations(document_id, kind) WHERE deleted = 0;
CREATE INDEX annotations_entity_doc ON annotations(entity_id, document_id) WHERE deleted = 0 AND entity_id IS NOT NULL;
CREATE INDEX annotations_speaker_doc ON annotations(speaker_id, document_id) WHERE deleted = 0 AND speaker_id IS NOT NULL;
"""
"""v7: covering indexes of the live annotations for the app's long lists (issue 17): the library's counts
per document and kind, and the entity index's counts per entity and document, are read from these
(a tenth of the table's bytes) instead of scanning every annotation's quote and context."""

_V8 = """
CREATE TABLE document_versions (record_id TEXT NOT NULL, rev TEXT NOT NULL, content TEXT NOT NULL,
    PRIMARY KEY (record_id, rev));
"""
"""v8: what each version of a document's properties said (title, authors, outlet, date, URL, language,
reliability as JSON), for the versions this library made, held or was sent: a merge of two teammates'
edits compares each property with their common ancestor's, so an edit on either side survives (before,
the later edit won every property both had set, undoing the other side's edit)."""

_V9 = """
CREATE INDEX history_state ON history(state, seq);
"""
"""v9: the undo history by state (issue 17). Every edit deletes the redo entries (`state = 'undone'`) and
the Edit menu asks for the newest undo and redo labels; without an index each of these read the whole
history — whose entries hold every change as JSON, 919 MB in a library grown by 100 bundle imports — so
adding one annotation to a 1,000,000-annotation library spent ~0.3 s in that scan alone."""

_V10 = """
ALTER TABLE withheld ADD COLUMN said TEXT NOT NULL DEFAULT '';
"""
"""v10: what a version whose note was withheld from us said when we took it on trust (its record as JSON;
'' when there is nothing to weigh: the version was checked, or ours has since taken in someone else's).
Nobody here could check it, so when the genuine version arrives its content replaces what the copy said,
field by field, keeping what we changed ourselves since (a conflict where the genuine one says otherwise)."""

_V11 = """
ALTER TABLE annotations ADD COLUMN note_salt TEXT NOT NULL DEFAULT '';
"""
"""v11: the secret salt of each annotation's note seal (critical finding C2): a revision id covers the note
through an HMAC keyed by it, so a bundle with hidden notes, which carries the ids but never the salt, gives
nothing to test guesses of a note against. '' for rows written before (their ids cover the note as written)."""

_V12 = """
CREATE TABLE annotation_versions (record_id TEXT NOT NULL, rev TEXT NOT NULL, content TEXT NOT NULL,
    PRIMARY KEY (record_id, rev));
"""
"""v12: what each version of an annotation said (its record as JSON), for the versions this library held or was
sent whose content is checked against their revision id: two teammates' concurrent edits of one annotation merge
field by field against their common ancestor (Ana's tags and Ben's note both stay), where before the whole of one
side's version had to be chosen. A version stored before v12 is added the first time a version is made on it."""

MIGRATIONS: dict[int, str] = {1: _V1, 2: _V2, 3: _V3, 4: _V4, 5: _V5, 6: _V6, 7: _V7, 8: _V8, 9: _V9, 10: _V10,
                              11: _V11, 12: _V12}
"""Version N's script takes a store from version N-1 to N. Append; never edit a released one."""


def migrate(conn: sqlite3.Connection, current: int) -> None:
    """Apply every migration after `current`, in order, inside the caller's open transaction."""
    for version in range(current + 1, SCHEMA_VERSION + 1):
        for statement in MIGRATIONS[version].split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
