"""A hand-built exercise: one short article, an answer key and two trainees, scored by hand in the tests.

    key      entities: Maria Zakharova PERSON, Monday DATE, Russia PLACE, EU ORG, Paris PLACE
             claims:   C1 "Maria Zakharova said ... respond." (Maria Zakharova, disputed)
                       C2 "The EU denied it." (EU, unverified)
    trainee A  Zakharova PERSON (overlap only), Monday DATE, Russia ORG (wrong type), EU ORG, Paris PLACE;
               C1 without its full stop (Maria Zakharova, disputed); an extra claim "Paris was calm."
    trainee B  the five key entities exactly; C1 (Russia, supported), C2 (EU, unverified)
"""
from __future__ import annotations

import hashlib
import uuid

from annotations.bundle import Bundle
from annotations.model import Annotation, ClaimFields, DocumentRecord, Entity, Kind, Target

TEXT = "Maria Zakharova said on Monday that Russia would respond. The EU denied it. Paris was calm."
DOC_ID = hashlib.sha256(TEXT.encode()).hexdigest()
C1 = "Maria Zakharova said on Monday that Russia would respond."
C2 = "The EU denied it."


def _id(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, name))


class Builder:
    def __init__(self, who: str) -> None:
        self.who = who
        self.annotations: list[Annotation] = []
        self.entities: dict[str, Entity] = {}

    def entity_id(self, name: str, type_: str) -> str:
        if name not in self.entities:
            self.entities[name] = Entity(id=_id(f"{self.who}/{name}"), name=name, type=type_)
        return self.entities[name].id

    def mention(self, quote: str, label: str, name: str | None = None, occurrence: int = 1) -> Annotation:
        start = -1
        for _ in range(occurrence):
            start = TEXT.index(quote, start + 1)
        a = Annotation(id=_id(f"{self.who}/{len(self.annotations)}"), document_id=DOC_ID, kind=Kind.ENTITY,
                       target=Target(start, start + len(quote), quote), label=label,
                       entity_id=self.entity_id(name or quote, label), created="2026-11-25T08:00:00Z",
                       modified="2026-11-25T08:00:00Z")
        self.annotations.append(a)
        return a

    def claim(self, quote: str, speaker: str | None, status: str, claim_type: str = "statement",
              note: str = "", tags: tuple[str, ...] = ()) -> Annotation:
        start = TEXT.index(quote)
        speaker_id = self.entity_id(speaker, "PERSON") if speaker else None
        a = Annotation(id=_id(f"{self.who}/{len(self.annotations)}"), document_id=DOC_ID, kind=Kind.CLAIM,
                       target=Target(start, start + len(quote), quote), note=note, tags=tags,
                       claim=ClaimFields(speaker_id=speaker_id, claim_type=claim_type, status=status),  # type: ignore[arg-type]
                       created="2026-11-25T08:00:00Z", modified="2026-11-25T08:00:00Z")
        self.annotations.append(a)
        return a

    def bundle(self, answer_key: bool = False, with_text: bool = False) -> Bundle:
        doc = DocumentRecord(id=DOC_ID, format="txt", title="Moscow responds", text=TEXT if with_text else "")
        return Bundle(creator=self.who, created="2026-11-25T08:00:00Z", answer_key=answer_key,
                      annotations=list(self.annotations), entities=list(self.entities.values()), documents=[doc])


def key() -> Builder:
    b = Builder("Trainer")
    b.mention("Maria Zakharova", "PERSON")
    b.mention("Monday", "DATE")
    b.mention("Russia", "PLACE")
    b.mention("EU", "ORG")
    b.mention("Paris", "PLACE")
    b.claim(C1, "Maria Zakharova", "disputed", "quote", note="Contradicted by the ministry.", tags=("response",))
    b.claim(C2, "EU", "unverified", "denial")
    return b


def trainee_a() -> Builder:
    b = Builder("Ana")
    b.mention("Zakharova", "PERSON", name="Maria Zakharova")
    b.mention("Monday", "DATE")
    b.mention("Russia", "ORG")
    b.mention("EU", "ORG")
    b.mention("Paris", "PLACE")
    b.claim(C1[:-1], "Maria Zakharova", "disputed")
    b.claim("Paris was calm.", None, "unverified")
    return b


def trainee_b() -> Builder:
    b = Builder("Ben")
    for quote, label in (("Maria Zakharova", "PERSON"), ("Monday", "DATE"), ("Russia", "PLACE"), ("EU", "ORG"),
                         ("Paris", "PLACE")):
        b.mention(quote, label)
    b.claim(C1, "Russia", "supported")
    b.claim(C2, "EU", "unverified")
    return b
