"""Markdown brief for a notes vault (Obsidian, Zotero notes, GitHub): YAML front matter, source block,
entities by type with mention counts, claims table, and every annotation in reading order with a stable
block anchor (`^d-<id>`) and a `dossier://open?doc=…&annotation=…` link back into the app. An orphan (its
quote no longer in the text) says so where others give their page.

Every string that comes from a user or a document is inert: ASCII punctuation that could start Markdown
(emphasis, links, images, autolinks, raw HTML, entities, headings, lists, tables, code) is backslash-
escaped, and URL schemes and `www.` are broken up so that GFM/Obsidian do not linkify them either. The
only links in a brief are the ones we write (`dossier://`, and `[[entity]]` with `wikilinks`).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from urllib.parse import quote

from annotations.doc_properties import reliability_text
from annotations.export import ORPHANED, Selection, placed
from annotations.export.controls import visible_controls
from annotations.model import Annotation, DocumentRecord, Kind
from annotations.tag_line import tag_line
from annotations.unnamed_sources import unnamed_source

_SPECIAL = re.compile(r"([\\`*_\[\]()!#|~&{}=@$^%])")
"""Escaped with a backslash: CommonMark's markup, and Obsidian's (`==` highlight, `^` block id, `%%` comment: one
analyst's "%%" hid the rest of the brief in a vault; an outside tester, stop 53)."""
_BULLET = re.compile(r"^(\s*)([-+])", re.M)
_ORDERED = re.compile(r"^(\s*\d+)\.", re.M)
_SCHEME = re.compile(r"(?i)(\w)://")
_WWW = re.compile(r"(?i)\b(www)\.")
_WIKI_UNSAFE = re.compile(r"[\[\]#^|\\]")


def inert(text: str) -> str:
    """`text` as literal Markdown text: it renders as itself and never as markup, a link or a fetch.
    Leading whitespace of each line is dropped (four spaces would start a code block). A carriage return is a
    line break to CommonMark, so it is one here ("a\\r- b" would start a list); other controls show as signs."""
    lines = visible_controls(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out = _SPECIAL.sub(r"\\\1", "\n".join(line.lstrip() for line in lines))
    out = out.replace("<", "&lt;").replace(">", "&gt;")  # entities, not escapes: no "<tag" survives as text
    out = _ORDERED.sub(r"\1\\.", _BULLET.sub(r"\1\\\2", out))
    out = _SCHEME.sub(r"\1\\:\\/\\/", out)
    return _WWW.sub(r"\1\\.", out)


def _cell(text: str) -> str:
    return inert(" ".join(text.split()))


_YAML_ESCAPE = re.compile(r"[\\`*_\[\]()<>!#|~&{}=@$^:\u2028\u2029\x7f-\x9f\u202a-\u202e\ud800-\udfff\ufffe\uffff]")


def _yaml(value: object) -> str:
    """A YAML flow scalar or sequence. JSON is valid YAML 1.2; inside strings, characters Markdown could
    read as markup are written as \\uXXXX escapes, so a renderer that shows front matter as text
    (plain CommonMark) meets nothing live there either. So are the characters YAML forbids raw (DEL, the C1
    controls, surrogates, U+FFFE/FFFF: one such tag made the whole front matter unreadable to YAML) and the bidi
    overrides the body shows as signs (`controls.visible_controls`); escaped, each reads back as it was."""
    def strings(v: object) -> object:
        if isinstance(v, str):
            return _Escaped(v)
        if isinstance(v, list):
            return [strings(x) for x in v]
        if isinstance(v, dict):
            return {k: strings(x) for k, x in v.items()}
        return v
    return _encode(strings(value))


class _Escaped(str):
    """A string whose JSON form escapes Markdown-significant characters (see `_yaml`)."""


def _encode(value: object) -> str:
    if isinstance(value, _Escaped):
        return '"' + "".join(f"\\u{ord(c):04x}" if _YAML_ESCAPE.match(c) else json.dumps(c, ensure_ascii=False)[1:-1]
                             for c in str(value)) + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_encode(x) for x in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_encode(_Escaped(k))}: {_encode(x)}" for k, x in value.items()) + "}"
    return json.dumps(value)


def open_link(doc_id: str, annotation_id: str) -> str:
    return f"dossier://open?doc={quote(doc_id, safe='')}&annotation={quote(annotation_id, safe='')}"


def _page(doc: DocumentRecord, a: Annotation) -> str:
    """Where it is: its page; an orphan is nowhere in this text, and says so."""
    if not placed(a):
        return f" (**{ORPHANED}**)"
    page = doc.page_of(a.target.start)
    return f" (p. {inert(doc.page_name(page))})" if page is not None else ""


def _entity(name: str, wikilinks: bool) -> str:
    if wikilinks:
        safe = re.sub(r"%(?=%)", "% ", " ".join(_WIKI_UNSAFE.sub(" ", name).split()))  # (no "%%": a comment there)
        return _isolated(name, f"[[{safe}]]" if safe else inert(name))
    return _isolated(name, inert(name))


def _isolated(name: str, shown: str) -> str:
    """`shown` between a first-strong isolate and its pop (invisible) when `name` holds right-to-left letters: in a
    list ("يوسف الخطيب (1), Ada Moe (2)") the bidi algorithm otherwise moved the counts beside the wrong names."""
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in name):
        return f"\u2068{shown}\u2069"
    return shown


def _front_matter(selection: Selection, names: dict[str, str]) -> list[str]:
    annotations = selection.all_annotations()
    tags = sorted({t for a in annotations for t in a.tags})
    entities = sorted({names.get(a.entity_id or "", a.target.exact) for a in annotations if a.kind is Kind.ENTITY})
    out = ["---"]
    if len(selection.documents) == 1:
        doc = selection.documents[0]
        out += [f"title: {_yaml(doc.title)}", f"authors: {_yaml(list(doc.authors))}",
                f"outlet: {_yaml(doc.publisher)}", f"date: {_yaml(doc.published)}", f"url: {_yaml(doc.source_url)}"]
        out += [f"{key}: {_yaml(value)}" for key, value in (("language", doc.language),
                                                          ("source_reliability", doc.reliability)) if value]
        out += [f"sha256: {_yaml(doc.id)}"]
    else:
        out += [f"title: {_yaml('Dossier brief')}",
                f"documents: {_yaml([{'title': d.title, 'sha256': d.id} for d in selection.documents])}"]
    if selection.query:
        out.append(f"query: {_yaml(selection.query)}")
    out += [f"tags: {_yaml(tags)}", f"entities: {_yaml(entities)}", f"generator: {_yaml('Dossier')}", "---", ""]
    return out


def brief(selection: Selection, wikilinks: bool = False) -> bytes:
    names = selection.names()
    out = _front_matter(selection, names)
    title = "Dossier brief" + (f" — search “{inert(selection.query)}”" if selection.query else "")
    out += [f"# {title}", ""]
    for doc in selection.documents:
        annotations = selection.annotations.get(doc.id, [])
        out += [f"## {_cell(doc.title)}", ""]
        source = doc.source_url or doc.source_path.replace("\\", "/").rsplit("/", 1)[-1]
        for label, value in (("Site", doc.publisher), ("Author", ", ".join(doc.authors)), ("Date", doc.published),
                             ("Source", source), ("Language", doc.language),
                             ("Source reliability", reliability_text(doc.reliability))):
            if value:
                out.append(f"- **{label}:** {_cell(value)}")
        out += [f"- **SHA-256:** `{doc.id}`", ""]
        entities = [a for a in annotations if a.kind is Kind.ENTITY]
        if entities:
            out += ["### Entities", ""]
            by_type: dict[str, Counter[str]] = defaultdict(Counter)
            for a in entities:
                by_type[a.label or "MISC"][names.get(a.entity_id or "", a.target.exact)] += 1
            for label in sorted(by_type):
                items = ", ".join(f"{_entity(name, wikilinks)} ({n})" for name, n in by_type[label].most_common())
                out.append(f"- **{inert(label)}:** {items}")
            out.append("")
        claims = [a for a in annotations if a.kind is Kind.CLAIM]
        if claims:
            out += ["### Claims", "", "| Claim | Speaker | Type | Status | Grade | Tags | |", "|---" * 7 + "|"]
            for a in claims:
                c = a.claim
                assert c is not None
                speaker = names.get(c.speaker_id or "", "")
                unnamed = unnamed_source(a) if not speaker else None
                who = _entity(speaker, wikilinks) if speaker else f"*unnamed:* {_cell(unnamed)}" if unnamed else ""
                out.append(f"| “{_cell(a.target.exact)}”{_page(doc, a)} | "
                           f"{who} | {_cell(c.claim_type or '')} | {c.status.value} | {c.grading} | "
                           f"{_cell(tag_line(a.tags))} | [open]({open_link(doc.id, a.id)}) |")
            out.append("")
        if annotations:
            out += ["### Annotations", ""]
            for a in annotations:
                out += _annotation(doc, a, names, wikilinks)
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")


def _annotation(doc: DocumentRecord, a: Annotation, names: dict[str, str], wikilinks: bool) -> list[str]:
    """One annotation: the quote, what it is, its note, the link back, and its block anchor."""
    what = [a.kind.value]
    if a.kind is Kind.ENTITY:
        what += [inert(a.label or ""), _entity(names.get(a.entity_id or "", a.target.exact), wikilinks)]
    elif a.claim is not None:
        c = a.claim
        speaker = names.get(c.speaker_id or "", "")
        what += [inert(c.claim_type or ""), f"speaker {_entity(speaker, wikilinks)}" if speaker else "", c.status.value,
                 f"grade {c.grading}" if c.grading else ""]
    if a.tags:
        what.append("tags " + tag_line(inert(t) for t in a.tags))
    if a.creator:
        what.append(f"by {inert(a.creator)}")
    lines = [f"> {inert(' '.join(a.target.exact.split()))}{_page(doc, a)}", ">",
             f"> *{' · '.join(w for w in what if w)}* · [open in Dossier]({open_link(doc.id, a.id)})"]
    if a.note.strip():
        lines.append(">")
        note = a.note.strip().splitlines()
        for i, line in enumerate(note):
            shown = (f"> **Note:** {inert(line)}" if i == 0 else f"> {inert(line)}").rstrip()
            broken = line.strip() and i + 1 < len(note) and note[i + 1].strip()  # (a hard break: CommonMark ran a
            lines.append(shown + "  " if broken else shown)  # note's lines into one, "Callers: Anna … Per …")
    return lines + ["", f"^d-{a.id}", ""]
