"""What a suggester proposes: one entity mention or one candidate claim, never stored until accepted. Its own module,
compiled with the rules (`compiled.py`), so that the rules read its fields as a native class's (a megabyte of news
makes ~30,000 and the rules read their fields millions of times)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(init=False, unsafe_hash=True, slots=True)
class Suggestion:
    """A value: equal and hashed by its fields, copied with `dataclasses.replace`. Its fields are `Final` rather than
    the dataclass frozen: compiled, a frozen dataclass is built by Python code that sets each field through
    `object.__setattr__` (1.9 µs a suggestion, this 0.1), while a `Final` field has no setter (assigning one raises
    AttributeError); as Python, mypy refuses any assignment outside `__init__`."""

    kind: Final[str]  # "entity" | "claim"
    start: Final[int]
    end: Final[int]
    exact: Final[str]
    type: Final[str]  # codebook label (PERSON, ORG...) or claim type (quote, statistic...)
    speaker: Final[str | None]
    name: Final[str | None]  # entities: the entity it names ("Macron" -> "Emmanuel Macron"); None = itself
    source: Final[str]  # library | gazetteer | pattern | reporting-verb | quote ...
    speaker_kind: Final[str | None]  # claims: "named" (a person or organisation) | "unnamed" ("officials")
    affiliation: Final[str | None]  # claims: "said X of Y" -> Y
    speaker_type: Final[str | None]  # claims: a named speaker's entity type (PERSON, ORG, PLACE) if a mention shows it

    def __init__(self, kind: str, start: int, end: int, exact: str, type: str, speaker: str | None = None,
                 name: str | None = None, source: str = "", speaker_kind: str | None = None,
                 affiliation: str | None = None, speaker_type: str | None = None) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.exact = exact
        self.type = type
        self.speaker = speaker
        self.name = name
        self.source = source
        self.speaker_kind = speaker_kind
        self.affiliation = affiliation
        self.speaker_type = speaker_type

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "start": self.start, "end": self.end, "exact": self.exact,
                                  "type": self.type, "speaker": self.speaker}
        if self.kind == "claim":
            out |= {"speaker_kind": self.speaker_kind, "speaker_type": self.speaker_type,
                    "affiliation": self.affiliation}
        return out

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        """Pickled by its fields (suggestions travel from the job process): a compiled class has no instance
        dictionary for pickle to restore."""
        return (Suggestion, (self.kind, self.start, self.end, self.exact, self.type, self.speaker, self.name,
                             self.source, self.speaker_kind, self.affiliation, self.speaker_type))
