"""Reading standard annotations: W3C Web Annotation JSON-LD (one annotation, a list, an AnnotationPage, or
an AnnotationCollection with embedded pages) and Hypothesis JSON (API search results `{"rows": […]}`,
the client's export `{"annotations": […]}`, or a bare list of them). Qt-free and pure: the result is a
list of `Incoming` annotations; `annotations.w3c_place` anchors them onto library documents.

JSON-LD is normalised with pyld: compacted against the W3C context (bundled: `anno_context`, never
fetched; any other remote context is refused), so `oa:hasTarget`, full IRIs or a different context all
read the same. A document already in that compact form (the W3C context, optionally ours; our own
exports) is read as is: compacting it would change nothing and costs ~2 ms per annotation. Our own extension terms (`dossier:*`, see `annotations.w3c`) are
read back, so a Dossier JSON-LD export restores every field it expresses.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from annotations.anno_context import ANNO_CONTEXT_URLS, anno_context
from annotations.errors import BundleError
from annotations.model import ClaimStatus, Kind
from annotations.unicode_text import lone_surrogate
from annotations.w3c import ANNO_CONTEXT, DOSSIER_CONTEXT, strip_iri

MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64
MAX_ITEMS = 200_000


@dataclass
class Incoming:
    """One annotation as read, before it is placed on a document."""

    id: str = ""
    source: str = ""
    sha256: str = ""
    title: str = ""
    exact: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    kind: Kind = Kind.HIGHLIGHT
    label: str = ""
    entity_name: str = ""
    entity_id: str = ""
    tags: list[str] = field(default_factory=list)
    note: str = ""
    creator: str = ""
    created: str = ""
    modified: str = ""
    status: str = ""
    speaker_name: str = ""
    speaker_id: str = ""
    claim_type: str = ""
    reliability: str = ""
    credibility: int | None = None
    revision: int = 1
    rev: str = ""
    references: list[str] = field(default_factory=list)
    """Hypothesis replies: the ids of the annotations this one answers (oldest first)."""
    page_note: bool = False


def parse(data: bytes, name: str = "the file") -> tuple[str, list[Incoming]]:
    """("w3c" | "hypothesis", annotations) read from `data`; BundleError saying why when it is neither."""
    if len(data) > MAX_BYTES:
        raise BundleError(f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MB; it was not imported.")
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except RecursionError:  # valid JSON nested past what the parser follows: "is not JSON" said it was damaged
        raise BundleError(f"{name} is nested more than {MAX_DEPTH} levels deep; it was not imported.") from None
    except (UnicodeDecodeError, ValueError):
        raise BundleError(f"{name} is not JSON (nor a .dossier bundle, nor a PDF); nothing was imported.") from None
    if _depth(value) > MAX_DEPTH:
        raise BundleError(f"{name} is nested more than {MAX_DEPTH} levels deep; it was not imported.")
    if lone_surrogate(value, data):
        raise BundleError(f"{name} holds text that is not valid Unicode (a lone surrogate escape); nothing was "
                          "imported.")
    hypothesis = _hypothesis_rows(value)
    if hypothesis is not None:
        return "hypothesis", _one_per_id([_from_hypothesis(row) for row in hypothesis if isinstance(row, dict)], name)
    items = _w3c_items(_normalised(value, name))
    if not items:
        raise BundleError(f"{name} holds no W3C Web Annotations or Hypothesis annotations; nothing was imported.")
    if len(items) > MAX_ITEMS:
        raise BundleError(f"{name} holds more than {MAX_ITEMS:,} annotations; it was not imported.")
    return "w3c", _one_per_id([a for item in items for a in _each_target(item)], name)


def _one_per_id(found: list[Incoming], name: str) -> list[Incoming]:
    """`found`, refused when two of them share an id: the second replaced the first, whose words were lost while the
    report said "2 new" (an outside tester, stop 54). Which one is meant is the sender's to say."""
    seen: set[str] = set()
    for a in found:
        if a.id and a.id in seen:
            raise BundleError(f"{name} holds two annotations with the id {a.id[:80]}; nothing was imported. Give "
                              "each its own id (or remove one) and import it again.")
        seen.add(a.id)
    return found


def _depth(value: Any) -> int:
    depth, level = 0, [value]
    while level:
        depth += 1
        if depth > MAX_DEPTH:
            return depth
        nxt: list[Any] = []
        for v in level:
            if isinstance(v, dict):
                nxt += v.values()
            elif isinstance(v, list):
                nxt += v
        level = nxt
    return depth


# -- W3C -------------------------------------------------------------------------------------------
def _loader(url: str, options: Any = None) -> dict[str, Any]:
    if url.rstrip("/") in ANNO_CONTEXT_URLS or url in ANNO_CONTEXT_URLS:
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": anno_context()}
    raise BundleError(f"it names the context {url[:200]}, which Dossier does not fetch (only the W3C "
                      "annotation context is known offline)")


def _normalised(value: Any, name: str) -> Any:
    """The document compacted against the W3C context plus ours; a list of annotations each in turn."""
    from pyld import jsonld  # type: ignore[import-untyped]  # imported here: only imports need it

    if isinstance(value, list):
        return [_normalised(v, name) for v in value]
    if not isinstance(value, dict) or "@context" not in value:
        return value  # plain JSON in the W3C shape: read as is
    if _known_context(value["@context"]) and not _nested_context(value):
        return value  # already in the compact form we read (our own exports): pyld would change nothing
    try:
        return jsonld.compact(value, {"@context": [ANNO_CONTEXT, DOSSIER_CONTEXT]}, {"documentLoader": _loader})
    except RecursionError:
        raise BundleError(f"{name} is nested too deeply; it was not imported.") from None
    except Exception as exc:  # pyld raises its own JsonLdError for every kind of malformed input
        cause: BaseException | None = exc
        while cause is not None and not isinstance(cause, BundleError):
            cause = getattr(cause, "cause", None) or cause.__cause__ or cause.__context__
        if isinstance(cause, BundleError):
            raise BundleError(f"{name}: {cause.message}; nothing was imported.") from None
        detail = " ".join(str(exc).split())[:200]
        raise BundleError(f"{name} is not valid JSON-LD ({detail}); nothing was imported.") from None


def _known_context(context: Any) -> bool:
    """Whether `context` is the W3C context, optionally followed by (a part of) ours."""
    items = context if isinstance(context, list) else [context]
    if not items or items[0] not in ANNO_CONTEXT_URLS:
        return False
    return all(isinstance(c, dict) and all(DOSSIER_CONTEXT.get(k) == v for k, v in c.items()) for c in items[1:])


def _nested_context(value: Any) -> bool:
    """Whether any object below the top one brings its own @context (then only a processor reads it right)."""
    stack = [v for k, v in value.items() if k != "@context"] if isinstance(value, dict) else [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "@context" in item:
                return True
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, dict) and "@list" in value:
        return _list(value["@list"])
    return value if isinstance(value, list) else [value]


def _type(value: dict[str, Any]) -> set[str]:
    return {str(t) for t in _list(value.get("type", value.get("@type")))}


def _w3c_items(value: Any) -> list[dict[str, Any]]:
    """Annotations in an annotation, a list, a page (`items`) or a collection (`first`, chained `next`)."""
    out: list[dict[str, Any]] = []
    for node in _list(value):
        if not isinstance(node, dict):
            continue
        kinds = _type(node)
        if "Annotation" in kinds or ("target" in node and not kinds & {"AnnotationPage", "AnnotationCollection"}):
            out.append(node)
        elif "AnnotationCollection" in kinds:
            page, seen = node.get("first"), 0
            while isinstance(page, dict) and seen < 10_000:
                out += _w3c_items(page)
                page, seen = page.get("next"), seen + 1
        elif "AnnotationPage" in kinds or "items" in node:
            out += [i for i in _list(node.get("items")) if isinstance(i, dict)]
        elif "@graph" in node:
            out += _w3c_items(node["@graph"])
    return out


def _text(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("@value", value.get("value", value.get("name", "")))
    if isinstance(value, list):
        return _text(value[0]) if value else ""
    return "" if value is None or isinstance(value, (dict, list)) else str(value)


def _int(value: Any) -> int | None:
    value = _text(value) if not isinstance(value, int) else value
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None


def _agent(value: Any) -> str:
    for agent in _list(value):
        if isinstance(agent, dict):
            name = _text(agent.get("name") or agent.get("nickname") or agent.get("id") or "")
        else:
            name = _text(agent)
        if name:
            return name
    return ""


MOTIVATION_KIND = {"identifying": Kind.ENTITY, "classifying": Kind.ENTITY, "assessing": Kind.CLAIM,
                   "commenting": Kind.NOTE, "replying": Kind.NOTE, "describing": Kind.NOTE,
                   "highlighting": Kind.HIGHLIGHT, "tagging": Kind.HIGHLIGHT, "bookmarking": Kind.HIGHLIGHT}


def _each_target(item: dict[str, Any]) -> list[Incoming]:
    """An annotation per target of `item` that says where it is (the model allows several: one note on two
    passages), the first with the annotation's id: its other targets were dropped without a word (stop 62)."""
    targets = [t for t in _list(item.get("target")) if isinstance(t, dict)]
    if len(targets) < 2:
        return [_from_w3c(item)]
    out = [_from_w3c({**item, "target": t}) for t in targets]
    for number, a in enumerate(out[1:], start=2):
        a.id = f"{a.id}#target-{number}" if a.id else ""
    return out


def _from_w3c(item: dict[str, Any]) -> Incoming:
    a = Incoming(id=strip_iri(_text(item.get("id", ""))), creator=_agent(item.get("creator")),
                 created=_text(item.get("created")), modified=_text(item.get("modified")))
    _read_target(a, item.get("target"))
    purposes: dict[str, list[dict[str, Any]]] = {}
    for body in _bodies(item):
        if isinstance(body, str):
            body = {"id": body}
        if isinstance(body, dict):
            for purpose in _list(body.get("purpose")) or [""]:
                purposes.setdefault(str(purpose), []).append(body)
    text_of = {p: [_text(b.get("value")) for b in bodies] for p, bodies in purposes.items()}
    a.tags = [t for t in text_of.get("tagging", []) if t]
    a.note = "\n\n".join(t for t in text_of.get("commenting", []) + text_of.get("describing", []) +
                         text_of.get("", []) + text_of.get("replying", []) if t)
    a.label = next(iter(text_of.get("classifying", [])), "")
    identifying = purposes.get("identifying", [])
    if identifying:
        a.entity_name = _text(identifying[0].get("value"))
        a.entity_id = strip_iri(_text(identifying[0].get("dossier:entity", "")))
    motivation = next((str(m) for m in _list(item.get("motivation"))), "")
    kind = _text(item.get("dossier:kind"))
    a.kind = Kind(kind) if kind in Kind._value2member_map_ else MOTIVATION_KIND.get(motivation, Kind.HIGHLIGHT)
    if a.kind is Kind.ENTITY and not a.label:
        a.kind = Kind.HIGHLIGHT if not a.entity_name else a.kind
    if a.kind is Kind.NOTE and not a.note and motivation != "commenting":
        a.kind = Kind.HIGHLIGHT
    a.status = _text(item.get("dossier:status"))
    a.speaker_name = _text(item.get("dossier:speakerName"))
    a.speaker_id = strip_iri(_text(item.get("dossier:speaker")))
    a.claim_type = _text(item.get("dossier:claimType"))
    a.reliability = _text(item.get("dossier:reliability"))
    a.credibility = _int(item.get("dossier:credibility"))
    a.revision = _int(item.get("dossier:revision")) or 1
    a.rev = _text(item.get("dossier:rev"))
    return a


def _bodies(item: dict[str, Any]) -> list[Any]:
    """The annotation's bodies, a `bodyValue` (the plain-text shorthand for a TextualBody, §3.2.5) among them, and of a
    `Choice` (§3.2.8) its first item, the default, with the Choice's purpose where it has none: the notes of both
    came in empty (an outside tester on imports, stop 62)."""
    out: list[Any] = []
    for body in _list(item.get("body")) + ([{"value": item["bodyValue"]}] if "bodyValue" in item else []):
        if isinstance(body, dict) and "Choice" in _type(body):
            first = next(iter(_list(body.get("items"))), None)
            if isinstance(first, dict) and "purpose" not in first and "purpose" in body:
                first = {**first, "purpose": body["purpose"]}
            body = first
        out.append(body)
    return out


def _read_target(a: Incoming, target: Any) -> None:
    for t in _list(target):
        if isinstance(t, str):
            a.source = a.source or t
            continue
        if not isinstance(t, dict):
            continue
        a.source = a.source or _text(t.get("source", t.get("id", "")))
        a.sha256 = a.sha256 or _text(t.get("dossier:sha256"))
        a.title = a.title or _text(t.get("dossier:title"))
        for selector in _selectors(t.get("selector")):
            kinds = _type(selector)
            if "TextQuoteSelector" in kinds and not a.exact:  # composed, as every document's text is (another
                # tool may quote a page decomposed: "Nguye\u0302\u0303n" was nowhere in the text, an orphan)
                a.exact, a.prefix, a.suffix = (unicodedata.normalize("NFC", _text(selector.get(key)))
                                               for key in ("exact", "prefix", "suffix"))
            elif "TextPositionSelector" in kinds and a.start is None:
                a.start, a.end = _int(selector.get("start")), _int(selector.get("end"))
    if a.source.startswith("urn:sha256:"):
        a.sha256 = a.sha256 or strip_iri(a.source)


def _selectors(value: Any) -> list[dict[str, Any]]:
    """Selectors, including those refining others (`refinedBy`) and the ends of RangeSelectors."""
    out: list[dict[str, Any]] = []
    for s in _list(value):
        if isinstance(s, dict):
            out.append(s)
            out += _selectors(s.get("refinedBy"))
    return out


# -- Hypothesis ------------------------------------------------------------------------------------
def _hypothesis_rows(value: Any) -> list[Any] | None:
    """The annotation objects of Hypothesis JSON, or None when `value` is not Hypothesis's shape."""
    if isinstance(value, dict) and "@context" not in value:
        for key in ("rows", "annotations"):
            rows = value.get(key)
            if isinstance(rows, list) and all(_is_hypothesis(r) for r in rows if isinstance(r, dict)):
                return rows
    if isinstance(value, list) and value and all(isinstance(r, dict) and _is_hypothesis(r) for r in value):
        return value
    return None


def _is_hypothesis(row: dict[str, Any]) -> bool:
    return "uri" in row and "target" in row and ("user" in row or "text" in row)


def _from_hypothesis(row: dict[str, Any]) -> Incoming:
    user = _text(row.get("user"))
    info = row.get("user_info")
    display = _text(info.get("display_name")) if isinstance(info, dict) else ""
    a = Incoming(id=_text(row.get("id")), source=_text(row.get("uri")),
                 creator=display or user.removeprefix("acct:").split("@")[0],
                 created=_text(row.get("created")), modified=_text(row.get("updated") or row.get("created")),
                 note=_text(row.get("text")), tags=[_text(t) for t in _list(row.get("tags")) if _text(t)],
                 references=[_text(r) for r in _list(row.get("references")) if _text(r)])
    document = row.get("document")
    if isinstance(document, dict):
        a.title = _text(document.get("title"))
    _read_target(a, row.get("target"))
    if not a.exact and a.start is None:
        a.page_note = not a.references
    a.kind = Kind.NOTE if a.note.strip() else Kind.HIGHLIGHT
    return a


def claim_status(value: str) -> ClaimStatus:
    """A status as read, or unverified when it is not one of ours."""
    try:
        return ClaimStatus(value.lower())
    except ValueError:
        return ClaimStatus.UNVERIFIED
