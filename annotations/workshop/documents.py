"""Which of the answer key's documents a trainee worked on. A document's id is the SHA-256 of its file, so the same
article saved with Windows line ends (or another encoding) is another id, while Dossier stores the same canonical
text for both: a trainee's perfect work on such a copy scored 0 (an outside tester, stop 59). A copy is taken for the
key's document only when the hash of its canonical text is the key's (`Bundle.text_hashes`, checked against the text
where a bundle carries it); any other difference is another version, and the warning says what differs."""
from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, replace

from annotations.bundle import Bundle
from annotations.model import DocumentRecord, Kind


@dataclass(frozen=True)
class Aligned:
    """A trainee's bundle with its annotations on copies of the key's documents moved onto the key's ids."""

    bundle: Bundle
    notes: tuple[str, ...] = ()
    """"same text, different file: …", one per copy moved."""


def align(bundle: Bundle, key: Bundle, key_ids: Collection[str]) -> Aligned:
    """Annotations on a document whose id is not one of `key_ids` but whose canonical text hashes as a key
    document's are moved onto that key document. Only a copy the trainee worked on counts, one per key document
    (the one with the most marks), and never beside work on the key's own id: the trainee's two copies are not
    merged. Everything else stays where it is (scored as before: another document)."""
    by_text = {key.text_hashes[i]: i for i in sorted(key_ids) if i in key.text_hashes}
    if not by_text:
        return Aligned(bundle)
    marks = Counter(a.document_id for a in bundle.annotations if not a.deleted and a.kind in (Kind.ENTITY, Kind.CLAIM))
    titles = _titles(key)
    moved: dict[str, str] = {}
    for doc in sorted(bundle.documents, key=lambda d: (-marks[d.id], d.id)):
        target = by_text.get(bundle.text_hashes.get(doc.id, ""))
        if doc.id in key_ids or target is None or not marks[doc.id] or marks[target] or target in moved.values():
            continue
        moved[doc.id] = target
    if not moved:
        return Aligned(bundle)
    notes = tuple(f"same text, different file: the trainee's copy of “{titles.get(target, target[:12])}” is another "
                  "file (other line ends or encoding, say) holding the key's text: scored as the key's"
                  for target in moved.values())
    return Aligned(replace(bundle, annotations=[replace(a, document_id=moved.get(a.document_id, a.document_id))
                                                for a in bundle.annotations],
                           documents=[d for d in bundle.documents if d.id not in moved]), notes)


def elsewhere(bundle: Bundle, key: Bundle, key_ids: Collection[str]) -> str:
    """Where a trainee's marks are when none is on the key's documents, in a trainer's words ("the trainee's copy of
    “Title” has other words: …"): the trainee's copy of
    the key's article with other text (and the words that differ, when both bundles carry the text), a copy whose
    text cannot be compared (a bundle from before text hashes), or another document."""
    docs = {d.id: d for d in bundle.documents}
    key_docs = [d for d in key.documents if d.id in key_ids]
    said = []
    for doc_id in sorted({a.document_id for a in bundle.annotations if not a.deleted} - set(key_ids)):
        doc = docs.get(doc_id)
        if doc is None:
            said.append("their annotations are on another document")
            continue
        mine = next((k for k in key_docs if _same_article(k, doc)), None)
        if mine is None:
            said.append(f"their annotations are on another document, “{doc.title or doc_id[:12]}”")
            continue
        theirs_hash, key_hash = bundle.text_hashes.get(doc_id), key.text_hashes.get(mine.id)
        title = f"the trainee's copy of “{mine.title or mine.id[:12]}”"
        if not theirs_hash or not key_hash:
            said.append(f"{title}, another file whose text cannot be compared with the key's (a bundle from an older "
                        "Dossier): another version of the article, or the same text saved otherwise")
        elif doc.text and mine.text:
            said.append(f"{title} has other words: {_words_differ(mine.text, doc.text)}")
        else:
            said.append(f"{title} has other text than the key's (another version of the article)")
    return "; ".join(dict.fromkeys(said)) or "their annotations are on another document"


def _titles(key: Bundle) -> dict[str, str]:
    return {d.id: d.title for d in key.documents if d.title}


def _same_article(key: DocumentRecord, doc: DocumentRecord) -> bool:
    """Whether a trainee's document is meant as the key's: the same title, or the same file name."""
    return bool((key.title and " ".join(key.title.split()).casefold() == " ".join(doc.title.split()).casefold())
                or (key.source_path and key.source_path == doc.source_path))


_WORD = re.compile(r"\S+")


def _words_differ(key_text: str, their_text: str, most: int = 3) -> str:
    """The first few places where the trainee's text has other words than the key's: “three-year” where the
    key's has “two-year”."""
    a, b = _WORD.findall(key_text), _WORD.findall(their_text)
    head = next((n for n, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    tail = next((n for n, (x, y) in enumerate(zip(reversed(a[head:]), reversed(b[head:]))) if x != y),
                min(len(a), len(b)) - head)
    a, b = a[head:len(a) - tail], b[head:len(b) - tail]  # (the words in common at both ends: never compared)
    if len(a) * len(b) > 25_000_000:
        return f"from “{_cut(' '.join(b[:8]))}” where the key's has “{_cut(' '.join(a[:8]))}”, and more"
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        theirs, keys = _cut(" ".join(b[j1:j2])), _cut(" ".join(a[i1:i2]))
        out.append(f"“{theirs}” where the key's has “{keys}”" if theirs and keys else
                   f"“{theirs}” that the key's has not" if theirs else f"no “{keys}” that the key's has")
    if not out:
        return "the same words, spaced or broken into lines otherwise"
    more = f" (and {len(out) - most} more)" if len(out) > most else ""
    return "; ".join(out[:most]) + more


def _cut(text: str, most: int = 60) -> str:
    return text if len(text) <= most else text[:most - 1] + "…"
