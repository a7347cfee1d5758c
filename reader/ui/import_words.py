"""What an import will do (the preview) and did (the status bar), in words a person understands: the
merge's counters (`annotations.merge_plan.MergePlan.counts`) are internal names ("orphans", "stale")."""
from __future__ import annotations

from collections.abc import Mapping, Sequence


_LINES: tuple[tuple[str, str, str, str], ...] = (
    # counter, noun (one), noun (many), what it means: "2 annotations" + " on documents …"
    ("new", "new annotation", "new annotations", ""),
    ("updated", "annotation", "annotations", " changed by the sender (their newer version is taken)"),
    ("deleted", "annotation", "annotations", " deleted by the sender (removed here too)"),
    ("conflicts", "annotation", "annotations",
     " changed on both sides: you choose which to keep (File > Merge conflicts)"),
    ("orphans", "annotation", "annotations", " on documents you do not have yet (kept, shown when you add the files)"),
    ("orphans_by_address", "annotation", "annotations",
     " on {a page} you do not have, named only by {its} address: adding the page later does not place {it} (undo this "
     "import, add the page, then import the file again)"),
    ("moved_away", "annotation", "annotations",
     " of yours moved to a newer version of its document that you do not have yet (add the file again, or ask for a "
     "bundle with documents, to see them there)"),
    ("in_trash", "new annotation", "new annotations", " on documents in your trash (restore them to see these)"),
    ("combined", "annotation", "annotations",
     " you and the sender changed in different fields: both changes kept (nothing to do)"),
    ("merged", "annotation", "annotations", " the sender changed as you did (nothing to do)"),
    ("withdrawn", "settlement", "settlements",
     " you undid came back from a teammate who holds it: kept undone, its conflict stays open (File > Merge "
     "conflicts)"),
    ("undone_edits", "edit", "edits", " of yours that you undid came back from a teammate who holds it: kept undone"),
    ("stale", "older version", "older versions", " of annotations you already have (nothing to do)"),
    ("unchanged", "annotation", "annotations", " you already have, unchanged (nothing to do)"),
    ("reanchored", "annotation", "annotations", " placed again on a changed text"),
    ("unplaced", "of them", "of them", " with a quote nowhere in your copy of the document (kept, listed as orphaned)"),
    ("anchored_exact", "annotation", "annotations", " placed where they were"),
    ("anchored_moved", "annotation", "annotations", " placed on their words, found elsewhere in the text"),
    ("anchored_fuzzy", "annotation", "annotations",
     " placed on words that changed a little (check them: their cards say so)"),
    ("never_held", "deletion", "deletions", " of annotations you never had (nothing to do)"),
    ("new_entities", "new entity", "new entities", " (people, organisations, places…)"),
    ("updated_entities", "entity", "entities", " changed by the sender"),
    ("unchanged_entities", "entity", "entities", " you already have (nothing to do)"),
    ("entity_clashes", "entity", "entities",
     " the sender has as another entity under the same id (another type, or other full names; yours kept as it "
     "is; ask them)"),
    ("restored_entities", "entity", "entities",
     " you had deleted brought back: the sender's annotations name them"),
    ("repointed", "mention", "mentions", " moved to one of your entities of the same name"),
    ("new_documents", "new document", "new documents", ""),
    ("provisional_documents", "document", "documents", " shown from the bundle's text until you add the file"),
    ("updated_documents", "document", "documents",
     " whose details the sender changed (title, authors, date…; the text itself never changes)"),
    ("property_conflicts", "document property", "document properties",
     " changed on both sides: the later edit kept (listed)"),
    ("future_dates", "version", "versions", " dated in the future: their dates were not believed"),
    ("new_codebook_labels", "new type or tag", "new types or tags", " for your codebook"),
    ("speakers_unknown", "claim", "claims",
     " whose speaker is neither in the bundle nor in your library: the speaker was left empty (set it again)"),
    ("kept_local", "annotation", "annotations", " of yours kept (the sender's is older)"),
    ("too_large", "annotation", "annotations",
     " left out: a note, tag or name longer than Dossier keeps (200,000 / 200 / 500 characters, 500 tags; the file "
     "still holds them)"),
    ("skipped_unplaceable", "annotation", "annotations",
     " left out: no quote (TextQuoteSelector) and no position (TextPositionSelector) within a document of this library "
     "to place {it} by (Range, XPath and CSS selectors are not read; the file still holds {it})"),
    ("pending_documents", "document", "documents",
     " missing (neither in the bundle nor in your library): add the files to see their annotations"),
)


def _number(meaning: str, count: int) -> str:
    one = count == 1
    return (meaning.replace("{it}", "it" if one else "them").replace("{its}", "its" if one else "their")
            .replace("{a page}", "a page" if one else "pages"))


def import_lines(counts: Mapping[str, int]) -> list[str]:
    """One sentence per non-zero counter, in the order a person reads them; unknown counters (a newer
    merge) are said with their name, never dropped."""
    lines = []
    for key, one, many, meaning in _LINES:
        count = counts.get(key, 0)
        if count:
            lines.append(f"{count:,} {one if count == 1 else many}"
                         f"{_number(meaning, count)}")
    known = {key for key, _, _, _ in _LINES} | {"anchored_orphaned"}
    if counts.get("skipped", 0) == counts.get("skipped_unplaceable", 0):  # every skipped one is said with why
        known.add("skipped")  # (said as "orphans" and "unplaced": an
    # import's annotations awaiting their documents were "anchored orphaned: 8"; stop 62)
    lines += [f"{key.replace('_', ' ')}: {v:,}" for key, v in counts.items() if v and key not in known]
    return lines


def import_preview(counts: Mapping[str, int], conflicts: Sequence[str] = ()) -> str:
    """The import dialog's summary of what the bundle brings, and the document properties both sides
    changed (`conflict_lines`), each with the value that would lose."""
    summary = "\n".join(import_lines(counts)) or "Nothing new: you already have everything in this bundle."
    return summary + (f"\n\n{CHANGED_ON_BOTH_SIDES}\n" + "\n".join(f"• {line}" for line in conflicts)
                      if conflicts else "")


CHANGED_ON_BOTH_SIDES = "Document properties changed on both sides (the later edit is kept):"


def conflict_lines(conflicts: Sequence[Mapping[str, str]], titles: Mapping[str, str]) -> list[str]:
    """One line per document property both sides changed (`Library.import_bundle`'s
    `report["property_conflicts"]`): the document's title (`titles`, by id: as the library has it now; else
    the bundle's) and the ready message — what was kept, what lost and whose it was."""
    return [f"“{titles.get(c.get('document_id', '')) or c.get('document') or 'untitled'}”: {c.get('message', '')}"
            for c in conflicts]


def import_done(counts: Mapping[str, int]) -> str:
    """The status bar's one line after an import."""
    lines = import_lines(counts)
    if not lines:
        return "Imported: nothing new, you already had everything in the bundle."
    return "Imported: " + "; ".join(lines) + "."


_PLACED: tuple[tuple[str, str], ...] = (
    ("exact", "where they were"), ("moved", "moved with their words"),
    ("fuzzy", "placed on words that changed a little (check them: their cards say so)"),
    ("orphaned", "orphaned: their words are gone (kept, listed as Orphaned)"))


def changed_file_note(name: str, anchors: Mapping[str, int]) -> str:
    """What adding a changed version of a file did to its annotations (`AddResult.replaced`, the counts of
    `changes.report["anchors"]`): the command line's "annotations re-anchored" note, in words."""
    parts = [f"{anchors[state]} {words}" for state, words in _PLACED if anchors.get(state)]
    return (f"{name} changed since it was added: the new version replaces it, its annotations placed again on the "
            f"new text — {'; '.join(parts)}." if parts else f"{name} changed since it was added: the new version "
            "replaces it (it had no annotations).")
