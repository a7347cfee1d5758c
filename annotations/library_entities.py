"""A library's entity edits: rename, aliases, merge (and other spellings adopted at once), split. Each is one
transaction and one undo step; a merged entity is tombstoned so the merge travels in bundles."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from annotations.changes import Changes
from annotations.errors import NotFoundError, ValidationError
from annotations.ids import new_id, now_iso
from annotations.limits import check_aliases, check_name
from annotations.model import Entity, Kind
from annotations.name_variants import clean_name, name_key
from annotations.store import Store
from annotations.store_transaction import Transaction


class EntityEdits:
    """The `Library` methods that change entities."""

    store: Store

    if TYPE_CHECKING:
        def _done(self, changes: Changes) -> Changes: ...

    def rename_entity(self, entity_id: str, name: str, keep_old_as_alias: bool = True) -> Changes:
        name = clean_name(name)  # (as a marked name is: no bidi override, zero-width space or NUL inside)
        if not name:
            raise ValidationError("An entity needs a name.")
        name = check_name(name)
        e = self._entity(entity_id)
        with self.store.transaction(f"Rename “{e.name}”") as tx:
            e = self._entity(entity_id)
            aliases = check_aliases(tuple(dict.fromkeys(
                a for a in (*e.aliases, *([e.name] if keep_old_as_alias else [])) if a != name)))
            tx.put(e.edited(now_iso(), name=name, aliases=aliases))
        return self._done(tx.changes("Rename entity"))

    def set_aliases(self, entity_id: str, aliases: Sequence[str]) -> Changes:
        e = self._entity(entity_id)
        with self.store.transaction(f"Edit aliases of “{e.name}”") as tx:
            e = self._entity(entity_id)
            clean = check_aliases(tuple(dict.fromkeys(check_name(n, "An alias") for n in map(clean_name, aliases)
                                                      if n and n != e.name)))
            if clean != e.aliases:  # (the Aliases… dialog left as shown: no new revision, no undo step)
                tx.put(e.edited(now_iso(), aliases=clean))
        return self._done(tx.changes("Edit aliases"))

    def merge_entities(self, keep_id: str, other_id: str) -> Changes:
        """`other` becomes an alias of `keep`: its mentions and claims point at `keep`; `other` is tombstoned."""
        keep, other = self._entity(keep_id), self._entity(other_id)
        if keep.id == other.id:
            raise ValidationError("An entity cannot be merged with itself.")
        now = now_iso()
        with self.store.transaction(f"Merge “{other.name}” into “{keep.name}”") as tx:
            aliases = check_aliases(tuple(dict.fromkeys(n for n in (*keep.aliases, *other.names()) if n != keep.name)))
            tx.put(keep.edited(now, aliases=aliases))
            self._fold(tx, keep, other, now)
        return self._done(tx.changes("Merge entities"))

    def _fold(self, tx: Transaction, keep: Entity, other: Entity, now: str) -> None:
        """Within `tx`: `other`'s mentions and claims move to `keep`, and `other` is tombstoned. A mention typed as
        `other` was takes `keep`'s type (a place merged into an organisation: its mentions had stayed PLACE on an
        ORG, and briefs listed the organisation under both; an outside tester, stop 58)."""
        for a in self.store.annotations_of_entity(other.id):
            claim = a.claim
            if claim is not None and claim.speaker_id == other.id:
                claim = replace(claim, speaker_id=keep.id)
            mention = a.entity_id == other.id
            label = keep.type if mention and a.kind is Kind.ENTITY and a.label == other.type else a.label
            tx.put(a.edited(now, entity_id=keep.id if mention else a.entity_id, claim=claim, label=label))
        tx.put(other.edited(now, deleted=True))

    def adopt_spellings(self, entity_id: str, aliases: Sequence[str], merge_ids: Sequence[str]) -> Changes:
        """Other spellings of an entity accepted at once (Entities → Other spellings…): `aliases` are added,
        the entities `merge_ids` folded in (their names become aliases too) — one transaction, one undo step."""
        keep = self._entity(entity_id)
        others = [self._entity(i) for i in dict.fromkeys(merge_ids) if i != keep.id]
        if not aliases and not others:
            raise ValidationError("Tick at least one spelling.")
        now = now_iso()
        label = f"Add other spellings of “{keep.name}”"
        with self.store.transaction(label) as tx:
            keep = self._entity(entity_id)
            added = (check_name(n, "An alias") for n in map(clean_name, aliases) if n)
            names = (*keep.aliases, *added, *(n for o in others for n in o.names()))
            clean: dict[str, str] = {}  # one of each name, ignoring case
            for n in names:
                if n.casefold() != keep.name.casefold():
                    clean.setdefault(n.casefold(), n)
            tx.put(keep.edited(now, aliases=check_aliases(tuple(clean.values()))))
            for other in others:
                self._fold(tx, keep, other, now)
        return self._done(tx.changes(label))

    def split_entity(self, entity_id: str, annotation_ids: Sequence[str], name: str) -> tuple[Entity, Changes]:
        """Undo a wrong merge: these mentions (and claims spoken by it among them) move to the entity they really
        refer to — another entity of the same type with that name, else a new one called `name` (the entity's own
        name: a namesake kept apart); the name stops being an alias of the old one. One undo step. (Split to a
        name another entity had made a second entity of that name, beside it; an outside tester, stop 58.)"""
        old = self._entity(entity_id)
        name = clean_name(name)
        if not name:
            raise ValidationError("The new entity needs a name.")
        chosen = [a for a in self.store.annotations_by_ids(list(annotation_ids))
                  if not a.deleted and (a.entity_id == old.id or (a.claim and a.claim.speaker_id == old.id))]
        if not chosen:
            raise ValidationError(f"Choose mentions of “{old.name}” to split off.")
        existing = self.namesake(old.id, name)
        now = now_iso()
        label = f"Move {len(chosen)} mention(s) of “{old.name}” to “{existing.name}”" if existing is not None else \
            f"Split “{name}” from “{old.name}”"
        with self.store.transaction(label) as tx:
            new = existing or Entity(id=new_id(), name=name, type=old.type, created=now, modified=now)
            if existing is None:
                tx.put(new)
            if name.casefold() in (a.casefold() for a in old.aliases):
                tx.put(old.edited(now, aliases=tuple(a for a in old.aliases if a.casefold() != name.casefold())))
            for a in chosen:
                claim = a.claim
                if claim is not None and claim.speaker_id == old.id:
                    claim = replace(claim, speaker_id=new.id)
                tx.put(a.edited(now, entity_id=new.id if a.entity_id == old.id else a.entity_id, claim=claim))
        return new, self._done(tx.changes(label))

    def namesake(self, entity_id: str, name: str) -> Entity | None:
        """Another live entity of `entity_id`'s type named `name` (spelled alike: `name_key`), if there is one —
        what a rename or split to that name would put beside it."""
        entity = self._entity(entity_id)
        key = name_key(clean_name(name))
        same = [e for e in self.store.find_entities_spelled_like(clean_name(name))
                if e.id != entity.id and e.type == entity.type and name_key(e.name) == key]
        return min(same, key=lambda e: e.id) if same else None

    def _entity(self, entity_id: str) -> Entity:
        e = self.store.entity(entity_id)
        if e is None or e.deleted:
            raise NotFoundError(f"No entity {entity_id}.")
        return e
