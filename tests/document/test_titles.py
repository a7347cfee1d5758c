"""Titles (issue 15): metadata unless junk, else the first heading, else the first line — at most 100
characters, cut at a word. On real saved news pages and on files made here."""
from __future__ import annotations

from pathlib import Path

import pymupdf
from hypothesis import given, strategies as st

from reader.document import load_document
from reader.document.titles import MAX_TITLE, choose, first_line, is_junk, shorten, tidy
from tests.conftest import DATA

PAGES = DATA / "news-html"


def test_every_real_news_page_gets_a_short_title_cut_at_a_word() -> None:
    pages = sorted(PAGES.glob("*.html"))
    assert len(pages) >= 20
    for page in pages:
        title = load_document(page).meta.title
        assert 0 < len(title) <= MAX_TITLE, (page.name, title)
        assert title == tidy(title), page.name
    scmp = load_document(PAGES / "scmp.com.playbook.html").meta.title  # a 113-character headline
    assert scmp == "Taiwanese President Tsai Ing-wen’s political playbook should be essential reading for Hong Kong…"
    assert load_document(PAGES / "reuters.com.parasite.html").meta.title == (
        "'Parasite' scores historic upset at SAG awards, boosting Oscar chances")


def test_a_text_file_opening_with_a_paragraph_is_titled_by_its_first_sentence(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "\n\nThe harbour council approved the barrier on Tuesday. Mr. Ek, who leads the fishermen, said the "
        "vote ignored two years of objections and that the quay would be challenged in court before spring.\n"
        "Second paragraph.\n", encoding="utf-8")
    assert load_document(path).meta.title == "The harbour council approved the barrier on Tuesday."


def test_a_paragraph_in_any_script_is_titled_by_its_first_sentence() -> None:
    """A sentence ended where a Latin capital began the next one, so a paragraph in Cyrillic, Greek, Arabic, Hebrew or
    Hindi (no Latin capital; the last three have no capitals at all), or Chinese and Japanese (no space after "。"),
    was titled by its first 99 characters and "…", never by its first sentence."""
    cases = {
        "Министр энергетики заявила во вторник, что проект завершён. Она добавила, что компания заплатит сорок пять "
        "миллионов евро за строительство новой станции.": "Министр энергетики заявила во вторник, что проект завершён.",
        "Ο υπουργός δήλωσε ότι το έργο θα ολοκληρωθεί φέτος. Η εταιρεία θα πληρώσει σαράντα πέντε εκατομμύρια ευρώ "
        "για την κατασκευή.": "Ο υπουργός δήλωσε ότι το έργο θα ολοκληρωθεί φέτος.",
        "قال وزير الطاقة إن الشركة ستدفع خمسة وأربعين مليون يورو. وأضاف أن المشروع سيكتمل في العام المقبل بعد موافقة "
        "البرلمان على الميزانية الجديدة.": "قال وزير الطاقة إن الشركة ستدفع خمسة وأربعين مليون يورو.",
        "ऊर्जा मंत्री ने मंगलवार को कहा कि परियोजना अगले साल पूरी होगी। उन्होंने कहा कि कंपनी शहर में एक नया बिजली "
        "संयंत्र बनाने के लिए पैंतालीस मिलियन यूरो का भुगतान करेगी।": "ऊर्जा मंत्री ने मंगलवार को कहा कि परियोजना अगले साल पूरी होगी।",
        "能源部长王伟周二表示，该公司将在明年完成防洪屏障项目。北欧电网公司将支付四千五百万欧元用于建设新的防洪设施和海堤，预计工程将于"
        "二零二七年底全部完工。当地居民对此表示欢迎，但也有人担心施工期间的噪音问题。": "能源部长王伟周二表示，该公司将在明年完成防洪屏障项目。",
    }
    for paragraph, sentence in cases.items():
        assert len(paragraph) > MAX_TITLE
        assert choose(text=paragraph + "\nMore.\n") == sentence
    assert choose(text="The barrier was approved on Tuesday by the council. what followed was a long row over the "
                       "cost of the quay and who would pay for it in the end.") != "The barrier was approved on Tuesday "\
        "by the council."  # a lower-case Latin word after a full stop does not start a sentence


def test_a_paragraph_of_one_long_sentence_is_cut_after_a_word(tmp_path: Path) -> None:
    words = "French President Emmanuel Macron announced Thursday that 26 countries have pledged to take part " \
            "in a multinational force to be deployed if a ceasefire is reached, marking a first step."
    path = tmp_path / "wire.txt"
    path.write_text(words + "\nMore.\n", encoding="utf-8")
    title = load_document(path).meta.title
    assert len(title) <= MAX_TITLE and title.endswith("…")
    assert words.startswith(title[:-1]) and words[len(title) - 1] == " "  # a whole word, nothing cut in half


def test_a_headline_line_is_the_title_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("  Grid operator warns of shortfall  \n\nBody text of the article follows here.\n", encoding="utf-8")
    assert load_document(path).meta.title == "Grid operator warns of shortfall"


def test_a_title_holds_no_control_character(tmp_path: Path) -> None:
    """A first line's BEL and ESC went into the title, shown escaped in every listing (stop 54's tester)."""
    path = tmp_path / "wire.txt"
    path.write_bytes(b"Flood \x07barrier\x1b[31m approved\n\nThe council met on Tuesday.\n")
    assert load_document(path).meta.title == "Flood barrier[31m approved"
    assert choose(metadata=["\x00\x01"], text="\x1b\x07") == "Untitled"


def _pdf(path: Path, title_meta: str, heading: str, body: list[str]) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=420, height=595)
    page.insert_text((50, 40), "Quarterly bulletin 3/2025", fontsize=8)
    page.insert_text((50, 90), heading, fontsize=22)
    y = 130.0
    for line in body:
        page.insert_text((50, y), line, fontsize=10)
        y += 14
    doc.set_metadata({"title": title_meta})
    doc.save(path)
    doc.close()
    return path


def test_a_pdf_with_a_placeholder_title_is_titled_by_its_heading(tmp_path: Path) -> None:
    body = ["The ministry's figures show that the storage targets were met in October,",
            "but two regions remain below their winter reserve requirement."]
    for junk in ("Microsoft Word - bulletin_v3.docx", "Untitled", "", "bulletin"):
        path = _pdf(tmp_path / "bulletin.pdf", junk, "Gas storage ahead of winter", body)
        assert load_document(path).meta.title == "Gas storage ahead of winter", junk
    path = _pdf(tmp_path / "b2.pdf", "Gas storage: the October figures", "Gas storage ahead of winter", body)
    assert load_document(path).meta.title == "Gas storage: the October figures"


def test_choice_order_and_junk() -> None:
    assert choose(["Untitled"], ["Cover", "Chapter 1. Who is speaking?"], "x") == "Chapter 1. Who is speaking?"
    assert choose([], [], "\n---\n12\n# A heading in text\nbody", fallback="f") == "A heading in text"
    assert choose([], [], "", fallback="notes_2025") == "notes_2025"
    assert is_junk("report.pdf") and is_junk("123") and is_junk("draft", "draft") and not is_junk("Draft budget")
    assert shorten("Plumber jailed after boiler killed millionaire's daughter | The Telegraph and more words "
                   "that run on past the limit of a title") == "Plumber jailed after boiler killed millionaire's daughter"
    assert first_line("WASHINGTON —\nThe senator said") == "WASHINGTON —"


@given(st.text(min_size=0, max_size=400))
def test_shorten_never_exceeds_the_limit_and_keeps_the_start(text: str) -> None:
    short = shorten(text)
    assert len(short) <= MAX_TITLE
    whole = tidy(text)
    assert whole.startswith(short.removesuffix("…").split(" | ")[0].split(" — ")[0][:10])


def test_a_url_line_is_not_a_title() -> None:
    text = "https://www.reuters.com/world/europe/some-very-long-slug-2024-03-03/\n\nBody text of the article follows."
    assert first_line(text) == "Body text of the article follows."
    assert first_line("<https://example.org/x>\nHarbour barrier approved") == "Harbour barrier approved"


def test_a_text_file_under_its_link_takes_the_link_as_source(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reader.document import load_document
    path = tmp_path / "pasted.txt"
    path.write_text("https://www.reuters.com/world/europe/barrier-2024-03-03/\n\nThe harbour barrier held overnight.\n")
    meta = load_document(path).meta
    assert (meta.title, meta.source_url) == ("The harbour barrier held overnight.",
                                             "https://www.reuters.com/world/europe/barrier-2024-03-03/")
