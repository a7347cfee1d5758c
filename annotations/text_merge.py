"""Three-way merge of a short text (a note): what the person typed since `base`, applied on top of what
someone else made of `base` meanwhile (an import, another window).

Why: the Inspector's autosave wrote the typed note over a teammate's note imported while the person was
typing (break26 bug 3). Google's diff-match-patch makes the patches; a merge counts as clean only when
applying each side's changes to the other gives the same text, so a fuzzy match never decides alone."""
from __future__ import annotations

from diff_match_patch import diff_match_patch


def _engine() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Match_Threshold = 0.1  # context must match almost exactly: a guess is a conflict, not a merge
    dmp.Patch_DeleteThreshold = 0.1
    return dmp


def merge_text(base: str, ours: str, theirs: str) -> str | None:
    """The text with both sides' changes, or None when they touch the same words (a conflict)."""
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    dmp = _engine()
    mine, applied = dmp.patch_apply(dmp.patch_make(base, ours), theirs)
    if not all(applied):
        return None
    other, applied = dmp.patch_apply(dmp.patch_make(base, theirs), ours)
    if not all(applied) or other != mine:
        return None
    return mine
