"""The long lists' reads (issue 17) give what the generic ones give: documents and entities decoded
positionally equal the row-by-name decoding, and the entity index's counts aggregated in SQLite equal
the per-(entity, document) computation they replaced — on a library with a PDF (pages, sizes, outline),
an EPUB, aliases, claims, an entity never mentioned and a removed document."""
from __future__ import annotations

import re
from collections import defaultdict

from annotations.anchoring import find_quote
from annotations.entity_index import EntitySummary, document_date, entity_summaries
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.store import Store
from annotations.store_rows import DOC_COLS_NO_TEXT, document_of_row, entity_of_row
from reader.document import load_document
from tests.conftest import SAMPLES


def _add(library: Library, name: str) -> str:
    record, _ = library.add_document(load_document(SAMPLES / name), SAMPLES / name)
    return record.id


def _mark(library: Library, doc: str, quote: str | int, **kw: object) -> str:
    """Annotate `quote`, or (a number) the document's n-th word of four letters or more."""
    text = library.document(doc).text
    if isinstance(quote, int):
        word = list(re.finditer(r"\w{4,}", text))[quote]
        start, end = word.start(), word.end()
    else:
        start, end = find_quote(text, quote)
    kind = kw.pop("kind", Kind.ENTITY)
    a, _ = library.annotate(doc, AnnotationInput(kind=kind, start=start, end=end, **kw))  # type: ignore[arg-type]
    return a.id


def _summaries_by_pairs(store: Store) -> list[EntitySummary]:
    """The entity index's summaries as they were computed before: from every (entity, document) pair."""
    dates = {d.id: document_date(d) for d in store.documents()}
    per_entity: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for entity_id, doc_id, mentions, claims in store.entity_document_counts():
        per_entity[entity_id].append((doc_id, mentions, claims))
    out = []
    for entity in store.entities():
        docs = per_entity.get(entity.id, [])
        seen = sorted(dates[d] for d, _, _ in docs if d in dates)
        out.append(EntitySummary(entity, sum(m for _, m, _ in docs), sum(1 for _, m, _ in docs if m),
                                 sum(c for _, _, c in docs), seen[0] if seen else "", seen[-1] if seen else ""))
    return sorted(out, key=lambda s: (-s.mentions, s.entity.name.casefold()))


def test_fast_reads_equal_the_generic_ones(library: Library) -> None:
    harbour, notes, pdf = _add(library, "harbour_council.txt"), _add(library, "field_notes.md"), \
        _add(library, "flood_review.pdf")
    gone = _add(library, "grid_shortfall.html")
    _add(library, "reading_guide.epub")
    _mark(library, harbour, "Marta Lindqvist", label="PERSON")
    _mark(library, harbour, "Tomas Ek", label="PERSON")
    _mark(library, harbour, "the barrier would", kind=Kind.CLAIM, speaker_name="Marta Lindqvist")
    _mark(library, notes, "Jonas Albrecht", label="PERSON", entity_name="Marta Lindqvist")
    _mark(library, notes, "Halvorsen & Partners", label="ORG")
    _mark(library, pdf, 3, label="ORG", entity_name="Halvorsen & Partners")
    _mark(library, pdf, 9, kind=Kind.CLAIM, speaker_name="Ines Varga")  # only speaks
    _mark(library, gone, 2, label="PERSON", entity_name="Tomas Ek")
    library.delete_annotation(_mark(library, harbour, 5, label="PERSON", entity_name="Nobody Now"))
    marta = library.store.find_entities("Marta Lindqvist")[0]
    library.set_aliases(marta.id, ["M. Lindqvist", "Lindqvist"])
    library.remove_document(gone)
    store = library.store

    generic_docs = [document_of_row(r) for r in store._rows(
        f"SELECT {DOC_COLS_NO_TEXT} FROM documents WHERE deleted = 0 ORDER BY added, id", [])]
    assert store.documents() == generic_docs and len(generic_docs) == 4
    assert any(d.pages and d.page_sizes for d in generic_docs)  # the PDF's page map came through
    generic_entities = [entity_of_row(r) for r in store._rows(
        "SELECT * FROM entities WHERE deleted = 0 ORDER BY name COLLATE NOCASE", [])]
    assert store.entities() == generic_entities
    assert any(e.aliases for e in generic_entities)
    assert sorted(store.live_entities(by_name=False), key=lambda e: e.id) == sorted(generic_entities,
                                                                                   key=lambda e: e.id)

    fast, reference = entity_summaries(store), _summaries_by_pairs(store)
    assert fast == reference
    by_name = {s.entity.name: s for s in fast}
    assert (by_name["Marta Lindqvist"].mentions, by_name["Marta Lindqvist"].documents,
            by_name["Marta Lindqvist"].claims_by) == (2, 2, 1)
    assert (by_name["Tomas Ek"].mentions, by_name["Tomas Ek"].documents) == (1, 1)  # not the removed one
    assert (by_name["Ines Varga"].mentions, by_name["Ines Varga"].claims_by) == (0, 1)
    assert by_name["Ines Varga"].first_seen == document_date(library.document(pdf, with_text=False))
    assert by_name["Nobody Now"].mentions == 0 and by_name["Nobody Now"].first_seen == ""
