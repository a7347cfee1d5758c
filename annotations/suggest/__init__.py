"""Offline suggestions: entity mentions and candidate claims, never stored until accepted. Qt-free."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Suggestion:
    kind: str  # "entity" | "claim"
    start: int
    end: int
    exact: str
    type: str  # codebook label (PERSON, ORG...) or claim type (quote, statistic...)
    speaker: str | None = None
    name: str | None = None  # entities: the entity it names ("Macron" -> "Emmanuel Macron"); None = itself
    source: str = ""  # library | gazetteer | pattern | reporting-verb | quote ...
    speaker_kind: str | None = None  # claims: "named" (a person or organisation) | "unnamed" ("officials")
    affiliation: str | None = None  # claims: "said X of Y" -> Y
    speaker_type: str | None = None  # claims: a named speaker's entity type (PERSON, ORG, PLACE) if a mention shows it

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "start": self.start, "end": self.end, "exact": self.exact,
                                  "type": self.type, "speaker": self.speaker}
        if self.kind == "claim":
            out |= {"speaker_kind": self.speaker_kind, "speaker_type": self.speaker_type,
                    "affiliation": self.affiliation}
        return out


from annotations.suggest.compiled import use_compiled  # noqa: E402  (after Suggestion, which compiled modules import)

COMPILED: bool = use_compiled(__path__)
"""True when the rules below run as mypyc-compiled modules (see compiled.py), False when as Python."""
