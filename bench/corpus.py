"""Check your own archive: `add` every file of a folder to a scratch library, the way the app and the
CLI add them (parsed in the capped worker process), and count what happened to each file:

- opened      added to the library (with how many have a text warning, e.g. a garbled text layer);
- refused     a one-line reason (DocumentError): damaged, encrypted, unsupported, no text layer...;
- tracebacks  anything else escaping `add` — a bug in Dossier: please report it with the file;
- hangs       refused because parsing ran past the time cap (worker killed);
- crashes     refused because the parser process died.

Usage: python bench/corpus.py FOLDER [--timeout SECONDS] [--all-files] [--show N]
By default only files with a supported suffix are tried (as `add FOLDER` does); --all-files tries
every file (Dossier sniffs PDFs and EPUBs by content). Nothing here runs in `make test`.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HANG = "took longer than"
CRASH = "made the document reader crash"


def _files(folder: Path, all_files: bool) -> list[Path]:
    from reader.services import expand_paths

    if all_files:
        return sorted(f for f in folder.rglob("*") if f.is_file())
    return expand_paths([folder])


def _reason(message: str, name: str) -> str:
    """A refusal's shape, for counting: the file's name taken out, numbers folded."""
    import re

    return re.sub(r"\d[\d,.]*", "N", message.replace(f"“{name}”", "FILE"))[:100]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per file (default 60, as the app)")
    parser.add_argument("--all-files", action="store_true", help="try every file, not only supported suffixes")
    parser.add_argument("--show", type=int, default=5, help="examples to list per outcome")
    args = parser.parse_args(argv)

    from dataclasses import replace

    from reader.document import DEFAULT_LIMITS
    from reader.document.isolated import DocumentWorker
    from reader.services import ReaderService

    files = _files(args.folder, args.all_files)
    if not files:
        print(f"no files to try in {args.folder}", file=sys.stderr)
        return 1
    outcomes: dict[str, list[tuple[Path, str]]] = {k: [] for k in
                                                   ("opened", "refused", "tracebacks", "hangs", "crashes")}
    warned: list[tuple[Path, str]] = []
    seconds: list[float] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dossier-corpus-") as scratch:
        service = ReaderService.open(Path(scratch) / "library", annotator="corpus")
        worker = DocumentWorker(replace(DEFAULT_LIMITS, seconds=args.timeout))
        service.load = worker.load  # type: ignore[method-assign]  # the app's worker, with our time cap
        try:
            for number, path in enumerate(files, start=1):
                t0 = time.perf_counter()
                try:
                    result = service.add_file(path)
                except Exception:
                    outcomes["tracebacks"].append((path, traceback.format_exc(limit=3).strip().splitlines()[-1]))
                else:
                    if result.error is None and result.record is not None:
                        outcomes["opened"].append((path, result.record.title))
                        from reader.document.wordlist import garbled_warning

                        record = service.document(result.record.id)
                        warning = garbled_warning(record.text, record.pages)
                        if warning:
                            warned.append((path, warning))
                    elif HANG in (result.error or ""):
                        outcomes["hangs"].append((path, result.error or ""))
                    elif CRASH in (result.error or ""):
                        outcomes["crashes"].append((path, result.error or ""))
                    else:
                        outcomes["refused"].append((path, result.error or ""))
                seconds.append(time.perf_counter() - t0)
                if sys.stderr.isatty():
                    print(f"\r{number}/{len(files)}", end="", file=sys.stderr, flush=True)
        finally:
            worker.close()
            service.close()
    total = time.perf_counter() - started
    if sys.stderr.isatty():
        print(file=sys.stderr)

    counts = "  ".join(f"{name}: {len(items)}" for name, items in outcomes.items())
    print(f"{len(files)} files  {counts}  (opened with a text warning: {len(warned)})")
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    print(f"time: {total:.1f} s total, {statistics.median(ordered) * 1000:.0f} ms median, "
          f"{p95 * 1000:.0f} ms p95, slowest {max(seconds):.1f} s "
          f"({files[seconds.index(max(seconds))].name})")
    reasons = Counter(_reason(msg, p.name) for p, msg in outcomes["refused"])
    if reasons:
        print("\nrefusals by reason:")
        for reason, n in reasons.most_common(10):
            print(f"  {n:>5}  {reason}")
    for name in ("tracebacks", "hangs", "crashes"):
        if outcomes[name]:
            print(f"\n{name}:")
            for path, message in outcomes[name][:args.show]:
                print(f"  {path}: {message}")
    if warned:
        print("\ntext warnings:")
        for path, message in warned[:args.show]:
            print(f"  {path.name}: {message}")
    return 1 if outcomes["tracebacks"] or outcomes["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
