"""What the command-line modules share: JSON output, the progress bar, a document's summary and an
annotation's flat form, the lines printed after a report."""
from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from annotations import codec
from annotations.model import AnchorState, Annotation
from reader.services import ReaderService


def _prog(script: Path) -> str:
    """How the user started Dossier (the installed command, `python -m reader` or the script in a checkout), for
    usage lines and hints."""
    if script.stem == "dossier":
        return "dossier"
    return "python -m reader" if script.parts[-2:] == ("reader", "__main__.py") else "python main.py"


PROG = _prog(Path(sys.argv[0]))


@contextmanager
def diagnostics(err: TextIO, shown: bool) -> Iterator[None]:
    """While the block runs, with `shown` (`--verbose`), the log — what the core says for whoever looks into a
    problem, e.g. the exception an index repair met — goes to `err` as "log: …" lines. Without it nothing of the
    log is printed: a person reads the plain notes ("note: The search index was damaged; …") only."""
    if not shown:
        yield
        return
    root = logging.getLogger()
    handler = logging.StreamHandler(err)
    handler.setFormatter(logging.Formatter("log: %(name)s: %(message)s"))
    level = root.level
    root.addHandler(handler)
    root.setLevel(min(level, logging.INFO) if level else logging.INFO)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def print_json(value: Any, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def progress_bar(err: TextIO) -> Callable[[int, int], None] | None:
    if not err.isatty():
        return None

    def report(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(1, total)
        err.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            err.write("\n")
        err.flush()
    return report


def after_output(out: TextIO, err: TextIO, lines: list[str]) -> None:
    """Lines for stderr, written once stdout is flushed, so a terminal (or `2>&1`) shows each on its own
    line after the table rather than in the middle of it."""
    out.flush()
    for line in lines:
        print(line, file=err)


def num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def text_warnings(service: ReaderService, doc: Any) -> list[str]:
    """What the reader should know about a document's text (a garbled text layer, pages without text, a damaged PDF
    the reader repaired), from its text and its stored file (`ReaderService.reading_warnings`)."""
    return service.reading_warnings(doc)


def doc_summary(service: ReaderService, doc: Any, counts: dict[str, dict[str, int]] | None = None) -> dict[str, Any]:
    data = codec.document_to_dict(doc, with_text=False)
    data.pop("deleted", None)
    data["pages"] = len(doc.pages)
    if counts is not None:
        data["annotations"] = counts.get(doc.id, {})
    return data


def flat(service: ReaderService, a: Annotation, names: dict[str, str]) -> dict[str, Any]:
    """One annotation for --json. An orphan's start, end and pages are null: its stored offsets name other words of
    the current text (as the CSV leaves them empty)."""
    data: dict[str, Any] = {
        "id": a.id, "kind": a.kind.value, "label": a.label, "start": a.target.start, "end": a.target.end,
        "exact": a.target.exact, "note": a.note, "tags": list(a.tags), "creator": a.creator,
        "created": a.created, "modified": a.modified, "anchor": a.anchor.value,
        "pages": [area.page + 1 for area in a.target.areas],
    }
    if a.anchor is AnchorState.ORPHANED:
        data |= {"start": None, "end": None, "pages": None}
    if a.entity_id:
        data["entity"] = names.get(a.entity_id)
        data["entity_id"] = a.entity_id
    if a.claim is not None:
        data |= {"speaker": names.get(a.claim.speaker_id) if a.claim.speaker_id else None,
                 "speaker_id": a.claim.speaker_id, "claim_type": a.claim.claim_type,
                 "status": a.claim.status.value, "reliability": a.claim.reliability,
                 "credibility": a.claim.credibility}
    return data


_COUNTER_WORDS: dict[str, str] = {
    "orphans": "awaiting documents you do not have yet", "stale": "older versions you had (nothing to do)",
    "never_held": "deletions of annotations you never had", "unplaced": "with a quote nowhere in your copy",
    "kept_local": "of yours kept (the sender's is older)", "entity_clashes": "entity clashes (yours kept)",
    "repointed": "mentions moved to your entity of the same name", "in_trash": "on documents in your trash",
    "moved_away": "of yours moved to a newer version you do not have",
    "withdrawn": "settlements you undid, sent back (kept undone; the conflict stays open)",
    "undone_edits": "edits you undid, sent back (kept undone)",
    "orphans_by_address": "on pages you do not have, named only by their address",
}
"""The merge's internal counter names (`annotations.merge_plan.MergePlan.counts`) a reader would not understand
("2 orphans"), in words; the others read as they are once "_" is a space ("3 new entities")."""
SAID_OTHERWISE = frozenset({"anchored_orphaned", "skipped_unplaceable"})
"""Counters the summary leaves out: an imported annotation left without a place is either awaiting its document
("orphans") or has its quote nowhere in it ("unplaced"), and is said so; "8 anchored orphaned" after "7 awaiting
documents you do not have yet" called annotations orphaned that are placed once their files are added (stop 62). The
skipped ones that had no place to go are said by a note of their own (`cli_exchange.cmd_import`)."""


def import_summary(verb: str, counts: dict[str, int]) -> str:
    """The import's first line ("imported: 3 new, 2 awaiting documents you do not have yet"); the notes after it say
    what to do."""
    parts = [f"{n} {_COUNTER_WORDS.get(k) or k.replace('_', ' ')}" for k, n in counts.items()
             if n and k not in SAID_OTHERWISE]
    return f"{verb}: {', '.join(parts)}" if parts else "nothing new"
