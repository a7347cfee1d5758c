"""A document whose file changed on disk so that one annotation's quote is gone: added again as the
CLI's `add` does (a new version), that annotation is orphaned (the QA report break27, HIGH 1)."""
from __future__ import annotations

from pathlib import Path

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import AnchorState, Annotation, Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES


def make_orphan(service: ReaderService, folder: Path, entity_too: bool = False) -> tuple[str, Annotation, Annotation]:
    """The new version's id, the orphan ("flood barrier", a highlight with a note and a tag) and a live entity;
    `entity_too`: "flood barrier" is also marked as an ORG entity, orphaned as well."""
    path = folder / "article.txt"
    text = (SAMPLES / "harbour_council.txt").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    record = service.add_file(path).record
    assert record is not None
    for quote, kind, label, note in (("flood barrier", Kind.HIGHLIGHT, None, "orphan-to-be"),
                                     ("Tomas Ek", Kind.ENTITY, "PERSON", ""),
                                     *([("flood barrier", Kind.ENTITY, "ORG", "")] if entity_too else [])):
        s, e = find_quote(service.document(record.id).text, quote)
        service.annotate(record.id, AnnotationInput(kind, s, e, label=label, note=note,
                                                    tags=("harbour",) if note else ()))
    path.write_text("UPDATE: corrected version.\n\n" + text.replace("flood barrier", "storm wall"), encoding="utf-8")
    result = service.add_file(path)
    assert result.record is not None and result.replaced == record.id
    new_id = result.record.id
    by_quote = {a.target.exact: a for a in service.annotations(new_id) if a.kind is not Kind.ENTITY or a.label != "ORG"}
    orphan, live = by_quote["flood barrier"], by_quote["Tomas Ek"]
    assert orphan.anchor is AnchorState.ORPHANED and live.anchor is not AnchorState.ORPHANED
    new_text = service.document(new_id).text
    assert new_text[orphan.target.start:orphan.target.end] != "flood barrier"  # the old offsets: other words
    return new_id, orphan, live


def make_pdf_orphan(service: ReaderService, folder: Path) -> tuple[str, Annotation, Annotation]:
    """The same on a PDF: the new version's id, the orphan ("flood barrier", with page areas from the old
    version) and a live entity ("Tomas Ek", with areas on the new pages)."""
    from tests.helpers import make_pdf

    path = folder / "minutes.pdf"
    lines = ["The harbour council approves the flood barrier plan.", "Tomas Ek opposed it in the debate."]
    record = service.add_file(make_pdf(path, [lines])).record
    assert record is not None
    for quote, kind, label in (("flood barrier", Kind.HIGHLIGHT, None), ("Tomas Ek", Kind.ENTITY, "PERSON")):
        s, e = find_quote(service.document(record.id).text, quote)
        note = "orphan-to-be" if label is None else ""
        service.annotate(record.id, AnnotationInput(kind, s, e, label=label, note=note))
    make_pdf(path, [["Correction: wording changed.", *(line.replace("flood barrier", "storm wall") for line in lines)]])
    result = service.add_file(path)
    assert result.record is not None and result.replaced == record.id
    by_quote = {a.target.exact: a for a in service.annotations(result.record.id)}
    orphan, live = by_quote["flood barrier"], by_quote["Tomas Ek"]
    assert orphan.anchor is AnchorState.ORPHANED and orphan.target.areas  # the old version's areas are kept
    assert live.target.areas
    return result.record.id, orphan, live
