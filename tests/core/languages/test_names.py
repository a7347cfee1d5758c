"""Names across scripts and romanisations: one key family, search through entities, spelling proposals."""
from __future__ import annotations

import itertools

import pytest

from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.name_keys import same_name, similarity
from annotations.spellings import spelling_proposals
from reader.document.loader import load_document
from tests.conftest import SAMPLES

ZELENSKYY = ["Zelenskyy", "Zelensky", "Selenskyj", "Zelenskiy", "Zelenskij", "Зеленський", "Зеленский",
             "Зеленського", "Зеленскому", "Zelenskyj"]


@pytest.mark.parametrize(("a", "b"), list(itertools.combinations(ZELENSKYY, 2)))
def test_one_key_family_across_scripts_and_romanisations(a: str, b: str) -> None:
    assert same_name(a, b) and similarity(a, b) == 100.0


@pytest.mark.parametrize(("a", "b"), [
    ("Olena Kovalchuk", "Олена Ковальчук"), ("Olena Kovalchuk", "Olena Kovaltchouk"),  # French
    ("Olena Kovalchuk", "Olena Kowaltschuk"), ("Olena Kovalchuk", "Елена Ковальчук"),  # German; Russian given name
    ("Helena Brandt", "Гелена Брандт"), ("Helena Brandt", "Хелена Брандт"),  # Ukrainian г = h, Russian х
    ("Jonas Albrecht", "Йонас Альбрехт"), ("Piotr Zielinski", "Пётр Зелинский"), ("Piotr Zielinski", "Пйотр Зелінський"),
    ("Sofia Rautio", "Софья Раутио"), ("Sofia Rautio", "Софія Раутіо"), ("Yulia Tymoshenko", "Юлія Тимошенко"),
    ("Yulia Tymoshenko", "Julija Tymoschenko"), ("Kharkiv", "Харків"), ("Kyiv", "Київ"), ("Navalny", "Навальный"),
    ("Helena Brandt", "هيلينا براندت"), ("Sofia Rautio", "صوفيا راوتيو"), ("Piotr Zielinski", "بيوتر زيلينسكي"),
    ("Volodymyr Zelenskyy", "Зеленський"), ("Volodymyr Zelenskyy", "Володимир Зеленський"),
    ("Piotr Zielinski", "Зелінського"),
])
def test_spellings_of_one_name(a: str, b: str) -> None:
    assert same_name(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Zelenskyy", "Zielinski"), ("Zelensky", "Zakharova"), ("Maria Brandt", "Marta Brandt"), ("Brandt", "Brand"),
    ("Helena Brandt", "Helena Berg"), ("Sofia Rautio", "Sofia Hedlund"), ("Kyiv", "Kiel"),
    ("Karl Hedlund", "Karl Hedlund Jr Smith"),
])
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert not same_name(a, b)


def test_no_two_of_400_distinct_names_are_taken_for_one() -> None:
    first = ["Maria", "Tomas", "Helena", "Jonas", "Sofia", "Karl", "Ines", "Piotr", "Amara", "Anil", "Claire", "Marta",
             "Ravi", "Giorgia", "Keir", "Olaf", "Lena", "Nadia", "Yusuf", "Elena"]
    last = ["Zakharova", "Ek", "Brandt", "Albrecht", "Rautio", "Hedlund", "Varga", "Zielinski", "Osei", "Mehta",
            "Dubois", "Lindqvist", "Menon", "Meloni", "Starmer", "Scholz", "Berg", "Haddad", "Demir", "Petrova"]
    names = [f"{f} {l}" for f in first for l in last]
    assert [(a, b) for a, b in itertools.combinations(names, 2) if same_name(a, b)] == []


def _library_with_samples(library: Library) -> dict[str, str]:
    ids = {}
    for name in ("uk_energy_agreement.txt", "ru_baltic_reserve.txt", "ar_gas_contract.txt", "fr_energy_ministers.txt",
                 "de_plant_repair.txt", "harbour_council.txt", "grid_shortfall.html"):
        record, _ = library.add_document(load_document(SAMPLES / name), SAMPLES / name)
        ids[name] = record.id
    return ids


def _mark(library: Library, doc_id: str, quote: str, entity: str, label: str = "PERSON") -> str:
    start = library.document(doc_id).text.index(quote)
    annotation, _ = library.annotate(doc_id, AnnotationInput(Kind.ENTITY, start, start + len(quote), label=label,
                                                             entity_name=entity))
    return annotation.id


def test_a_latin_query_finds_the_annotations_of_an_entity_known_in_cyrillic(library: Library) -> None:
    ids = _library_with_samples(library)
    mention = _mark(library, ids["uk_energy_agreement.txt"], "Пйотр Зелінський", "Пйотр Зелінський")
    for query in ("Zielinski", "Zelinsky", "Зелинский", "Зелінського", "Piotr Zielinski"):
        hits = library.search(query).hits
        assert [h.annotation_id for h in hits] == [mention], query
        assert "<b>Зелінський</b>" in hits[0].snippet


def test_an_alias_in_another_script_makes_the_entity_found_by_its_other_spellings(library: Library) -> None:
    ids = _library_with_samples(library)
    english = _mark(library, ids["harbour_council.txt"], "Piotr Zielinski", "Piotr Zielinski")
    russian = _mark(library, ids["ru_baltic_reserve.txt"], "Пётр Зелинский", "Piotr Zielinski")
    found = {h.annotation_id for h in library.search("Зелінський").hits}  # Ukrainian spelling, in neither text
    assert found == {english, russian}
    assert {h.annotation_id for h in library.search("Zelinskiy").hits} == {english, russian}


def test_plain_english_spellings_widen_nothing(library: Library) -> None:
    ids = _library_with_samples(library)
    _mark(library, ids["harbour_council.txt"], "Tomas Ek", "Tomas Ek")
    q = library.search("Ek")
    assert q.total == 1  # only the mention named so: "Ek" has no other spelling in the library


def test_the_library_proposes_other_spellings_of_an_entity(library: Library) -> None:
    ids = _library_with_samples(library)
    _mark(library, ids["grid_shortfall.html"], "Helena Brandt", "Helena Brandt")
    _mark(library, ids["harbour_council.txt"], "Piotr Zielinski", "Piotr Zielinski")
    _mark(library, ids["grid_shortfall.html"], "Vesterby", "Vesterby", "PLACE")
    proposals = spelling_proposals(library.store)
    by_entity: dict[str, set[str]] = {}
    for p in proposals:
        by_entity.setdefault(p.entity_name, set()).update(p.aliases)
    assert {"Хелена Брандт", "Брандт", "هيلينا براندت"} <= by_entity["Helena Brandt"]
    assert {"Пётр Зелинский", "بيوتر زيلينسكي"} <= by_entity["Piotr Zielinski"]
    assert "Вестербі" in by_entity["Vesterby"]
    assert all(p.spelling not in ("Helena Brandt", "Brandt", "Brand", "The Vesterby") for p in proposals)
    brandt = next(p for p in proposals if p.spelling == "Хелена Брандт")
    assert brandt.documents == (ids["ru_baltic_reserve.txt"],)
    assert brandt.question == "“Хелена Брандт” appears in 1 document — same as Helena Brandt?"
    assert "Гелена Брандт" in by_entity["Helena Brandt"]  # Ukrainian г read as h


def test_a_spelling_that_is_an_entity_of_its_own_is_a_merge_proposal(library: Library) -> None:
    ids = _library_with_samples(library)
    _mark(library, ids["harbour_council.txt"], "Piotr Zielinski", "Piotr Zielinski")
    _mark(library, ids["ru_baltic_reserve.txt"], "Пётр Зелинский", "Пётр Зелинский")
    proposal = next(p for p in spelling_proposals(library.store) if p.spelling == "Пётр Зелинский"
                    and p.entity_name == "Piotr Zielinski")
    assert proposal.other_entity_id == library.store.find_entities("Пётр Зелинский")[0].id
    assert "(an entity of its own)" in proposal.question


def test_accepted_spellings_are_not_proposed_again(library: Library) -> None:
    ids = _library_with_samples(library)
    _mark(library, ids["grid_shortfall.html"], "Helena Brandt", "Helena Brandt")
    entity = library.store.find_entities("Helena Brandt")[0]
    first = [p.spelling for p in spelling_proposals(library.store, [entity.id])]
    library.set_aliases(entity.id, first)
    assert spelling_proposals(library.store, [entity.id]) == []
