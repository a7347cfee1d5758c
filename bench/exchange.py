"""Bundle exchange at 10,000 annotations with revision history: export, import into an empty library,
merge after both sides changed (1,000 edited and 500 deleted there; 300 edited here, 100 of them the
same ones), a replay of an older bundle, and the size of the ancestry the bundles carry.
Usage: python bench/exchange.py   (nothing here runs in `make test`)."""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DOSSIER_IN_PROCESS", "1")
sys.path.insert(0, str(ROOT / "bench"))

from exports import build, change_both_sides, write_report  # noqa: E402  (the same 10 x 1,000 library)


def timed(report: dict[str, object], key: str, fn: object) -> object:
    t0 = time.perf_counter()
    result = fn()  # type: ignore[operator]
    report[key] = round(time.perf_counter() - t0, 2)
    return result


def main() -> None:
    from reader.services import ReaderService

    report: dict[str, object] = {"date": time.strftime("%Y-%m-%d")}
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        a = ReaderService.open(tmp / "a", annotator="ana", isolated=False)
        b = ReaderService.open(tmp / "b", annotator="ben", isolated=False)
        doc_ids = build(a, tmp)
        first, second = tmp / "first.dossier", tmp / "second.dossier"
        data = timed(report, "export_10000_s", lambda: a.export("dossier", doc_ids, with_documents=True))
        first.write_bytes(data)  # type: ignore[arg-type]
        report["bundle_mb"] = round(len(data) / 1e6, 2)  # type: ignore[arg-type]
        counts, _ = timed(report, "import_into_empty_s", lambda: b.import_file(first))  # type: ignore[misc]
        report["import_new"] = counts["new"]
        change_both_sides(a, b, doc_ids)
        second.write_bytes(a.export("dossier", doc_ids))
        counts, _ = timed(report, "merge_s", lambda: b.import_file(second))  # type: ignore[misc]
        report["merge_counts"] = {k: v for k, v in counts.items() if v}
        counts, _ = timed(report, "replay_older_bundle_s", lambda: b.import_file(first))  # type: ignore[misc]
        report["replay_counts"] = {k: v for k, v in counts.items() if v}
        a.close()
        b.close()
    write_report(report, "exchange")


if __name__ == "__main__":
    main()
