"""Document properties (issue 15): title, authors, outlet, date, URL, language and source reliability —
stored, revisioned (they travel in bundles), one undo step each edit."""
from __future__ import annotations

from dataclasses import replace

from annotations import codec
from annotations.library import Library
from annotations.revisions import content_hash
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def test_language_and_reliability_are_stored_and_read_back(library: Library) -> None:
    record, _ = library.add_document(load_document(TXT), TXT)
    with library.store.transaction("set") as tx:
        tx.put(replace(record, language="pt-BR", reliability="B"))
    again = library.document(record.id, with_text=False)
    assert (again.language, again.reliability) == ("pt-BR", "B")
    assert library.store.documents()[0].language == "pt-BR"


def test_unset_new_fields_leave_a_documents_hash_as_older_versions_computed_it(library: Library) -> None:
    record, _ = library.add_document(load_document(TXT), TXT)
    record = replace(record, language="", reliability="")
    as_dict = codec.record_to_dict(record)
    older = {k: v for k, v in as_dict.items() if k not in ("language", "reliability")}
    assert content_hash(as_dict) == content_hash(older)
    assert content_hash(codec.record_to_dict(replace(record, language="en"))) != content_hash(as_dict)


from annotations.doc_properties import DocumentProperties, normal_date, normal_language, split_authors  # noqa: E402
from annotations.errors import ValidationError  # noqa: E402
import pytest  # noqa: E402


def _edit() -> DocumentProperties:
    return DocumentProperties(title="Harbour barrier approved", authors=("Ana Lopes", "Tomas Ek"),
                              publisher="Harbour Gazette", published="2025-9-4", source_url="www.gazette.example/quay",
                              language="EN-gb", reliability="b")


def test_editing_properties_is_one_undo_step_and_is_searchable(library: Library) -> None:
    record, _ = library.add_document(load_document(TXT), TXT)
    before = library.document(record.id, with_text=False)
    changes = library.set_document_properties(record.id, _edit())
    assert changes.documents == {record.id} and "Properties of “Harbour barrier approved”" == changes.label
    after = library.document(record.id, with_text=False)
    assert (after.title, after.authors, after.publisher, after.published, after.source_url, after.language,
            after.reliability) == ("Harbour barrier approved", ("Ana Lopes", "Tomas Ek"), "Harbour Gazette",
                                   "2025-09-04", "https://www.gazette.example/quay", "en-GB", "B")
    assert after.rev != before.rev and after.text == "" and library.document(record.id).text  # text untouched
    hits = library.search("gazette", scope="documents")
    assert [h.document_id for h in hits.hits] == [record.id]
    assert library.search("title:barrier", scope="documents").hits
    library.undo()
    again = library.document(record.id, with_text=False)
    assert (again.title, again.authors, again.language, again.reliability) == (
        before.title, before.authors, before.language, before.reliability)
    assert not library.search("gazette", scope="documents").hits
    library.redo()
    assert library.document(record.id, with_text=False).title == "Harbour barrier approved"


def test_an_edit_that_changes_nothing_stores_nothing(library: Library) -> None:
    record, _ = library.add_document(load_document(TXT), TXT)
    generation = library.store.generation
    assert not library.set_document_properties(record.id, DocumentProperties(title=f"  {record.title} "))
    assert library.store.generation == generation


@pytest.mark.parametrize("edit, message", [
    (DocumentProperties(title="  "), "needs a title"),
    (DocumentProperties(published="2025-02-30"), "not a date"),
    (DocumentProperties(published="last week"), "YYYY"),
    (DocumentProperties(language="english"), "language"),
    (DocumentProperties(reliability="G"), "A–F"),
    (DocumentProperties(source_url="javascript:alert(1)"), "http"),
    (DocumentProperties(title="x" * 301), "at most 300"),
])
def test_bad_properties_are_refused_with_a_message_and_nothing_is_stored(
        library: Library, edit: DocumentProperties, message: str) -> None:
    record, _ = library.add_document(load_document(TXT), TXT)
    generation = library.store.generation
    with pytest.raises(ValidationError, match=message):
        library.set_document_properties(record.id, edit)
    assert library.store.generation == generation
    assert library.document(record.id, with_text=False).title == record.title


def test_normalisers() -> None:
    assert normal_date("2025/09/04") == "2025-09-04" and normal_date("2025-09-04T10:00:00Z") == "2025-09-04"
    assert normal_date("2024") == "2024" and normal_date("") == ""
    assert normal_language("zh_hant_tw") == "zh-Hant-TW" and normal_language("pt-br") == "pt-BR"
    assert split_authors("Ana Lopes, Tomas Ek and Kim Berg") == ("Ana Lopes", "Tomas Ek", "Kim Berg")


def test_edited_properties_travel_in_a_bundle_to_a_teammate(library: Library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from annotations.bundle import read_bundle
    record, _ = library.add_document(load_document(TXT), TXT)
    other = Library.open(tmp_path / "teammate")
    try:
        other.add_document(load_document(TXT), TXT)
        library.set_document_properties(record.id, _edit())
        data = library.export_bundle([record.id], creator="ana")
        other.import_bundle(read_bundle(data) if isinstance(data, bytes) else data)
        theirs = other.document(record.id, with_text=False)
        assert (theirs.title, theirs.language, theirs.reliability, theirs.publisher) == (
            "Harbour barrier approved", "en-GB", "B", "Harbour Gazette")
    finally:
        other.close()


from hypothesis import given, strategies as st  # noqa: E402

from annotations.doc_properties import normal_url  # noqa: E402

_PARTS = st.tuples(st.integers(1000, 2999), st.integers(1, 12), st.integers(1, 28))


@given(_PARTS, st.sampled_from(["{y}-{m}-{d}", "{y}/{m:02d}/{d:02d}", "{y}-{m:02d}-{d:02d}T08:00:00Z", "{y}.{m}.{d}"]))
def test_a_date_in_any_accepted_form_normalises_once_and_for_good(parts: tuple[int, int, int], form: str) -> None:
    y, m, d = parts
    once = normal_date(form.format(y=y, m=m, d=d))
    assert once == f"{y:04d}-{m:02d}-{d:02d}" and normal_date(once) == once


@given(st.sampled_from(["en", "EN", "pt_br", "zh-hant-tw", "sr-Latn", "de-CH-1996", "es-419"]))
def test_language_codes_normalise_idempotently(code: str) -> None:
    once = normal_language(code)
    assert normal_language(once) == once and once.split("-")[0] == code.split("-")[0].split("_")[0].lower()


@given(st.text(max_size=40))
def test_nothing_but_a_web_address_passes_as_a_url(text: str) -> None:
    try:
        url = normal_url(text)
    except ValidationError:
        return
    assert url == "" or url.lower().startswith(("http://", "https://", "ftp://"))


def test_properties_edited_on_both_sides_merge_the_same_way_in_both_libraries(library: Library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from annotations.bundle import read_bundle

    record, _ = library.add_document(load_document(TXT), TXT)
    other = Library.open(tmp_path / "teammate")
    try:
        other.add_document(load_document(TXT), TXT)
        other.import_bundle(read_bundle(library.export_bundle([record.id], creator="ana")))  # a shared start
        library.set_document_properties(record.id, DocumentProperties(publisher="Harbour Gazette", reliability="C"))
        other.set_document_properties(record.id, DocumentProperties(title="Barrier approved", reliability="B"))
        ours = library.export_bundle([record.id], creator="ana")
        theirs = other.export_bundle([record.id], creator="tomas")
        library.import_bundle(read_bundle(theirs))  # both import the other's edit at once
        other.import_bundle(read_bundle(ours))
        a, b = library.document(record.id, with_text=False), other.document(record.id, with_text=False)
        assert (a.title, a.publisher, a.reliability) == ("Barrier approved", "Harbour Gazette", "B")  # B: the later
        assert (b.title, b.publisher, b.reliability) == (a.title, a.publisher, a.reliability) and a.rev == b.rev
        generation = library.store.generation
        library.import_bundle(read_bundle(other.export_bundle([record.id], creator="tomas")))
        assert library.store.generation == generation  # settled: nothing more to exchange
    finally:
        other.close()


def test_file_metadata_is_checked_like_an_edit(library: Library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: Barrier\ndate: 2024-13-45\nurl: ftp://x.y/report\n---\n\n# Barrier\n\nApproved.\n")
    record, _ = library.add_document(load_document(bad), bad)
    assert (record.published, record.source_url) == ("", "")  # not dates / not web addresses: dropped
    good = tmp_path / "good.md"
    good.write_text("---\ntitle: Barrier two\ndate: 2024/3/5\n---\n\n# Barrier two\n\nApproved again.\n")
    record, _ = library.add_document(load_document(good), good)
    assert record.published == "2024-03-05"


def test_the_url_rule_and_its_message_agree() -> None:
    from annotations.errors import ValidationError
    from annotations.doc_properties import normal_url
    import pytest
    with pytest.raises(ValidationError, match="http:// or https://"):
        normal_url("ftp://x.y")
    assert normal_url("www.example.org/a") == "https://www.example.org/a"


@pytest.mark.parametrize("url, said", [
    ("https://gazette.example/quay report", "space"),
    ("https://gazette.example/quay\nreport", "space"),
    ("https://intranet/report", "gazette.example"),
])
def test_a_web_address_refused_is_told_what_is_wrong_with_it(url: str, said: str) -> None:
    """A pasted address that does start with https:// was told "The URL must be a web address starting with http://
    or https://": the reader looked for what was wrong at its start (an outside tester on the window's core loop)."""
    from annotations.doc_properties import normal_url

    with pytest.raises(ValidationError, match=said) as refused:
        normal_url(url)
    assert "starting with" not in str(refused.value)
