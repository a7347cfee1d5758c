"""Opening a library while another process writes to it: the index's check compared its counts, caught up to one
generation, with the library's read a moment later — after another process's commit — and rebuilt the whole index
(6 of 20 `annotate` calls run at once said "The search index did not match the library; it was rebuilt"). The
counts are now compared at the generation caught up to; a commit in between only repeats the catch-up."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from annotations import index as index_mod
from annotations.anchoring import find_quote
from annotations.ids import new_id
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.store import Store
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def test_a_commit_during_the_index_check_is_caught_up_not_rebuilt(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "lib"
    lib = Library.open(folder)
    doc = load_document(TXT)
    doc_id = lib.add_document(doc, TXT)[0].id
    s, e = find_quote(doc.text, "Tomas Ek")
    first, _ = lib.annotate(doc_id, AnnotationInput(Kind.NOTE, s, e, note="quokka"))
    lib.close()

    other = Store.open(folder / "library.sqlite3")  # another process's connection: the command line, say
    real_catch_up = index_mod.SearchIndex._catch_up_locked
    commits = []

    def catch_up_then_another_commit(self: index_mod.SearchIndex) -> None:
        real_catch_up(self)
        if not commits:  # once, right after the first catch-up: between it and the counts
            with other.transaction("Add note") as tx:
                tx.put(replace(first, id=new_id(), note="wombat", rev=""))
            commits.append(True)

    rebuilds = []
    real_rebuild = index_mod.SearchIndex._rebuild_locked
    monkeypatch.setattr(index_mod.SearchIndex, "_catch_up_locked", catch_up_then_another_commit)
    monkeypatch.setattr(index_mod.SearchIndex, "_rebuild_locked",
                        lambda self, progress: rebuilds.append(1) or real_rebuild(self, progress))
    lib = Library.open(folder)
    try:
        assert commits and not rebuilds and lib.messages == []
        assert {h.exact for h in lib.search("quokka OR wombat").hits} == {"Tomas Ek"}
        assert len(lib.search("quokka OR wombat").hits) == 2
    finally:
        lib.close()
        other.close()
