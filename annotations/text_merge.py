"""Three-way merge of a short text (a note): what the person typed since `base`, applied on top of what
someone else made of `base` meanwhile (an import, another window).

Why: the Inspector's autosave wrote the typed note over a teammate's note imported while the person was
typing (break26 bug 3). Google's diff-match-patch finds each side's changes; they merge only when they touch
different words of the base (a change inside or next to a word the other side changed is a conflict, as
the README promises), and only when applying each side's changes to the other gives the same text, so a
fuzzy match never decides alone."""
from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

_WORD = re.compile(r"\w+", re.UNICODE)


def _engine() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Match_Threshold = 0.1  # context must match almost exactly: a guess is a conflict, not a merge
    dmp.Patch_DeleteThreshold = 0.1
    return dmp


def _touched_words(dmp: diff_match_patch, base: str, other: str) -> set[int]:
    """Indexes of the words of `base` that `other` changed, or touches with an insertion at its edge."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(base)]
    touched: set[int] = set()
    at = 0
    for op, text in dmp.diff_main(base, other):
        if op == 0:
            at += len(text)
            continue
        start, end = at, at + (len(text) if op == -1 else 0)
        touched.update(i for i, (ws, we) in enumerate(words) if ws <= end and start <= we)
        if op == -1:
            at = end
    return touched


def merge_text(base: str, ours: str, theirs: str) -> str | None:
    """The text with both sides' changes, or None when they touch the same words (a conflict)."""
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    dmp = _engine()
    if _touched_words(dmp, base, ours) & _touched_words(dmp, base, theirs):
        return None
    mine, applied = dmp.patch_apply(dmp.patch_make(base, ours), theirs)
    if not all(applied):
        return None
    other, applied = dmp.patch_apply(dmp.patch_make(base, theirs), ours)
    if not all(applied) or other != mine:
        return None
    return mine
