"""HTML handout and Markdown brief as a reader gets them: nested marks, printed notes with their own
colour and safe Markdown, a filled metadata line; a brief whose every user or document string stays text
when a CommonMark renderer reads it (no image, no link, no HTML), with front matter and links back."""
from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from annotations.anchoring import find_quote
from annotations.export.markdown import inert
from annotations.library import AnnotationInput
from annotations.model import ClaimStatus, Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES

HOSTILE = ("![](http://evil.example/a.png) [x](javascript:alert(1)) <http://evil.example/b> "
           "<img src=http://evil.example/c.gif> www.evil.example http://evil.example/d mail@evil.example "
           "&lt;b&gt; `code` *em* <!-- c --> [ref]: http://evil.example/e %%hidden%%")
HOSTILE_LINES = "# heading\n- item\n1. one\n=====\n> quote\n    indented\n[ref]: http://evil.example/f\n[ref]"


@pytest.fixture
def article(service: ReaderService, tmp_path: Path) -> tuple[ReaderService, str]:
    source = tmp_path / "hostile.txt"
    source.write_text(f"Title {HOSTILE}\n\nTomas Ek said that the fish are gone from the bay, {HOSTILE}.\n\n"
                      f"Second paragraph with Tomas Ek again.\n", encoding="utf-8")
    record = service.add_file(source).record
    assert record is not None
    text = service.document(record.id).text
    claim = find_quote(text, "Tomas Ek said that the fish are gone from the bay")
    service.annotate(record.id, AnnotationInput(Kind.CLAIM, *claim, speaker_name=HOSTILE[:40],
                                                status=ClaimStatus.DISPUTED, reliability="B", credibility=3,
                                                tags=(HOSTILE[:30], "fisheries"), note="Ask the **cooperative**. "
                                                + HOSTILE + "\n" + HOSTILE_LINES))
    service.annotate(record.id, AnnotationInput(Kind.ENTITY, *find_quote(text, "fish"), label="MISC",
                                                entity_name=HOSTILE))
    service.annotate(record.id, AnnotationInput(Kind.ENTITY, *find_quote(text, "Tomas Ek", 2), label="PERSON"))
    span = find_quote(text, "Second paragraph")
    service.annotate(record.id, AnnotationInput(Kind.NOTE, *span, note="*standalone* note " + HOSTILE))
    hostile = find_quote(text, HOSTILE, 2)
    service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, *hostile, note=HOSTILE))
    return service, record.id


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_handout_nests_marks_prints_notes_and_fills_metadata(article: tuple[ReaderService, str]) -> None:
    service, doc_id = article
    page = service.export("html", [doc_id]).decode("utf-8")
    parser = _Tags()
    parser.feed(page)
    assert not [t for t, _ in parser.tags if t in ("img", "script", "iframe", "object", "embed", "link", "base")]
    hrefs = [a["href"] for t, a in parser.tags if t == "a"]
    assert hrefs and all(h and (h.startswith("#") or h.startswith("http://evil.example/")) for h in hrefs)
    assert not any("javascript" in (h or "") for h in hrefs)
    fish = next(a for a in service.annotations(doc_id) if a.kind is Kind.ENTITY and a.label == "MISC")
    nested = [a for t, a in parser.tags if t == "span" and fish.id in (a.get("data-annotations") or "")]
    assert nested and "claim" in (nested[0]["class"] or "") and "entity" in (nested[0]["class"] or "")
    notes = page[page.index("<h2>Notes</h2>"):page.index("<h2>Entities</h2>")]
    assert notes.count("<li value=") == 3  # the claim's, the standalone note's, the highlight's
    assert "<strong>cooperative</strong>" in notes and "<em>standalone</em>" in notes
    assert "&lt;img src=http://evil.example/c.gif&gt;" in notes
    assert f"--note:{service.codebook().note_color}" in page.replace(" ", "") and ".note{border-bottom:2px dotted var(--note)}" in page
    meta = re.search(r"<p class='meta'>(.*?)</p>", page)
    assert meta and "hostile.txt" in meta.group(1) and "1 claim, 1 highlight, 3 annotations with a note" in meta.group(1)


class _Rendered(HTMLParser):
    """Tags of rendered Markdown, and the text inside each emphasis, code or heading element."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.inside: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.open.append(tag)
        self.inside.setdefault(tag, []).append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            self.open.remove(tag)

    def handle_data(self, data: str) -> None:
        for tag in self.open:
            self.inside[tag][-1] += data


OURS = {"strong": {"Site:", "Author:", "Date:", "Source:", "SHA-256:", "Note:", "MISC:", "PERSON:", "Language:",
                   "Source reliability:"},
        "code": None, "em": None}
ALLOWED = {"p", "h1", "h2", "h3", "ul", "li", "strong", "em", "code", "table", "thead", "tbody", "tr", "th", "td",
           "blockquote", "a", "hr", "br"}  # (br: the hard break ending a note's line)


def test_markdown_brief_renders_every_hostile_string_as_text(article: tuple[ReaderService, str]) -> None:
    service, doc_id = article
    text = service.export("md", [doc_id]).decode("utf-8")
    for source in (text, text.split("\n---\n", 1)[1]):  # as is (front matter shown), and as a vault strips it
        rendered = MarkdownIt("commonmark").render(source)  # raw HTML on, as Obsidian renders it
        parser = _Rendered()
        parser.feed(rendered)
        assert {t for t, _ in parser.tags} <= ALLOWED
        links = [a.get("href") or "" for t, a in parser.tags if t == "a"]
        assert links and all(h.startswith(f"dossier://open?doc={doc_id}&annotation=") for h in links)
        assert set(parser.inside["strong"]) <= OURS["strong"]
        assert parser.inside["code"] == [doc_id]
        assert all(e.startswith(("claim ·", "entity ·", "note ·", "highlight ·")) for e in parser.inside["em"])
        assert not [v for _, attrs in parser.tags for v in attrs.values()
                    if v and re.match(r"\s*(https?:|//|javascript:|mailto:|www\.)", v)]
        assert "evil.example" in html.unescape(rendered)  # still there, as text
    assert len(re.findall(r"<h[1-6]", MarkdownIt("commonmark").render(text.split("\n---\n", 1)[1]))) == 5


def test_markdown_brief_has_front_matter_anchors_links_and_optional_wikilinks(
        article: tuple[ReaderService, str]) -> None:
    service, doc_id = article
    text = service.export("md", [doc_id]).decode("utf-8")
    head, _, body = text.partition("\n---\n")
    assert head.startswith("---\n")
    front = {k: json.loads(v) for k, v in (line.split(": ", 1) for line in head.splitlines()[1:])}
    assert front["sha256"] == doc_id and front["title"].startswith("Title ![](")
    assert "fisheries" in front["tags"] and HOSTILE in front["entities"]
    for a in service.annotations(doc_id):
        assert f"\n^d-{a.id}\n" in body and f"(dossier://open?doc={doc_id}&annotation={a.id})" in body
    wiki = service.export("md", [doc_id], wikilinks=True).decode("utf-8")
    assert "[[Tomas Ek]] (1)" in wiki and "[[!  (http://evil.example/a.png) " not in wiki
    assert re.search(r"\[\[[^\]\[#^|]+\]\]", wiki)
    for name in re.findall(r"\[\[(.*?)\]\]", wiki):
        assert not set(name) & set("[]#^|") and "%%" not in name


@pytest.mark.parametrize("text", [HOSTILE, HOSTILE_LINES, "a\\b", "x_y_z *a* __b__", "<div>\n\n</div>", "1) x",
                                  "up 40%% then %%hidden in Obsidian%%"])
def test_inert_text_renders_as_itself(text: str) -> None:
    for line in text.split("\n"):
        assert "%%" not in inert(line)  # (Obsidian's comment marker: it hid the rest of a brief)
        rendered = MarkdownIt("commonmark").render(inert(line)).strip()
        if line.strip():
            assert rendered.startswith("<p>") and rendered.endswith("</p>"), (line, rendered)
            assert html.unescape(rendered[3:-4]) == line.strip(), (line, rendered)


def test_handout_of_an_arabic_article_sets_language_and_direction(service: ReaderService, tmp_path: Path) -> None:
    source = tmp_path / "ar.txt"
    source.write_text("وقالت وزيرة الطاقة صوفيا راوتيو إن شركة Nordgrid ستبني 3 محطات.\n\nفقرة ثانية.\n",
                      encoding="utf-8")
    record = service.add_file(source).record
    assert record is not None
    text = service.document(record.id).text
    service.annotate(record.id, AnnotationInput(Kind.CLAIM, *find_quote(text, "شركة Nordgrid ستبني 3 محطات"),
                                                speaker_name="صوفيا راوتيو", note="تحقق من **الرقم**"))
    page = service.export("html", [record.id]).decode("utf-8")
    parser = _Tags()
    parser.feed(page)
    html_tag = next(a for t, a in parser.tags if t == "html")
    assert html_tag["lang"] == "ar"
    body = page[page.index("<div class='text'>"):page.index("</div>")]
    assert body.count("<p dir='auto'>") == 2 and body.count("<p") == 2
    assert all(a.get("lang") == "en" for t, a in parser.tags if t in ("h2", "table"))  # our labels stay English
    assert "“<bdi>شركة Nordgrid ستبني 3 محطات</bdi>”" in page  # the quote cannot reorder the English around it
    assert "<div dir='auto'><p>تحقق من <strong>الرقم</strong></p></div>" in page
    assert "<td dir='auto'>صوفيا راوتيو</td>" in page


def test_a_claim_from_an_unnamed_source_names_it_in_the_claims_tables(service: ReaderService, tmp_path: Path) -> None:
    """(An outside tester, stop 36: the Speaker column was empty; the source's words were only in the note.)"""
    source = tmp_path / "bay.txt"
    source.write_text("Bay closed\n\nFisheries officials said the bay would stay closed until spring.\n", encoding="utf-8")
    record = service.add_file(source).record
    assert record is not None
    [claim] = [s for s in service.suggest(record.id, "claim")]
    assert (claim.speaker, claim.speaker_kind) == ("fisheries officials", "unnamed")  # (its sentence capital
    service.accept_suggestions(record.id, [claim])  # lowered, as after a full stop: the paragraph follows a headline)
    brief = service.export("md", [record.id]).decode("utf-8")
    row = next(line for line in brief.splitlines() if line.startswith("| “Fisheries officials said"))
    assert row.split(" | ")[1] == "*unnamed:* fisheries officials"
    handout = service.export("html", [record.id]).decode("utf-8")
    assert "<td dir='auto'><i>unnamed:</i> fisheries officials</td>" in handout


def test_a_tag_holding_a_comma_stays_one_tag_in_every_human_export(service: ReaderService, tmp_path: Path) -> None:
    """The brief, the handout, the pack and STIX listed tags joined by ", ": a tag "deaths, projections" read as two
    (an outside tester, stop 52). They write it in double quotes, as the Inspector and the cards do."""
    import fitz

    source = tmp_path / "tags.txt"
    source.write_text("Tomas Ek said that the fish are gone from the bay.\n", encoding="utf-8")
    record = service.add_file(source).record
    assert record is not None
    span = find_quote(service.document(record.id).text, "Tomas Ek said that the fish are gone from the bay")
    service.annotate(record.id, AnnotationInput(Kind.CLAIM, *span, tags=("covid", "deaths, projections", "fauci")))
    line = 'covid, "deaths, projections", fauci'
    assert line in service.export("md", [record.id]).decode("utf-8")
    assert html.escape(line) in service.export("html", [record.id]).decode("utf-8")
    assert line in json.dumps(json.loads(service.export("stix", [record.id])), ensure_ascii=False).replace('\\"', '"')
    with fitz.open(stream=service.export("pack", [record.id]), filetype="pdf") as pack:
        assert line in " ".join(" ".join(page.get_text().split()) for page in pack)


def test_a_claims_type_is_in_the_brief_and_the_handout(service: ReaderService, tmp_path: Path) -> None:
    """The pack's claims say "Ilse Brandt · statistic · unverified"; the brief and the handout listed speaker, status,
    grade and tags but never the claim's type (statistic, prediction, denial…), so the analyst's classification was
    missing from both (an outside tester, exports). Both show it beside the speaker."""
    source = tmp_path / "ferry.txt"
    source.write_text("Ilse Brandt said ferry fares rose 40 percent last year.\n", encoding="utf-8")
    record = service.add_file(source).record
    assert record is not None
    span = find_quote(service.document(record.id).text, "ferry fares rose 40 percent last year")
    service.annotate(record.id, AnnotationInput(Kind.CLAIM, *span, speaker_name="Ilse Brandt", claim_type="statistic"))
    brief = service.export("md", [record.id]).decode("utf-8")
    assert "| Claim | Speaker | Type | Status | Grade | Tags | |" in brief
    assert "| “ferry fares rose 40 percent last year” | Ilse Brandt | statistic | unverified |" in brief
    assert "*claim · statistic · speaker Ilse Brandt · unverified · by tester*" in brief
    handout = service.export("html", [record.id]).decode("utf-8")
    assert "<th>Speaker</th><th>Type</th><th>Status</th>" in handout
    assert "<td>statistic</td><td>unverified</td>" in handout


def test_a_notes_lines_stay_lines_in_the_brief(service: ReaderService, tmp_path: Path) -> None:
    """Each line of a note was a line of the brief's block quote with nothing to end it, so CommonMark (GitHub, the
    test renderer) ran them into one: "Callers: Anna 555-1234 Per 555-9876" (an outside tester, exports). A line
    followed by another now ends with a hard break (two spaces); a blank line still parts paragraphs."""
    source = tmp_path / "ferry.txt"
    source.write_text("Ilse Brandt said ferry fares rose 40 percent last year.\n", encoding="utf-8")
    record = service.add_file(source).record
    assert record is not None
    span = find_quote(service.document(record.id).text, "ferry fares")
    service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, *span,
                                                note="Callers:\nAnna 555-1234\nPer 555-9876\n\nCall back Monday."))
    rendered = MarkdownIt("commonmark").render(service.export("md", [record.id]).decode("utf-8"))
    assert "Callers:<br />\nAnna 555-1234<br />\nPer 555-9876</p>\n<p>Call back Monday.</p>" in rendered, rendered


def test_the_tags_of_a_noted_mark_are_in_the_handout_and_the_pack(service: ReaderService, tmp_path: Path) -> None:
    """Only a claim's tags were printed (in the claims tables): a highlight, entity or note mark with a note listed
    its quote and note in the Notes of the handout and the pack, but its tags nowhere on the page (an outside tester,
    exports). Its endnote says them, as the brief does, and the handout's marks name them on hover."""
    import fitz

    source = tmp_path / "ferry.txt"
    source.write_text("Ilse Brandt said ferry fares rose 40 percent last year.\n", encoding="utf-8")
    record = service.add_file(source).record
    assert record is not None
    span = find_quote(service.document(record.id).text, "ferry fares")
    service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, *span, note="Check the tariff.",
                                                tags=("follow-up", "fares, 2024")))
    line = 'tags: follow-up, "fares, 2024"'
    handout = html.unescape(service.export("html", [record.id]).decode("utf-8"))
    assert handout.count(line) == 2  # the endnote and the mark's hover title
    with fitz.open(stream=service.export("pack", [record.id]), filetype="pdf") as pack:
        assert line in " ".join(" ".join(page.get_text().split()) for page in pack)
