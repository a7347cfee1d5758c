"""What a claim's speaker is (`Speaker`: named or unnamed, an affiliation, an organisation's voice) and what the
text has named so far while claims are read in order (`Context`: the people, organisations and unnamed sources
"he", "she", "they" and "the union" may point back to). Shared by `speakers.py` and `sources.py`."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from annotations.suggest import Suggestion

SPEAKER_TYPES: Final = ("PERSON", "ORG", "PLACE")


@dataclass(init=False, unsafe_hash=True, slots=True)
class Speaker:
    """A value with `Final` fields rather than a frozen dataclass, as `Suggestion` (suggestion.py says why)."""

    name: Final[str]
    kind: Final[str]  # "named" | "unnamed"
    affiliation: Final[str | None]
    voice: Final[bool]  # an organisation speaking through a person ("a spokesman for X"): "he" later is X

    def __init__(self, name: str, kind: str, affiliation: str | None = None, voice: bool = False) -> None:
        self.name = name
        self.kind = kind
        self.affiliation = affiliation
        self.voice = voice


@dataclass
class Context:
    """What the text has named so far (for "he", "the union")."""

    last_person: str | None = None
    orgs: list[str] | None = None
    last_unnamed: str | None = None  # the latest plural unnamed source ("some experts"), for "they"
    unnamed_at: int = -1
    single_unnamed: tuple[str, int] | None = None  # the latest singular unnamed person speaking, where, for "he"
    person_at: int = -1  # where the latest person was named
    org_at: int = -1  # where the latest organisation was named
    recent: list[str] = field(default_factory=list)  # people named so far, the latest last (for "he"/"she")
    gender: dict[str, str] = field(default_factory=dict)  # a person's gender where the text shows it
    names: dict[str, str] = field(default_factory=dict)  # fullest forms of loose names looked up so far
    roles: dict[str, str] = field(default_factory=dict)  # role noun -> the person the text gave it to
    previous: tuple[int, Sequence[Suggestion], str | None] | None = None  # the sentence before: its start,
    # mentions outside quotes and named speaker (its subject is looked for only when "He"/"She" opens a sentence)
    quoting: str | None = None  # the person whose quotation the sentences since the latest attributed one continue
    spoke_org: str | None = None  # the organisation the sentence before gave its words to, for "It said"
    body: str | None = None  # the latest unnamed body speaking ("the Ukrainian border service"), for "the service"
    body_at: int = -1  # where the sentence it spoke in starts
    spoke_body: str | None = None  # that body when the sentence before gave it its words, for "it added"
    subject: tuple[str, int] | None = None  # the latest person named as a sentence's subject, and where
    spoke_at: int = -1  # where the latest sentence with a named speaker starts
    voice_org: tuple[str, str] | None = None  # the latest organisation that spoke through a spokesperson and that
    # person's noun ("spokesman", "spokeswoman", "spokesperson"), for "the spokesman"
    surname_starts: dict[str, list[int]] = field(default_factory=dict)  # the surname of each person given a shared
    # role -> every place it starts in the text (`text_scan.starts_of`), for `latest_holder`

    def __post_init__(self) -> None:
        self.orgs = self.orgs or []

    def met(self, name: str) -> None:
        """A person named (or spoken of as the speaker): the latest of the recent people."""
        self.last_person = name
        if self.recent and self.recent[-1] == name:
            return
        if name in self.recent:
            self.recent.remove(name)
        self.recent.append(name)
        del self.recent[:-12]


def full_name(mention: Suggestion, full_names: dict[str, str]) -> str:
    return mention.name or full_names.get(mention.exact, mention.exact)
