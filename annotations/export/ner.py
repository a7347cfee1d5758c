"""Training data for entity recognisers: brat standoff, CoNLL-2003-style IOB2, and spaCy/Prodigy JSONL.

Entities only by default (their entity type is the label); `claims=True` adds each claim as a span
labelled `CLAIM`. Offsets are the documents' own (Python code points, end exclusive), which is what brat
and spaCy count too.

CoNLL has no offsets, so its tokens are what carry them back: `tokens` splits the text into runs of word
characters and single other characters, and also at every span boundary, so every span is a whole number
of tokens; tokens never hold whitespace and cover every other character in order, so `read_conll` maps
a file back onto the text exactly (`spans_from_conll`). IOB cannot nest: where spans overlap, the one
that starts first (the longer on a tie) is kept and the others are left out of that format only.
"""
from __future__ import annotations

import bisect
import io
import json
import re
import zipfile
from collections.abc import Collection

from annotations.export import Selection, placed
from annotations.export.controls import visible_controls
from annotations.model import Annotation, DocumentRecord, Kind

Span = tuple[int, int, str]
CLAIM_LABEL = "CLAIM"
DOCSTART = "-DOCSTART- -X- -X- O"
_TOKEN = re.compile(r"\w+|\S", re.UNICODE)
_FRAGMENT = re.compile(r"[^\n\r\t\v\f\x1c-\x1e\x85\u2028\u2029]+")
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def _label(a: Annotation) -> str:
    """A label as the formats allow it: no whitespace (brat and CoNLL split on it)."""
    label = CLAIM_LABEL if a.kind is Kind.CLAIM else (a.label or "MISC")
    return re.sub(r"\s+", "_", label)


def spans(selection: Selection, doc: DocumentRecord, claims: bool = False) -> list[tuple[Span, Annotation]]:
    """The labelled spans of `doc`, in text order; never an orphan's (its offsets label other words)."""
    kinds = {Kind.ENTITY, Kind.CLAIM} if claims else {Kind.ENTITY}
    found = [((a.target.start, a.target.end, _label(a)), a) for a in selection.annotations.get(doc.id, [])
             if a.kind in kinds and a.target.end <= len(doc.text) and placed(a)]
    return sorted(found, key=lambda s: (s[0][0], -s[0][1], s[0][2]))


def _flat(text: str) -> str:
    """A note on one line, its controls and bidi overrides as visible signs (`controls`: written raw, U+202E turned
    the words after it around in brat's viewer and a terminal)."""
    return " ".join(visible_controls(text).split())


def to_brat(selection: Selection, claims: bool = False) -> bytes:
    """A zip of `<n>.txt`/`<n>.ann` pairs (one per document) and an `annotation.conf` naming the labels.
    A span across line breaks is written as fragments (`start end;start end`), as brat wants; notes are
    `AnnotatorNotes` on their span."""
    out = io.BytesIO()
    labels: set[str] = set()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, doc in enumerate(selection.documents, 1):
            lines: list[str] = []
            for i, ((start, end, label), a) in enumerate(spans(selection, doc, claims), 1):
                labels.add(label)
                fragments = _fragments(doc.text, start, end)
                if not fragments:
                    continue
                shown = " ".join(doc.text[s:e] for s, e in fragments)
                lines.append(f"T{i}\t{label} {';'.join(f'{s} {e}' for s, e in fragments)}\t{shown}")
                if a.note.strip():
                    lines.append(f"#{i}\tAnnotatorNotes T{i}\t{_flat(a.note)}")
            stem = f"{n:03d}"
            z.writestr(zipfile.ZipInfo(f"{stem}.txt", _ZIP_TIME), doc.text.encode("utf-8", "replace"))
            z.writestr(zipfile.ZipInfo(f"{stem}.ann", _ZIP_TIME), "".join(f"{x}\n" for x in lines).encode("utf-8"))
        conf = ["[entities]", *sorted(labels), "", "[relations]", "", "[events]", "", "[attributes]", ""]
        z.writestr(zipfile.ZipInfo("annotation.conf", _ZIP_TIME), "\n".join(conf).encode("utf-8"))
    return out.getvalue()


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut at line breaks and tabs (which would end or split an `.ann` line), each piece without
    surrounding whitespace."""
    pieces = []
    for m in _FRAGMENT.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            pieces.append((s, e))
    return pieces


def tokens(text: str, boundaries: Collection[int] = ()) -> list[tuple[int, int]]:
    """(start, end) of each token: word runs and single other characters, also cut at `boundaries`."""
    cuts = sorted(set(boundaries))
    out = []
    for m in _TOKEN.finditer(text):
        s = m.start()
        for b in cuts[bisect.bisect_right(cuts, m.start()):bisect.bisect_left(cuts, m.end())]:
            out.append((s, b))
            s = b
        out.append((s, m.end()))
    return out


def _nested_out(found: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def to_conll(selection: Selection, claims: bool = False) -> bytes:
    """CoNLL-2003 columns (token, POS, chunk, NER; POS and chunk unknown: `-X-`, `_`) with IOB2 tags, a
    `-DOCSTART-` line before each document and a blank line after each line of its text."""
    out: list[str] = []
    for doc in selection.documents:
        kept = _nested_out([s for s, _ in spans(selection, doc, claims)])
        out += [DOCSTART, ""]
        tags = _tags(doc.text, kept)
        sentence: list[str] = []
        for i, ((s, e), tag) in enumerate(tags):
            sentence.append(f"{doc.text[s:e]} -X- _ {tag}")
            if "\n" in doc.text[e:tags[i + 1][0][0] if i + 1 < len(tags) else len(doc.text)]:
                out += [*sentence, ""]
                sentence = []
        if sentence:
            out += [*sentence, ""]
    return "\n".join(out).encode("utf-8", "replace")


def _tags(text: str, kept: list[Span]) -> list[tuple[tuple[int, int], str]]:
    toks = tokens(text, {b for s, e, _ in kept for b in (s, e)})
    out = []
    spans_left = iter(kept)
    span = next(spans_left, None)
    inside = False
    for s, e in toks:
        while span is not None and s >= span[1]:
            span, inside = next(spans_left, None), False
        if span is not None and span[0] <= s:
            out.append(((s, e), ("I-" if inside else "B-") + span[2]))
            inside = True
        else:
            out.append(((s, e), "O"))
    return out


def read_conll(data: bytes) -> list[list[tuple[str, str]]]:
    """The documents of a CoNLL file: (token, NER tag) in order."""
    docs: list[list[tuple[str, str]]] = []
    for line in data.decode("utf-8").split("\n"):
        if line.startswith("-DOCSTART-"):
            docs.append([])
        elif line.strip() and docs:
            token, *_, tag = line.rsplit(" ", 3)
            docs[-1].append((token, tag))
    return docs


def spans_from_conll(text: str, tagged: list[tuple[str, str]]) -> list[Span]:
    """Spans of IOB2 tags, placed by walking the tokens along `text` (each token is the next run of
    non-space characters it spells)."""
    found: list[Span] = []
    pos = 0
    current: list[int] | None = None
    label = ""
    for token, tag in tagged:
        while text[pos].isspace():
            pos += 1
        if text[pos:pos + len(token)] != token:
            raise ValueError(f"token {token!r} does not match the text at {pos}")
        start, end = pos, pos + len(token)
        pos = end
        if tag.startswith("B-") or (tag.startswith("I-") and (current is None or tag[2:] != label)):
            if current is not None:
                found.append((current[0], current[1], label))
            current, label = [start, end], tag[2:]
        elif tag.startswith("I-") and current is not None:
            current[1] = end
        else:
            if current is not None:
                found.append((current[0], current[1], label))
            current = None
    if current is not None:
        found.append((current[0], current[1], label))
    return found


def to_spacy_jsonl(selection: Selection, claims: bool = False) -> bytes:
    """One JSON object a line per document: `text`, `spans` (start, end, label, text: the form Prodigy and
    spaCy's span readers take, overlaps allowed) and `meta` (title, sha256)."""
    lines = []
    for doc in selection.documents:
        found = [{"start": s, "end": e, "label": label, "text": doc.text[s:e]}
                 for (s, e, label), _ in spans(selection, doc, claims)]
        lines.append(json.dumps({"text": doc.text, "spans": found, "meta": {"title": doc.title, "sha256": doc.id}},
                                ensure_ascii=False))
    return "".join(f"{line}\n" for line in lines).encode("utf-8", "replace")
