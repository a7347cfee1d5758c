"""The agreement report as Markdown and as one self-contained HTML file (escaped, no external requests).

Both say the same things in the same order: what was compared, the class table, the class's agreement
(with many trainees), then per trainee the scores by type, the claim figures, and misses and extras.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import partial
from pathlib import PurePath

from annotations.workshop.agreement import Item, Score
from annotations.workshop.exercise import DiffItem, ExerciseReport, TraineeResult

Table = tuple[list[str], list[list[str]]]


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _prf(score: Score) -> list[str]:
    return [_pct(score.precision), _pct(score.recall), _pct(score.f1)]


def _entity_scores(t: TraineeResult) -> list[float | None]:
    """P, R, F1 (exact) and F1 (overlap) of a trainee's entities; None each when the key marks no entity (a claims
    exercise: nothing to find, so a trainee who marked people anyway read 0.00 and one who marked nothing 1.00)."""
    if not t.entities.exact.tp + t.entities.exact.fn:
        return [None] * 4
    exact = t.entities.exact
    return [exact.precision, exact.recall, exact.f1, t.entities.overlap.f1]


def _entity_score(t: TraineeResult, index: int) -> float | None:
    return _entity_scores(t)[index]


def class_table(report: ExerciseReport) -> Table:
    """One row per trainee, then the class mean. A "Copied from key" column appears when some bundle held
    the answer key's own records (not credited)."""
    copies = any(t.copied or t.copied_edited for t in report.trainees)
    head = ["Trainee", "P (exact)", "R (exact)", "F1 (exact)", "F1 (overlap)", "Boundary errors", "Claims found",
            "Speaker", "Status", "Status κ"] + (["Copied from key"] if copies else [])
    rows = []
    for t in report.trainees:
        c = t.claims
        rows.append([t.name, *map(_pct, _entity_scores(t)), str(t.entities.boundary_errors),
                     f"{c.score.tp}/{c.score.tp + c.score.fn}", _pct(c.speaker_agreement), _pct(c.status_agreement),
                     _pct(c.status_kappa)] + ([str(t.copied + t.copied_edited)] if copies else []))
    scored = report.in_class
    if len(report.trainees) > 1:
        def mean(get: Callable[[TraineeResult], float | None]) -> str:
            values = [v for t in scored if (v := get(t)) is not None]
            return _pct(sum(values) / len(values)) if values else "n/a"
        label = "Class mean" + (f" ({len(scored)} of {len(report.trainees)})" if len(scored) < len(report.trainees)
                                else "")
        rows.append([label, *(mean(partial(_entity_score, index=i)) for i in range(4)),
                     f"{sum(t.entities.boundary_errors for t in scored) / len(scored):.1f}" if scored else "n/a",
                     mean(lambda t: t.claims.score.recall if t.claims.score.tp + t.claims.score.fn else None),
                     mean(lambda t: t.claims.speaker_agreement),
                     mean(lambda t: t.claims.status_agreement), mean(lambda t: t.claims.status_kappa)]
                    + ([""] if copies else []))
    return head, rows


def type_table(result: TraineeResult) -> Table:
    head = ["Type", "Key", "Marked", "P", "R", "F1", "F1 (overlap)"]
    rows = []
    for label, (exact, over) in result.entities.by_type.items():
        rows.append([label, str(exact.tp + exact.fn), str(exact.tp + exact.fp), *_prf(exact), _pct(over.f1)])
    return head, rows


def diff_table(result: TraineeResult) -> Table:
    """The rows a trainer goes through: every disagreement (boundary, wrong type, missed, extra, a matched
    claim's speaker or status), each with the key's text and the trainee's side by side, and every row the
    trainee wrote a note on (their reason, in Detail)."""
    head = ["Disagreement", "Kind", "Type", "Key text", "Trainee text", "Detail"]
    rows = [[d.disagreement or "both", d.item.kind, _types(d), _quote(d.key_item), _quote(d.trainee_item),
             row_detail(d)] for d in result.diff() if d.shown]
    return head, rows


def row_detail(d: DiffItem) -> str:
    """A row's Detail: the speaker or status disagreement, then the trainee's note."""
    note = " ".join(d.trainee_note.split())
    return "; ".join(p for p in (d.detail, f"trainee's note: {note}" if note else "") if p)


def row_class(disagreement: str) -> str:
    """A CSS class (and colour family) for a row's disagreement."""
    for prefix, name in (("boundary", "boundary"), ("wrong type", "wrongtype"), ("missed", "missed"),
                         ("extra", "extra")):
        if disagreement.startswith(prefix):
            return name
    return "both"


def _types(d: DiffItem) -> str:
    k, t = d.key_item, d.trainee_item
    if k is not None and t is not None and k.label != t.label and d.item.kind == "entity":
        return f"{k.label} → {t.label}"
    return d.item.label


def _quote(item: Item | None) -> str:
    if item is None:
        return "—"
    text = " ".join(item.exact.split())
    return text if len(text) <= 120 else text[:117] + "…"


def _facts(report: ExerciseReport) -> list[tuple[str, str]]:
    key = report.key
    flag = "" if key.answer_key else " (not flagged as an answer key)"
    facts = [("Answer key", f"{key.name} — {key.source}{flag}"),
             ("Documents", "; ".join(t for _, t in report.documents)),
             ("Key", key.summary()),
             ("Trainees", _trainees(report))]
    if report.agreement is not None:
        a = report.agreement
        facts.append(("Class agreement (Krippendorff's α)",
                      f"entities {_pct(a.entity_alpha)} over {a.entity_units} units; "
                      f"claim status {_pct(a.status_alpha)} over {_n(a.status_units, 'claim')}"))
    return facts


def _trainees(report: ExerciseReport) -> str:
    out = str(len(report.trainees))
    left_out = [t.name for t in report.trainees if not t.in_class]
    if left_out:
        out += f"; left out of the class figures (nothing of theirs on the key's document): {', '.join(left_out)}"
    if report.dropped:
        out += "; not scored: " + "; ".join(f"{PurePath(d.source).name} ({'refused: ' if d.refused else ''}"
                                            f"{d.reason})" for d in report.dropped)
    return out


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _hardest(report: ExerciseReport, limit: int = 10) -> Table:
    head = ["Found by", "Kind", "Type", "Text"]
    if report.agreement is None:
        return head, []
    n = len(report.in_class)
    rows = [[f"{hits}/{n}", i.kind, i.label, " ".join(i.exact.split())[:120]]
            for i, hits in report.agreement.found_by if hits < n][:limit]
    return head, rows


# -- Markdown ---------------------------------------------------------------------------------------
def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


_MD_PUNCTUATION = re.compile(r"([\\`*_\[\]!~:@])")
_MD_WWW = re.compile(r"(?i)\b(www)\.")


def _md_text(text: str) -> str:
    """Text someone else chose (a trainee's name, a quote, an entity type, a file name) as Markdown that
    says only that text: no link, image, emphasis or code can start in it, and no bare URL is made a link
    (`[click](http://x)` stays those characters). Pass the result through `_md_cell` too."""
    return _MD_WWW.sub(r"\1\\.", _MD_PUNCTUATION.sub(r"\\\1", text))


def _md_table(table: Table, user: tuple[int, ...] = ()) -> list[str]:
    """A Markdown table; the columns `user` hold text someone else chose (escaped with `_md_text`)."""
    head, rows = table
    if not rows:
        return ["(none)", ""]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(_md_cell(_md_text(c) if n in user else c) for n, c in enumerate(row)) + " |"
            for row in rows]
    return out + [""]


def to_markdown(report: ExerciseReport) -> bytes:
    out = ["# Exercise agreement report", ""]
    out += [f"- **{k}:** {_md_cell(_md_text(v))}" for k, v in _facts(report)] + [""]
    out += ["## Class", ""] + _md_table(class_table(report), user=(0,))
    if report.agreement is not None:
        out += ["### Most often missed", ""] + _md_table(_hardest(report), user=(2, 3))
    for t in report.trainees:
        out += [f"## {_md_cell(_md_text(t.name))}", ""]
        out += [f"> {_md_cell(_md_text(w))}" for w in t.warnings] + ([""] if t.warnings else [])
        out += ["### Entity mentions by type", ""] + _md_table(type_table(t), user=(0,))
        c = t.claims
        out += ["### Claims", "",
                f"- Matched {c.score.tp} of {c.score.tp + c.score.fn} key claim{'' if c.score.tp + c.score.fn == 1 else 's'}; {c.score.fp} extra "
                f"(P {_pct(c.score.precision)}, R {_pct(c.score.recall)}, F1 {_pct(c.score.f1)})",
                f"- Speaker agreement {_pct(c.speaker_agreement)} ({c.speaker_agreed}/{c.speaker_compared})",
                f"- Status agreement {_pct(c.status_agreement)}, Cohen's κ {_pct(c.status_kappa)}", ""]
        out += ["### Misses, extras and disagreements", ""]
        out += _md_table(diff_table(t), user=(2, 3, 4, 5))
    return ("\n".join(out).rstrip("\n") + "\n").encode("utf-8")


# -- HTML -------------------------------------------------------------------------------------------
CSS = """body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;color:#111}
h1{font-size:1.5em}h2{margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;font-size:.92em;margin:.5em 0 1em}
th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}th{background:#f2f2f2}
.missed{color:#b00020;font-weight:600}.extra{color:#0b5394;font-weight:600}.both{color:#1b7f3b}
.boundary{color:#a04b00;font-weight:600}.wrongtype{color:#6a1b9a;font-weight:600}
.warn{background:#fff4ce;padding:.4em .6em}dt{font-weight:600}dd{margin:0 0 .4em 0}"""


def _html_table(table: Table, first_col_class: bool = False) -> str:
    head, rows = table
    if not rows:
        return "<p>(none)</p>"
    out = ["<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr>"]
    for row in rows:
        cells = [f"<td class='{row_class(c)}'>" if first_col_class and n == 0 else "<td>" for n, c in enumerate(row)]
        out.append("<tr>" + "".join(f"{o}{html.escape(c)}</td>" for o, c in zip(cells, row)) + "</tr>")
    return "".join(out) + "</table>"


def to_html(report: ExerciseReport) -> bytes:
    out = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
           "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">",
           "<title>Exercise agreement report</title>", f"<style>{CSS}</style></head><body>",
           "<h1>Exercise agreement report</h1><dl>"]
    out += [f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in _facts(report)]
    out += ["</dl><h2>Class</h2>", _html_table(class_table(report))]
    if report.agreement is not None:
        out += ["<h3>Most often missed</h3>", _html_table(_hardest(report))]
    for t in report.trainees:
        out.append(f"<h2>{html.escape(t.name)}</h2>")
        out += [f"<p class='warn'>{html.escape(w)}</p>" for w in t.warnings]
        out += ["<h3>Entity mentions by type</h3>", _html_table(type_table(t))]
        c = t.claims
        out.append(f"<h3>Claims</h3><p>Matched {c.score.tp} of {c.score.tp + c.score.fn} key claim{'' if c.score.tp + c.score.fn == 1 else 's'}, {c.score.fp} extra "
                   f"(P {_pct(c.score.precision)}, R {_pct(c.score.recall)}, F1 {_pct(c.score.f1)}). "
                   f"Speaker agreement {_pct(c.speaker_agreement)} ({c.speaker_agreed}/{c.speaker_compared}); "
                   f"status agreement {_pct(c.status_agreement)}, Cohen's κ {_pct(c.status_kappa)}.</p>")
        out += ["<h3>Misses, extras and disagreements</h3>",
                _html_table(diff_table(t), first_col_class=True)]
    out.append("</body></html>")
    return "\n".join(out).encode("utf-8")
