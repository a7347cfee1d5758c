"""The one service layer the CLI and the app talk to. Qt-free.

It opens files (in an isolated worker process), resolves what the user typed (document id, prefix or
path; annotation id or prefix), and calls the library. Every mutating call returns `Changes`.
"""
from __future__ import annotations

import os
from bisect import insort
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import platformdirs

from annotations.text_find import find_quote
from annotations import doc_versions, undo as undo_mod
from annotations.changes import Changes
from annotations.index import STORE_NAME
from annotations.store import library_traces
from annotations.codebook import Codebook
from annotations.doc_properties import DocumentProperties
from annotations.errors import NotFoundError
from annotations.bundle import Bundle
from annotations.library import AnnotationEdit, AnnotationInput, Conflict, Library
from annotations.library_paths import check_output_target
from annotations.model import Annotation, DocumentRecord, Entity
from annotations.search import SearchResult
from annotations.search_query import keyword_term as keyword_term  # the search panel's facet links
from annotations import assist, entity_index, name_keys
from annotations.entity_index import EntityProfile, EntitySummary
from annotations import spellings
from annotations.spellings import SpellingProposal
from annotations.suggest import Suggestion
from annotations.w3c import strip_iri, to_w3c
from reader.document.isolated import DocumentWorker
from reader import identity
from reader.services_exchange import ExchangeService
from reader.services_files import AddResult, Progress, expand_paths, other_document_note


def default_library_dir() -> Path:
    """$DOSSIER_LIBRARY, else the per-user data folder (platformdirs)."""
    env = os.environ.get("DOSSIER_LIBRARY")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("Dossier", appauthor=False)) / "library"


def holds_library_parts(folder: Path) -> bool:
    """Whether `folder` holds any part of a library (its store, stored copies, index, a backup): where none is,
    only a command that adds something may start one (`annotations.store.library_traces`)."""
    return (folder / STORE_NAME).exists() or bool(library_traces(folder / STORE_NAME))


def default_annotator() -> str:
    """$DOSSIER_ANNOTATOR, else the name given in the app (`reader.identity`), else the login name."""
    return identity.annotator()[0]


class ReaderService(ExchangeService):
    """The one service: a library, who annotates, and the parts it is made of (files, exchange)."""

    @property
    def annotator(self) -> str:
        """Who is credited with edits and exports: one line of at most 500 characters (`identity.clean_name`). A
        longer name given to --annotator or the Settings was stored, and every bundle carrying it was refused
        by teammates' imports (an outside tester, stop 54)."""
        return self._annotator

    @annotator.setter
    def annotator(self, name: str) -> None:
        self._annotator = identity.clean_name(name) or default_annotator()

    def __init__(self, library: Library, annotator: str | None = None, isolated: bool = True) -> None:
        self.library = library
        self.annotator = annotator or default_annotator()
        self.annotator_is_login = not annotator and identity.annotator()[1]
        """The annotator's name is only the computer's login name (nobody set one): not put on a cover."""
        self._isolated = isolated and os.environ.get("DOSSIER_IN_PROCESS") != "1"
        self._worker: DocumentWorker | None = None
        self._seen_version = library.store.data_version()
        self._library_id = library.store.library_id
        self.closed = False
        self._last_bundle: tuple[str, Bundle, dict[str, DocumentRecord]] | None = None
        """The bundle last read and validated, by SHA-256 of its bytes: File > Import's dry run (the
        preview) and the import itself read and parse it once."""
        self._answer_key_ok = ""
        """SHA-256 of the answer key the person agreed to import (see `import_file`)."""
        self._previews: dict[str, str] = {}
        """Each file previewed for import (a dry run): SHA-256 of the bytes the preview read (see `import_file`)."""

    @classmethod
    def open(cls, folder: str | Path | None = None, annotator: str | None = None,
             isolated: bool = True, same_as: str | None = None) -> ReaderService:
        """The service on the library in `folder` (the default library without one); `same_as`, the library's id,
        for a second opener of a library already open (see `Store.open`)."""
        return cls(Library.open(Path(folder) if folder else default_library_dir(), same_as=same_as),
                   annotator, isolated)

    @property
    def library_id(self) -> str:
        """The open library's own id (a second opener checks it finds the same library: `Store.open`); read when it
        opened, on its thread (another thread may ask: `twin`)."""
        return self._library_id

    @property
    def isolated(self) -> bool:
        """Files are parsed in a worker process (off in tests and benchmarks: DOSSIER_IN_PROCESS=1)."""
        return self._isolated

    def twin(self) -> ReaderService:
        """Another service on the same library with its own connection, for another thread (a SQLite
        connection stays on the thread that opened it)."""
        return ReaderService(Library.open(self.library.folder, same_as=self.library_id), self.annotator,
                             self._isolated)

    def messages(self) -> list[str]:
        """What the library had to say since it opened (index repairs, an index that cannot be written)."""
        return list(self.library.messages)

    def index_problem(self) -> str | None:
        """Why search is unavailable now (the index cannot be written), or None."""
        return self.library.index.unavailable

    def retry_index(self) -> bool:
        """Let an unwritable index try to catch up (at most every few seconds); True once it works."""
        return self.library.index.catch_up() if self.library.index.unavailable else True

    def close(self) -> None:
        self.closed = True
        if self._worker is not None:
            self._worker.close()
        self.library.close()

    # -- documents -------------------------------------------------------------------------------


    def document(self, document_id: str) -> DocumentRecord:
        return self.library.document(document_id)


    # -- annotations -----------------------------------------------------------------------------

    def annotate(self, document_id: str, spec: AnnotationInput) -> tuple[Annotation, Changes]:
        record = self.library.document(document_id)
        spec = replace(spec, areas=spec.areas or self.areas_for(record, spec.start, spec.end))
        return self.library.annotate(record.id, spec, creator=self.annotator)

    def annotate_quote(self, doc_ref: str, quote: str, occurrence: int, spec: AnnotationInput) -> tuple[Annotation, Changes]:
        record = self.library.document(self.resolve_document(doc_ref).id)
        start, end = find_quote(record.text, quote, occurrence)
        return self.annotate(record.id, replace(spec, start=start, end=end))

    def annotate_many(self, document_id: str, specs: Sequence[AnnotationInput], label: str | None = None
                      ) -> tuple[list[Annotation], Changes]:
        record = self.library.document(document_id)
        specs = [replace(s, areas=s.areas or self.areas_for(record, s.start, s.end)) for s in specs]
        return self.library.annotate_many(record.id, specs, creator=self.annotator, label=label)

    def resolve_annotation(self, ref: str) -> Annotation:
        ref = strip_iri(ref.strip())
        found = self.library.store.annotation(ref)
        if found is not None:
            return found
        if len(ref) >= 6:
            matches = [a for a in self.library.store.annotations(include_deleted=True) if a.id.startswith(ref)]
            live = [a for a in matches if not a.deleted]
            matches = live or matches  # (a prefix one live annotation has is it, whatever deleted ones share it)
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                raise NotFoundError(f"“{ref}” matches {len(matches)} annotations; type more of the id.")
        raise NotFoundError(f"No annotation “{ref}” in the library.")

    def annotations(self, document_id: str) -> list[Annotation]:
        return self.library.store.annotations(document_id)

    def document_holding(self, annotation_ids: frozenset[str]) -> str | None:
        """The live document one of these annotations is on (the first by id that is), or None: where an undo
        or redo made in no open document took place, to show it."""
        for annotation_id in sorted(annotation_ids):
            found = self.library.store.annotation(annotation_id)
            if found is not None and self.live_document(found.document_id) is not None:
                return found.document_id
        return None

    def step_place(self, annotation_ids: frozenset[str], shown: str | None) -> Annotation | None:
        """Where an undo or redo took place, to show it: one of these annotations (as it is now, deleted or not) on
        the shown document if any is, else on another live document; None when none is on a live document. Reads
        at most the first 500 by id (a large import's undo need not be read whole to be shown)."""
        found = self.library.store.annotations_by_ids(sorted(annotation_ids)[:500])
        on_shown = [a for a in found if a.document_id == shown]
        if on_shown:
            return min(on_shown, key=lambda a: (a.deleted, a.target.start))
        for a in sorted(found, key=lambda a: (a.deleted, a.document_id, a.target.start)):
            if self.live_document(a.document_id) is not None:
                return a
        return None

    def step_document(self, rejections: frozenset[str], documents: frozenset[str], shown: str | None) -> str | None:
        """Where an undo or redo that changed no annotation took place, to show it: the live document of a rejected
        suggestion it brought back or took away, else the one live document whose properties it changed, when
        another is shown; None otherwise (the window stayed on the other document: an outside tester, stop 60)."""
        found = [d for d in self.library.store.rejection_documents(sorted(rejections))
                 if self.live_document(d) is not None]
        live = [d for d in sorted(documents) if self.live_document(d) is not None]
        target = found[0] if found else live[0] if len(live) == 1 else None
        return target if target != shown else None

    def annotations_after(self, document_id: str, known: list[Annotation], changed: frozenset[str] | None
                          ) -> list[Annotation]:
        """The document's live annotations in reading order, given the list before an edit and the ids the
        edit changed (None: read them all)."""
        if changed is None or not known or any(a.document_id != document_id for a in known[:1]):
            return self.annotations(document_id)
        fresh = [a for a in self.library.store.annotations_by_ids(sorted(changed))
                 if a.document_id == document_id and not a.deleted]
        kept = [a for a in known if a.id not in changed]
        for a in fresh:  # each put in place by binary search (re-sorting 5,000 took 8 ms per edit)
            insort(kept, a, key=_reading_order)
        return kept

    def entities(self) -> list[Entity]:
        return self.library.store.entities()

    def w3c(self, annotation: Annotation) -> dict[str, object]:
        record = self.library.store.document(annotation.document_id, with_text=False)
        ids = [i for i in (annotation.entity_id, annotation.claim.speaker_id if annotation.claim else None) if i]
        page = record.page_of(annotation.target.start) if record is not None else None
        return to_w3c(annotation, record, self.library.store.entities_by_ids(ids), page=page)

    def delete_annotation(self, ref: str, remove_entity: bool = False) -> Changes:
        """`remove_entity`: the entity it was the last mention of goes too (one undo step)."""
        return self.library.delete_annotation(self.resolve_annotation(ref).id, remove_entity=remove_entity)

    def entity_left_without_mentions(self, annotation_id: str) -> Entity | None:
        """The entity that deleting this mention would leave with no mention and no claim."""
        return self.library.entity_left_without_mentions(annotation_id)

    def edit_annotation(self, annotation_id: str, **fields: object) -> Changes:
        return self.library.edit_annotation(annotation_id, **fields)

    def edit(self, annotation_id: str, edit: AnnotationEdit) -> Changes:
        """Several fields of one annotation as one undoable step (see `Library.edit`)."""
        return self.library.edit(annotation_id, edit)

    def conflicts(self) -> list[Conflict]:
        """Open merge conflicts (ours and theirs of each)."""
        return self.library.conflicts()

    def warm_up_search(self) -> None:
        """Load what a first search reads on first use (the word-frequency list a name in a query is weighed
        against: 0.2 s alone, 2–3 s on the worker thread of a window that is drawing)."""
        name_keys.warm_up()

    def newer_version(self, document_id: str) -> DocumentRecord | None:
        """The live document that replaced `document_id` (its changed file added again), or None."""
        found = doc_versions.newer_version(self.library.store, self.library.store.document(document_id, with_text=False))
        return found if found is not None and not found.deleted else None

    def quote_of(self, annotation_id: str) -> str:
        """The words an annotation marks ("" for none known): what names it to a person."""
        found = self.library.store.annotation(annotation_id)
        return found.target.exact if found is not None else ""

    def is_live(self, annotation_id: str) -> bool:
        """Whether the annotation is there and not deleted (in the trash)."""
        found = self.library.store.annotation(annotation_id)
        return found is not None and not found.deleted

    def head_rev(self, annotation_id: str) -> str | None:
        """The version an annotation is at (None if there is none): what a window's own edit wrote."""
        found = self.library.store.annotation(annotation_id)
        return found.rev if found is not None else None

    def set_aside(self, written: dict[str, str]) -> list[str]:
        """Of the versions this window wrote (annotation id -> rev), the annotations where that version is now the
        other side of an open conflict: another window's typing in the same words was saved after ours, and ours set aside."""
        return sorted({annotation_id for _, annotation_id, theirs, _ in self.library.store.conflicts()
                       if written.get(annotation_id) == theirs.get("rev")})

    def conflicted(self) -> dict[str, list[str]]:
        """Annotations with open conflicts -> who sent the other versions (the cards and tables mark them)."""
        return self.library.conflicted()

    def resolve_conflict(self, conflict_id: str, take_theirs: bool, expected_rev: str | None = None) -> Changes:
        """Settle a conflict (see `Library.resolve_conflict`); `expected_rev`: the version of ours shown."""
        return self.library.resolve_conflict(conflict_id, take_theirs, expected_rev)

    def set_claim(self, annotation_id: str, speaker_name: str | None = None, **fields: object) -> Changes:
        return self.library.set_claim(annotation_id, speaker_name=speaker_name, **fields)

    def entity(self, entity_id: str) -> Entity | None:
        return self.library.store.entity(entity_id)

    def codebook(self) -> Codebook:
        return self.library.store.codebook()

    def undo_label(self) -> str | None:
        """The next step to undo, or None when there is none or it could not be stored (a read-only or damaged
        library: an Undo offered there was only refused when pressed)."""
        return None if self.read_only() or self.damaged() else undo_mod.undo_label(self.library.store)

    def redo_label(self) -> str | None:
        return None if self.read_only() or self.damaged() else undo_mod.redo_label(self.library.store)

    def history_step(self, state: str) -> tuple[int, str] | None:
        """The next step to undo ("done") or redo ("undone"): its number and label (None as for `undo_label`)."""
        return None if self.read_only() or self.damaged() else self.library.store.history_step(state)

    def history_size(self, state: str) -> int:
        """The size of the next step to undo ("done") or redo ("undone"), in bytes as stored."""
        return self.library.store.history_size(state)

    def remove_document(self, document_id: str) -> Changes:
        return self.library.remove_document(document_id)

    def trashed_documents(self) -> list[DocumentRecord]:
        return [d for d in self.library.store.documents(include_deleted=True) if d.deleted and d.rev != "forgotten"]

    def restore_document(self, document_id: str) -> Changes:
        return self.library.restore_document(document_id)

    def set_document_properties(self, document_id: str, edit: DocumentProperties) -> Changes:
        """Title, authors, outlet, date, URL, language, source reliability (see `annotations.doc_properties`)."""
        return self.library.set_document_properties(document_id, edit)


    def annotation_counts(self) -> dict[str, dict[str, int]]:
        return self.library.store.annotation_counts()


    def changed_elsewhere(self, catch_up: bool = True) -> bool:
        """True once after another window or process changed the library (then, with `catch_up`, the
        index has caught up with it); the app polls this to refresh what it shows, and catches the index
        up on its worker (`catch_up_index`): waiting for another writer's index lock would freeze it."""
        if self.closed:
            return False
        version = self.library.store.data_version()
        if version == self._seen_version:
            return False
        self._seen_version = version
        if catch_up:
            self.library.index.catch_up()
        return True

    def catch_up_index(self) -> bool:
        """Bring the search index up to the library (False if it is busy or cannot be written now)."""
        return self.library.index.catch_up()


    def suggest(self, document_id: str, kind: str | None = None) -> list[Suggestion]:
        """Entity and/or claim suggestions for a document; never stored (see `annotations.assist`)."""
        return assist.suggest(self.library, document_id, kind)

    def accept_suggestions(self, document_id: str, suggestions: Sequence[Suggestion],
                           speaker_type_chosen: bool = False) -> tuple[list[Annotation], Changes]:
        """Accept as one step; `speaker_type_chosen`: the speakers' types are the analyst's (see `assist.accept`)."""
        record = self.library.document(document_id)
        areas = (lambda start, end: self.areas_for(record, start, end)) if record.paged else None
        return assist.accept(self.library, record.id, suggestions, self.annotator, areas=areas,
                             speaker_type_chosen=speaker_type_chosen)

    def reject_suggestions(self, document_id: str, suggestions: Sequence[Suggestion]) -> Changes:
        return assist.reject(self.library, document_id, suggestions)

    # -- entities and the codebook ----------------------------------------------------------------
    def rename_entity(self, entity_id: str, name: str) -> Changes:
        """Rename an entity everywhere; the old name stays as an alias."""
        return self.library.rename_entity(entity_id, name)

    def set_aliases(self, entity_id: str, aliases: Sequence[str]) -> Changes:
        return self.library.set_aliases(entity_id, aliases)

    def merge_entities(self, keep_id: str, other_id: str) -> Changes:
        """Fold `other_id` into `keep_id` (its mentions, claims and names), as one undoable step."""
        return self.library.merge_entities(keep_id, other_id)

    def split_entity(self, entity_id: str, annotation_ids: Sequence[str], name: str) -> tuple[Entity, Changes]:
        """Move some mentions of an entity to the entity called `name` (a new one if there is none)."""
        return self.library.split_entity(entity_id, annotation_ids, name)

    def namesake(self, entity_id: str, name: str) -> Entity | None:
        """Another entity of the same type already called `name` (a rename to it asks: merge, or keep two)."""
        return self.library.namesake(entity_id, name)

    def set_codebook(self, codebook: Codebook) -> Changes:
        return self.library.set_codebook(codebook)

    # -- the library itself ----------------------------------------------------------------------
    @property
    def folder(self) -> Path:
        """The library folder (another connection, e.g. a background task's, opens it by this)."""
        return self.library.folder

    def check_output_target(self, target: str | Path) -> None:
        """Refuse (OutputError) an export target that is part of this library (store, stored files, index)."""
        check_output_target(self.library.folder, Path(target))

    def read_only(self) -> bool:
        """True when the library could be opened for reading only (permissions, read-only mount)."""
        return bool(self.library.store.read_only)

    def damaged(self) -> str:
        """Why the library's database is damaged, in a sentence ("" while no damage was met): edits are refused."""
        return self.library.store.damaged

    def read_only_reason(self) -> str:
        """Why the library is read-only, in a sentence (a full disk says so; else its folder or medium), or "" when it
        can be written: what the command line, the window's notice and its refusals say."""
        if not self.read_only():
            return ""
        return self.library.store.read_only_reason or f"The library at {self.folder} is read-only."

    def live_document(self, document_id: str) -> DocumentRecord | None:
        """The document's metadata if it is in the library and not in the trash, else None."""
        record = self.library.store.document(document_id, with_text=False)
        return record if record is not None and not record.deleted else None

    def entity_summaries(self) -> list[EntitySummary]:
        return entity_index.entity_summaries(self.library.store)

    def entity_profile(self, entity_id: str) -> EntityProfile | None:
        return entity_index.entity_profile(self.library.store, entity_id)

    def spelling_proposals(self, entity_id: str) -> list[SpellingProposal]:
        """Other spellings of an entity found in the library's documents (other scripts, romanisations)."""
        return spellings.spelling_proposals(self.library.store, [entity_id])

    def adopt_spellings(self, entity_id: str, proposals: Sequence[SpellingProposal]) -> Changes:
        """The ticked proposals at once, one undo step: every form of each becomes an alias, an entity of
        its own bearing one is merged in."""
        aliases = [form for p in proposals for form in p.aliases]
        merges = [other for p in proposals for other in p.merges]
        return self.library.adopt_spellings(entity_id, aliases, merges)

    def undo(self) -> Changes:
        return self.library.undo()

    def redo(self) -> Changes:
        return self.library.redo()

    def search(self, query: str, limit: int = 20, scope: str = "annotations", facets: bool = False) -> SearchResult:
        return self.library.search(query, limit=limit, scope=scope, facets=facets)

    def reindex(self, progress: Progress | None = None) -> int:
        return self.library.reindex(progress)


__all__ = ["AddResult", "AnnotationEdit", "AnnotationInput", "Conflict", "ReaderService", "SearchResult",
           "default_annotator", "default_library_dir", "expand_paths", "holds_library_parts", "other_document_note"]
"""The UI and the CLI take the library's input and result types from here: they never import
`annotations.library`, `store`, `index`, `search` or `undo` themselves (an import-linter contract)."""


def _reading_order(a: Annotation) -> tuple[int, int, str]:
    return a.target.start, a.target.end, a.id
