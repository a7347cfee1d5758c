"""Build the bundled sample PDF and EPUB in resources/samples/ from the original texts below.

Run once when the texts change: `python scripts/make_samples.py`. Output is deterministic.
All texts are written for Dossier (fiction), free to ship.
"""
from __future__ import annotations

import html
import zipfile
from pathlib import Path

import pymupdf

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"

REPORT_TITLE = "Flood Resilience Review 2025"
REPORT_SECTIONS = [
    ("Summary", [
        "The Northern Water Authority commissioned this review in January 2025 after the storm surge of "
        "November 2023 flooded 1,140 properties in Port Alder and Kessling. The review was led by "
        "Dr. Amara Osei of the University of Kessling with engineers from Halvorsen & Partners.",
        "We find that the proposed Alder estuary barrier would reduce the annual probability of a damaging "
        "flood in Port Alder from 1 in 20 to 1 in 200, at a cost of €48 million. We recommend that it be "
        "built, and that the authority publish its fisheries study before construction begins.",
    ]),
    ("1. The 2023 surge", [
        "On 12 November 2023 a North Sea storm surge reached 2.9 metres above the mean high-water mark at "
        "Port Alder, the highest level recorded since 1953. Water overtopped the harbour wall for about "
        "four hours. Emergency services evacuated 860 residents; no one was killed.",
        "Insurers paid out €31 million in claims, according to the Nordic Insurance Federation. The "
        "authority's own estimate of uninsured losses is a further €9 million, mostly small businesses on "
        "Quay Street and Mill Lane.",
        "The surge exposed three weaknesses: the harbour wall is too low along 400 metres of the north "
        "quay; the pumping station at Mill Lane failed after 40 minutes because its control room flooded; "
        "and the warning reached residents of the lowest streets less than an hour before the peak.",
    ]),
    ("2. Options considered", [
        "We assessed four options: raising the harbour wall; a tidal barrier across the estuary mouth; "
        "a managed retreat from the 230 most exposed properties; and a combination of a lower wall with "
        "property-level protection.",
        "Raising the wall by 1.2 metres would cost €19 million but would leave the upstream villages of "
        "Brenna and Holt exposed. A managed retreat would cost between €60 million and €75 million over "
        "twenty years and was opposed by 78 percent of residents in the authority's 2024 survey.",
        "The tidal barrier protects the whole estuary. Halvorsen & Partners estimate a construction period "
        "of 26 months and annual running costs of €1.3 million, including two closures a month on average.",
        "Professor Anil Mehta argued in his evidence to the review that any barrier should be designed for "
        "a sea-level rise of at least 0.8 metres by 2100. We agree, and the design we recommend allows "
        "for it.",
    ]),
    ("3. Fisheries", [
        "The Alder Fishing Cooperative told the review that closures of the barrier during the herring "
        "season could cut its members' catch by a third. The cooperative's chairman, Tomas Ek, said the "
        "authority had never studied the effect of a barrier on fish migration.",
        "That is correct. The authority holds a 2019 desk study by the Marine Institute of Oslo, which was "
        "never published. It estimates a reduction in catch of 5 to 12 percent, far less than the "
        "cooperative fears, but it rests on data from a single season. We recommend a two-year monitoring "
        "programme, funded by the authority, starting before construction.",
    ]),
    ("4. Funding", [
        "The Northern Water Authority will pay 60 percent of the cost. The European Investment Bank has "
        "offered a loan of €20 million at a fixed rate over 25 years. The remainder would come from the "
        "Port Alder harbour council, which has not yet said how it will raise its share.",
        "Governor Piotr Zielinski has stated that the regional government will not cover any overspend. "
        "Large coastal projects in the region have overrun their budgets by 35 percent on average since "
        "2000, according to the Regional Audit Office, so the council should hold a contingency reserve.",
    ]),
    ("5. Recommendations", [
        "Build the Alder estuary barrier to the 0.8-metre design standard, with construction to begin no "
        "later than September 2025.",
        "Publish the 2019 fisheries study within one month and fund two years of monitoring.",
        "Move the Mill Lane pumping station controls above the 1-in-1000-year flood level by March 2026.",
        "Send flood warnings by text message to every registered phone in the flood zone at least six "
        "hours before a forecast peak.",
    ]),
]

BOOK_TITLE = "A Short Guide to Reading the News Critically"
BOOK_CHAPTERS = [
    ("Chapter 1. Who is speaking?", [
        "Every news story is built from statements. Some are the reporter's own observations; most are "
        "claims made by someone else. When a minister says that unemployment fell by 2 percent, the story "
        "reports a claim, not a fact.",
        "Ask first who is speaking, and on whose behalf. A spokeswoman for a ministry speaks for the "
        "ministry; an anonymous official speaks for nobody who can be held to account.",
        "Ask second how the reporter knows. \"According to a document seen by this newspaper\" is "
        "stronger than \"sources say\", and weaker than a document that is published in full.",
    ]),
    ("Chapter 2. Grading sources", [
        "Intelligence analysts have long graded information with the Admiralty code. A letter from A to F "
        "rates the source: A is completely reliable, E unreliable, and F means the reliability cannot be "
        "judged. A number from 1 to 6 rates the information itself: 1 is confirmed by other sources, "
        "5 is improbable, and 6 cannot be judged.",
        "A rumour passed on by a trusted colleague might be graded B4: a usually reliable source, "
        "doubtful information. A published statistic from a national office might be A1.",
        "The grade is not a verdict. It records what you knew when you read the claim, so that a "
        "colleague can see why you trusted it, and revise the grade when more is known.",
    ]),
]


def _report_html() -> str:
    parts = [f"<h1>{html.escape(REPORT_TITLE)}</h1>",
             "<p><i>Northern Water Authority · Independent review · June 2025</i></p>"]
    for heading, paragraphs in REPORT_SECTIONS:
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        parts += [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    return "\n".join(parts)


def make_pdf(path: Path) -> None:
    story = pymupdf.Story(html=_report_html(), user_css="body{font-family:serif;font-size:11pt}"
                          "h1{font-size:18pt} h2{font-size:13pt;margin-top:10pt} p{margin-bottom:6pt}")
    mediabox = pymupdf.paper_rect("a5")
    where = mediabox + (48, 56, -48, -56)
    buffer = pymupdf.open()
    writer = pymupdf.DocumentWriter(path.with_suffix(".tmp.pdf"))
    more = True
    while more:
        device = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    buffer.close()
    doc = pymupdf.open(path.with_suffix(".tmp.pdf"))
    toc = [[1, REPORT_TITLE, 1]]
    for heading, _ in REPORT_SECTIONS:
        for number, page in enumerate(doc, start=1):
            if heading in page.get_text():
                toc.append([2, heading, number])
                break
    doc.set_toc(toc)
    doc.set_metadata({"title": REPORT_TITLE, "author": "Amara Osei; Northern Water Authority",
                      "creationDate": "D:20250612090000Z", "modDate": "D:20250612090000Z",
                      "producer": "Dossier sample builder", "creator": "Dossier"})
    doc.save(path, garbage=3, deflate=True, no_new_id=True)
    doc.close()
    path.with_suffix(".tmp.pdf").unlink()


def _xhtml(title: str, body: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
            f"<head><title>{html.escape(title)}</title></head><body>{body}</body></html>")


def make_epub(path: Path) -> None:
    files: list[tuple[str, str]] = []
    items, spine, nav = [], [], []
    for n, (heading, paragraphs) in enumerate(BOOK_CHAPTERS, start=1):
        body = f"<h1>{html.escape(heading)}</h1>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        files.append((f"OEBPS/ch{n}.xhtml", _xhtml(heading, body)))
        items.append(f'<item id="ch{n}" href="ch{n}.xhtml" media-type="application/xhtml+xml"/>')
        spine.append(f'<itemref idref="ch{n}"/>')
        nav.append(f'<li><a href="ch{n}.xhtml">{html.escape(heading)}</a></li>')
    files.append(("OEBPS/nav.xhtml", _xhtml("Contents", '<nav epub:type="toc"><ol>' + "".join(nav) + "</ol></nav>")))
    opf = ('<?xml version="1.0" encoding="utf-8"?>\n'
           '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           '<dc:identifier id="uid">urn:uuid:0b7f6a52-dossier-sample-guide</dc:identifier>'
           f"<dc:title>{html.escape(BOOK_TITLE)}</dc:title><dc:creator>Ines Varga</dc:creator>"
           "<dc:language>en</dc:language><dc:date>2025-05-01</dc:date>"
           '<meta property="dcterms:modified">2025-05-01T00:00:00Z</meta></metadata>'
           '<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
           + "".join(items) + "</manifest><spine>" + "".join(spine) + "</spine></package>")
    files.append(("OEBPS/content.opf", opf))
    container = ('<?xml version="1.0"?><container version="1.0" '
                 'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                 '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
                 "</rootfiles></container>")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype", (2025, 1, 1, 0, 0, 0)), "application/epub+zip",
                    compress_type=zipfile.ZIP_STORED)
        for name, text in [("META-INF/container.xml", container), *files]:
            zf.writestr(zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), text, compress_type=zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    make_pdf(SAMPLES / "flood_review.pdf")
    make_epub(SAMPLES / "reading_guide.epub")
    print("wrote", SAMPLES / "flood_review.pdf", SAMPLES / "reading_guide.epub")
