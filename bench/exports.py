"""Exports and bundle import at 10,000 annotations (10 articles x 1,000: entities, claims with speakers
and statuses, highlights, notes): the time to export them to each format, to import the bundle into an
empty library, and to merge it again after both sides changed (1,000 edited and 500 deleted there,
500 added; 300 edited here, 100 of them the same ones: conflicts).
Usage: python bench/exports.py   (nothing here runs in `make test`)."""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DOSSIER_IN_PROCESS", "1")

FORMATS = ("md", "jsonld", "csv", "html", "pdf", "pack", "dossier")


def build(service: object, tmp: Path) -> list[str]:
    from annotations.library import AnnotationInput
    from annotations.model import ClaimStatus, Kind

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "gold").glob("*.txt"))]
    doc_ids = []
    for n in range(10):
        path = tmp / f"article-{n}.txt"
        body = "\n\n".join(texts)
        path.write_text(f"Article {n}\n\n" + body * 3, encoding="utf-8")
        record = service.add_file(path).record  # type: ignore[attr-defined]
        text = record.text
        step = len(text) // 1000
        specs = []
        for i in range(1000):
            start = text.find(" ", i * step) + 1
            end = text.find(" ", start)
            kind = (Kind.ENTITY, Kind.CLAIM, Kind.HIGHLIGHT, Kind.NOTE)[i % 4]
            specs.append(AnnotationInput(
                kind, start, end, label="PERSON" if kind is Kind.ENTITY else None,
                entity_name=f"Person {i % 50}" if kind is Kind.ENTITY else None,
                speaker_name=f"Person {i % 50}" if kind is Kind.CLAIM else None,
                status=ClaimStatus.DISPUTED if kind is Kind.CLAIM else None,
                note=f"note {i}" if kind is Kind.NOTE else "", tags=("bench",)))
        service.annotate_many(record.id, specs)  # type: ignore[attr-defined]
        doc_ids.append(record.id)
    return doc_ids


def main() -> None:
    from annotations.bundle import read_bundle
    from reader.services import ReaderService

    report: dict[str, object] = {"date": time.strftime("%Y-%m-%d")}
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        a = ReaderService.open(tmp / "a", annotator="ana", isolated=False)
        doc_ids = build(a, tmp)
        report["annotations"] = sum(len(a.annotations(d)) for d in doc_ids)
        for fmt in FORMATS:
            t0 = time.perf_counter()
            data = a.export(fmt, doc_ids, with_documents=fmt == "dossier")
            report[f"export_{fmt}_s"] = round(time.perf_counter() - t0, 2)
            report[f"export_{fmt}_mb"] = round(len(data) / 1e6, 1)
            if fmt == "dossier":
                bundle = tmp / "a.dossier"
                bundle.write_bytes(data)
        for fmt in ("pdf", "pack"):  # one article with its 1,000 annotations: the size of a real export
            t0 = time.perf_counter()
            a.export(fmt, doc_ids[:1])
            report[f"export_{fmt}_1000_s"] = round(time.perf_counter() - t0, 2)
        b = ReaderService.open(tmp / "b", annotator="ben", isolated=False)
        t0 = time.perf_counter()
        counts, _ = b.import_file(bundle)
        report["import_10000_into_empty_s"] = round(time.perf_counter() - t0, 2)
        report["import_new"] = counts.get("new", 0)
        change_both_sides(a, b, doc_ids)
        bundle.write_bytes(a.export("dossier", doc_ids))
        t0 = time.perf_counter()
        counts, _ = b.import_file(bundle)
        report["merge_10000_s"] = round(time.perf_counter() - t0, 2)
        report["merge_counts"] = {k: v for k, v in counts.items() if v}
        assert read_bundle(bundle.read_bytes())
        a.close()
        b.close()
    write_report(report, "exports")


def change_both_sides(a: object, b: object, doc_ids: list[str]) -> None:
    """1,000 edited and 500 deleted at A; 300 edited at B, 100 of them the same ones (conflicts)."""
    theirs = [x for d in doc_ids for x in a.annotations(d)]  # type: ignore[attr-defined]
    for x in theirs[:1000]:
        a.library.edit_annotation(x.id, note="edited by ana")  # type: ignore[attr-defined]
    for x in theirs[1000:1500]:
        a.library.delete_annotation(x.id)  # type: ignore[attr-defined]
    ours = [x for d in doc_ids for x in b.annotations(d)]  # type: ignore[attr-defined]
    for x in ours[900:1200]:
        b.library.edit_annotation(x.id, note="edited by ben")  # type: ignore[attr-defined]


def write_report(report: dict[str, object], name: str) -> None:
    """Print the figures and keep them in bench/out/NAME.json (bench/report.py reads them)."""
    for key, value in report.items():
        print(f"{key:<28} {value}")
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
