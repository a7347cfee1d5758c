"""Control characters in a note, a tag or a speaker's name (typed, pasted or imported) reach the formats people
read as visible signs, never as they are: an ESC sequence in a CSV or a brief recoloured or cleared the terminal
that showed it, and a carriage return in a tag started a Markdown list (control characters: an outside tester, stop 54).
Also here: a right-to-left name in a brief's list is isolated from its neighbours (stop 55)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pymupdf
import pytest
from markdown_it import MarkdownIt

from annotations.anchoring import find_quote
from annotations.export.controls import visible_controls
from annotations.library import AnnotationInput
from annotations.model import ClaimStatus, Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES

NOTE = "a\x00b\x1b[31mred\x07c\r- item\x7fd\x9be"
RAW = {chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))}


@pytest.fixture
def noted(service: ReaderService) -> ReaderService:
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    s, e = find_quote(service.document(record.id).text, "Tomas Ek")
    claim, _ = service.annotate(record.id, AnnotationInput(Kind.CLAIM, s, e, speaker_name="Ek\x1b[2J",
                                                           status=ClaimStatus.DISPUTED, tags=("t\x1bx", "a\r- listed"),
                                                           note=NOTE))
    assert claim.claim is not None and claim.claim.speaker_id is not None
    speaker = service.entity(claim.claim.speaker_id)
    assert speaker is not None and speaker.name == "Ek[2J"  # a typed name is stored without its controls (stop 58)
    with service.library.store.transaction("as an older Dossier or a teammate's bundle stored it") as tx:
        tx.put(replace(speaker, name="Ek\x1b[2J"))  # what the exports must still show, not pass on raw
    return service


def test_visible_controls_keeps_text_and_shows_every_control() -> None:
    assert visible_controls("tab\tline\nreturn\r plain é ✓") == "tab\tline\nreturn\r plain é ✓"
    assert visible_controls("\x00\x1b\x7f\x85") == "␀␛␡⟨U+0085⟩"
    assert not RAW & set(visible_controls("".join(sorted(RAW))))


@pytest.mark.parametrize("fmt", ["csv", "md", "html"])
def test_read_formats_hold_no_raw_control_and_show_each_one(noted: ReaderService, fmt: str) -> None:
    text = noted.export(fmt).decode("utf-8-sig")
    assert not RAW & set(text)
    assert "␛[31mred" in text.replace("\\[", "[") and "␀" in text and "␇" in text and "␡" in text and "⟨U+009B⟩" in text
    assert "Ek␛[2J" in text.replace("\\[", "[") and "t␛x" in text


def test_a_carriage_return_in_a_tag_or_note_starts_no_markdown_list(noted: ReaderService) -> None:
    """CommonMark ends a line at a lone carriage return: "a\\r- listed" in a tag made a list item of "listed"."""
    rendered = MarkdownIt("commonmark").render(noted.export("md").decode("utf-8"))
    assert "- item" in rendered and "- listed" in rendered
    assert "<li>item" not in rendered and "<li>listed" not in rendered


def test_the_briefing_pack_shows_the_signs(noted: ReaderService) -> None:
    with pymupdf.open(stream=noted.export("pack"), filetype="pdf") as pdf:
        text = "".join(page.get_text() for page in pdf)
    assert "␛[31mred" in text and not RAW & set(text)


def test_a_right_to_left_name_in_the_brief_is_isolated_from_its_count(service: ReaderService, tmp_path: Path) -> None:
    """In the Entities line, an Arabic name's "(1)" sat beside another name once rendered (the bidi algorithm
    runs the count into the right-to-left name; an outside tester, stop 55): each such name is isolated."""
    article = tmp_path / "tunis.txt"
    article.write_text("Tunis report\n\nThe minister يوسف الخطيب met Ada Moe and Ada Moe again.\n", encoding="utf-8")
    record = service.add_file(article).record
    assert record is not None
    text = service.document(record.id).text
    for quote, at in (("يوسف الخطيب", 0), ("Ada Moe", 0), ("Ada Moe", text.index("again") - 8)):
        start = text.index(quote, at)
        service.annotate(record.id, AnnotationInput(Kind.ENTITY, start, start + len(quote), label="PERSON"))
    brief = service.export("md").decode("utf-8")
    line = next(row for row in brief.splitlines() if row.startswith("- **PERSON:**"))
    assert line == "- **PERSON:** Ada Moe (2), \u2068يوسف الخطيب\u2069 (1)"


@pytest.mark.parametrize("fmt", ["csv", "md", "html"])
def test_a_bidi_override_in_a_note_is_shown_not_obeyed(service: ReaderService, fmt: str) -> None:
    """A right-to-left override in a teammate's note reversed the words after it where the CSV or the brief was read,
    unseen (an outside tester, stop 58): it is shown as ⟨U+202E⟩, as other controls are."""
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    s, e = find_quote(service.document(record.id).text, "Tomas Ek")
    service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, s, e, note="paid \u202e00.01 kroner"))
    text = service.export(fmt).decode("utf-8-sig")
    assert "\u202e" not in text and "⟨U+202E⟩00.01" in text.replace("&lt;", "<")


def test_the_briefs_front_matter_escapes_controls_so_it_stays_yaml(service: ReaderService) -> None:
    """A tag holding DEL or a C1 control (pasted from a mis-decoded page) went into the brief's YAML front matter as
    it was: YAML allows neither raw, so PyYAML ("special characters are not allowed") and a vault's properties
    reader refused the whole front matter (an outside tester, exports). They are written as \\uXXXX escapes, which
    YAML and JSON read back to the very tag; a bidi override there is escaped too, as it is shown in the body."""
    import json

    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    s, e = find_quote(service.document(record.id).text, "Tomas Ek")
    tags = ("del\x7fhere", "c1\x9cx", "rlo\u202eok")
    service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, s, e, tags=tags))
    brief = service.export("md", [record.id]).decode("utf-8")
    front = brief.split("---\n")[1]
    assert not (RAW | {"\u202e"}) & set(front)
    line = next(row for row in front.splitlines() if row.startswith("tags: "))
    assert json.loads(line.removeprefix("tags: ")) == sorted(tags)


def test_brat_notes_hold_no_raw_control_or_bidi_override(noted: ReaderService) -> None:
    """brat's `AnnotatorNotes` wrote a note's controls and a right-to-left override (U+202E) raw, which the other
    exports show as signs: brat's viewer and a terminal then showed the words after it reversed (an outside tester,
    stop 62). The document's text in the zip stays exact (brat's offsets are into it)."""
    import io
    import zipfile

    note = noted.library.store.annotations()[0]
    noted.edit_annotation(note.id, note="checked \u202eevil\u202c by Ana")
    with zipfile.ZipFile(io.BytesIO(noted.export("brat", claims=True))) as zf:
        ann = next(zf.read(n).decode("utf-8") for n in zf.namelist() if n.endswith(".ann"))
        text = next(zf.read(n).decode("utf-8") for n in zf.namelist() if n.endswith(".txt"))
    notes = [line for line in ann.splitlines() if "AnnotatorNotes" in line]
    assert notes and not (RAW | {"\u202e", "\u202c"}) & set("".join(notes))
    assert "⟨U+202E⟩evil⟨U+202C⟩" in notes[0]
    assert text == noted.document(note.document_id).text
