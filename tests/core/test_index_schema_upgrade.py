"""An index written by the previous analysers (schema 12: one-character words dropped, no accent folding in
English text) is rebuilt once, by itself, the first time the library is opened after the upgrade — and then
search finds what the new analysers index. Whoosh keeps the analysers it was built with inside the index, so an
index left as it was would go on answering the old way."""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from whoosh.analysis import STOP_WORDS, LowercaseFilter, RegexTokenizer, StandardAnalyzer, StemFilter, StopFilter
from whoosh.lang import porter as whoosh_porter

from annotations import index_docs, index_folder
from annotations.anchoring import find_quote
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.cli import main
from reader.document import load_document

OLD_TOKENS = rf"\w+(\.?\w+)*|{index_docs.EMOJI_PATTERN}"


def _old_words() -> Any:
    """The English analyser as schema 12 had it."""
    return (RegexTokenizer(expression=OLD_TOKENS) | LowercaseFilter() | index_docs.EmojiFilter()
            | StopFilter(stoplist=STOP_WORDS, minsize=2) | StemFilter(cachesize=50000))


def _old_names() -> Any:
    return StandardAnalyzer(expression=OLD_TOKENS, stoplist=None)


def _add(lib: Library, tmp_path: Path, name: str, text: str) -> str:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    doc_id = lib.add_document(load_document(source), source)[0].id
    start, end = find_quote(lib.document(doc_id).text, "harbour")
    lib.annotate(doc_id, AnnotationInput(kind=Kind.HIGHLIGHT, start=start, end=end, note="café on the quay"))
    return doc_id


def _documents(lib: Library, query: str) -> set[str]:
    return {h.document_id for h in lib.search(query).hits}


def test_an_index_built_by_the_previous_analysers_is_rebuilt_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "library"
    lib = Library.open(folder)
    seven = _add(lib, tmp_path, "seven.txt", "Report 7\n\nThe harbour council met.\n")
    seventeen = _add(lib, tmp_path, "seventeen.txt", "Report 17\n\nThe harbour council met again.\n")
    with monkeypatch.context() as old:  # the index as the previous version wrote it
        old.setattr(index_docs, "words_analyzer", _old_words)
        old.setattr(index_docs, "names_analyzer", _old_names)
        old.setattr(index_folder, "INDEX_SCHEMA_VERSION", 12)
        lib.reindex()
        assert _documents(lib, 'title:"Report 7"') == {seven, seventeen}  # the old answer: "7" was no word
        assert _documents(lib, "cafe") == set()
    lib.close()

    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", str(folder), "search", 'title:"Report 7"'], out=out, err=err) == 0, err.getvalue()
    assert "note: The search index was from another version of Dossier; it was rebuilt from the library " \
           "(2 annotations in 2 documents)." in err.getvalue()
    assert "1 match(es)" in err.getvalue()

    lib = Library.open(folder)
    try:
        assert lib.messages == []  # rebuilt once: the next open finds it current
        assert _documents(lib, 'title:"Report 7"') == {seven}
        assert _documents(lib, "cafe") == {seven, seventeen}
    finally:
        lib.close()


def test_an_index_stemmed_by_whooshs_porter_is_rebuilt_and_run_finds_running(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Schema 18 stemmed "running" to "runn" (Whoosh's Porter never undoubled a consonant): an index written so
    holds "runn", which the corrected query word "run" would never meet — it is rebuilt on open."""
    folder = tmp_path / "library"
    lib = Library.open(folder)
    running = _add(lib, tmp_path, "running.txt", "Running and planned repairs\n\nThe harbour council met.\n")
    with monkeypatch.context() as old:
        old.setattr(index_docs, "english_stem", whoosh_porter.stem)
        old.setattr(index_folder, "INDEX_SCHEMA_VERSION", 18)
        lib.reindex()
        assert _documents(lib, "title:running") == {running} and _documents(lib, "title:run") == set()
    lib.close()

    lib = Library.open(folder)
    try:
        assert any("from another version of Dossier" in m for m in lib.messages)
        assert _documents(lib, "title:run") == _documents(lib, "title:plan") == {running}
    finally:
        lib.close()
