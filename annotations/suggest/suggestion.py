"""What a suggester proposes: one entity mention or one candidate claim, never stored until accepted. Its own module,
compiled with the rules (`compiled.py`), so that the rules read its fields as a native class's (a megabyte of news
makes ~30,000 and the rules read their fields millions of times)."""
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

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        """Pickled by its fields (suggestions travel from the job process): a compiled frozen class cannot be
        unpickled by setting its attributes one by one."""
        return (Suggestion, (self.kind, self.start, self.end, self.exact, self.type, self.speaker, self.name,
                             self.source, self.speaker_kind, self.affiliation, self.speaker_type))
