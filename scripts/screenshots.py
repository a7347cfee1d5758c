"""Regenerate the README screenshots: a demo library annotated through the service layer, then
`main.py --screenshot` (light, text view) and (dark, PDF page view), and — driving the window in an
offscreen process — the Suggestions dock and the Entity index. Usage: python scripts/screenshots.py"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.anchoring import find_quote  # noqa: E402
from annotations.library import AnnotationInput  # noqa: E402
from annotations.model import ClaimStatus, Kind  # noqa: E402
from reader.services import ReaderService  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
ENTITIES = {
    "harbour_council.txt": [("Port Alder", "PLACE"), ("Marta Lindqvist", "PERSON"), ("Tomas Ek", "PERSON"),
                            ("Northern Water Authority", "ORG"), ("European Investment Bank", "ORG"),
                            ("€48 million", "QUANTITY"), ("14 March 2025", "DATE"), ("Claire Dubois", "PERSON"),
                            ("Anil Mehta", "PERSON"), ("Piotr Zielinski", "PERSON"), ("Oslo", "PLACE")],
    "flood_review.pdf": [("Northern Water Authority", "ORG"), ("Amara Osei", "PERSON"), ("€48 million", "QUANTITY"),
                         ("12 November 2023", "DATE"), ("Port Alder", "PLACE")],
}
CLAIMS = {
    "harbour_council.txt": [
        ("protect 3,200 homes from the kind of surge we saw in 2023", "Marta Lindqvist", ClaimStatus.UNVERIFIED, "B", 3),
        ("Nobody has shown us a single study of what happens to the fish", "Tomas Ek", ClaimStatus.DISPUTED, "C", 2),
        ("buys the town thirty years, not a hundred", "Anil Mehta", ClaimStatus.SUPPORTED, "B", 2)],
    "flood_review.pdf": [("reduce the annual probability of a damaging flood in Port Alder from 1 in 20 to 1 in 200",
                          "Northern Water Authority", ClaimStatus.UNVERIFIED, "B", 3)],
}


def build(library: Path) -> None:
    service = ReaderService.open(library, annotator="Ines Varga", isolated=False)
    for name in ENTITIES:
        record = service.add_file(SAMPLES / name).record
        assert record is not None
        text = service.document(record.id).text
        for quote, label in ENTITIES[name]:
            s, e = find_quote(text, quote)
            service.annotate(record.id, AnnotationInput(Kind.ENTITY, s, e, label=label))
        for quote, speaker, status, rel, cred in CLAIMS[name]:
            s, e = find_quote(text, quote)
            service.annotate(record.id, AnnotationInput(Kind.CLAIM, s, e, speaker_name=speaker, status=status,
                                                         reliability=rel, credibility=cred, tags=("flood-barrier",)))
    service.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "library"
        build(library)
        env = dict(os.environ, DOSSIER_LIBRARY=str(library), DOSSIER_IN_PROCESS="1")
        for theme, sample, out in (("light", "harbour_council.txt", "screenshot-light.png"),
                                   ("dark", "flood_review.pdf", "screenshot-dark.png")):
            subprocess.run([sys.executable, "main.py", "--screenshot", str(ROOT / "docs" / out), "--theme", theme,
                            str(SAMPLES / sample)], cwd=ROOT, env=env, check=True, stderr=subprocess.DEVNULL)
            print("wrote", ROOT / "docs" / out)
        env["QT_QPA_PLATFORM"] = "offscreen"
        subprocess.run([sys.executable, __file__, "--in-app", str(library)], cwd=ROOT, env=env, check=True)


def in_app(library: Path) -> None:
    """Suggestions on an article nobody annotated yet, and the entity index of the whole library."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from reader.ui.mainwindow import MainWindow
    from reader.ui.ops import SyncRunner

    service = ReaderService.open(library, annotator="Ines Varga", isolated=False)
    window = MainWindow(service, runner=SyncRunner(service))  # a script: suggestions shown at once
    window.resize(1400, 880)
    window.show()
    record = service.add_file(SAMPLES / "grid_shortfall.html").record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    window.suggesting.show()
    window.suggesting.accept("one")
    window.suggesting.reject("one")
    window.suggestions_panel.set_current(4)
    app.processEvents()
    window.grab().save(str(ROOT / "docs" / "screenshot-suggestions.png"))
    print("wrote", ROOT / "docs" / "screenshot-suggestions.png")
    window.suggesting.accept("all")
    index = window.entity_index.show()
    index.resize(1250, 640)
    people = [s for s in service.entity_summaries() if s.entity.name == "Port Alder"]
    index.choose((people or service.entity_summaries())[0].entity.id)
    index.tabs.setCurrentIndex(3)
    app.processEvents()
    index.grab().save(str(ROOT / "docs" / "screenshot-entity-index.png"))
    print("wrote", ROOT / "docs" / "screenshot-entity-index.png")
    workshop(app, window, service, library.parent)
    window.close()
    service.close()


TRAINEES = {  # what two trainees marked in harbour_council.txt: some right, some missed, some wrong
    "Noor": ([("Port Alder", "PLACE"), ("Marta Lindqvist", "PERSON"), ("Tomas Ek", "PERSON"),
              ("Northern Water Authority", "ORG"), ("European Investment Bank", "ORG"), ("Oslo", "ORG"),
              ("Kessling", "PLACE")],
             [("protect 3,200 homes from the kind of surge we saw in 2023", "Marta Lindqvist", ClaimStatus.UNVERIFIED),
              ("Nobody has shown us a single study of what happens to the fish", "Tomas Ek", ClaimStatus.SUPPORTED)]),
    "Sam": ([("Port Alder", "PLACE"), ("Lindqvist", "PERSON"), ("Anil Mehta", "PERSON"), ("€48 million", "QUANTITY"),
             ("Piotr Zielinski", "PERSON"), ("Oslo", "PLACE")],
            [("buys the town thirty years, not a hundred", "Anil Mehta", ClaimStatus.SUPPORTED),
             ("Nobody has shown us a single study of what happens to the fish", "Tomas Ek", ClaimStatus.DISPUTED)]),
}


def workshop(app: object, window: object, service: ReaderService, tmp: Path) -> None:
    """Presentation mode on the annotated article, then two trainees compared with the trainer's key."""
    from annotations.workshop.deck import DeckFilter

    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    window.open_document(record.id)  # type: ignore[attr-defined]
    show = window.workshop.start_presentation(DeckFilter("all"))  # type: ignore[attr-defined]
    show.showNormal()
    show.resize(1280, 720)
    for _ in range(12):
        show.deck.step(1)
    show.render_deck()
    app.processEvents()  # type: ignore[attr-defined]
    show.grab().save(str(ROOT / "docs" / "screenshot-presentation.png"))
    print("wrote", ROOT / "docs" / "screenshot-presentation.png")
    show.close()
    key = tmp / "key.dossier"
    key.write_bytes(service.export("dossier", [record.id], answer_key=True))
    bundles = []
    for name, (entities, claims) in TRAINEES.items():
        trainee = ReaderService.open(tmp / name, annotator=name, isolated=False)
        doc = trainee.add_file(SAMPLES / "harbour_council.txt").record
        assert doc is not None
        for quote, label in entities:
            s, e = find_quote(doc.text, quote)
            trainee.annotate(doc.id, AnnotationInput(Kind.ENTITY, s, e, label=label))
        for quote, speaker, status in claims:
            s, e = find_quote(doc.text, quote)
            trainee.annotate(doc.id, AnnotationInput(Kind.CLAIM, s, e, speaker_name=speaker, status=status))
        bundles.append(tmp / f"{name}.dossier")
        bundles[-1].write_bytes(trainee.export("dossier", [doc.id]))
        trainee.close()
    compare = window.workshop.show_comparison(key, bundles)  # type: ignore[attr-defined]
    compare.resize(1300, 860)
    compare.filters["both"].setChecked(False)
    compare.diff_table.selectRow(1)
    compare.view.select_annotation(compare.diff_model.rows()[1].id)
    app.processEvents()  # type: ignore[attr-defined]
    compare.grab().save(str(ROOT / "docs" / "screenshot-exercise.png"))
    print("wrote", ROOT / "docs" / "screenshot-exercise.png")
    report_screenshot(service, compare.report, tmp)


def report_screenshot(service: ReaderService, report: object, tmp: Path) -> None:
    """The HTML exercise report as a browser draws it (headless Chromium, when installed), cut after the
    first trainee's rows."""
    import shutil

    import pymupdf

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("skipped docs/screenshot-exercise-report.png: no chromium to draw the HTML report")
        return
    page, shot = tmp / "report.html", tmp / "report.png"
    page.write_bytes(service.exercise_report(report, "html"))  # type: ignore[arg-type]
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--hide-scrollbars", "--window-size=1100,1500", f"--screenshot={shot}", page.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    full = pymupdf.Pixmap(str(shot))
    cut = pymupdf.Pixmap(full.colorspace, pymupdf.IRect(0, 0, full.width, min(full.height, 1455)), full.alpha)
    cut.copy(full, cut.irect)
    cut.save(str(ROOT / "docs" / "screenshot-exercise-report.png"))
    print("wrote", ROOT / "docs" / "screenshot-exercise-report.png")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--in-app"]:
        in_app(Path(sys.argv[2]))
    else:
        main()
