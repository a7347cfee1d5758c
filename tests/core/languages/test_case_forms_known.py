"""A known person in Ukrainian and Russian case forms (break18 bugs 9, 14): "Зеленського", "Зеленському" are
suggested as that entity and marked by Ctrl+M; another person with the same surname ("Сергій Зеленський") or
the feminine form ("Олена Зеленська") is not."""
from __future__ import annotations

import pytest

from annotations.anchoring import make_target
from annotations.mark_all import plan_mark_all
from annotations.model import Annotation, Entity, Kind
from annotations.suggest.across_scripts import suggest_known_across_scripts
from annotations.suggest.gazetteer_languages import surname_case_form

UK = ("Президент Володимир Зеленський прибув до Львова. Зеленського зустріли мешканці, а Зеленському подарували "
      "квіти.\nПерша леді Олена Зеленська відвідала школу. Сергій Зеленський, фермер, теж прийшов.")
RU = "Президент Владимир Зеленский прибыл во Львов. Зеленского встретили жители, а Зеленскому подарили цветы."


@pytest.mark.parametrize(("word", "surname", "fits"), [
    ("Зеленського", "Зеленський", True), ("Зеленському", "Зеленський", True), ("Зеленським", "Зеленський", True),
    ("Зеленскому", "Зеленский", True), ("Зеленська", "Зеленський", False), ("Зеленської", "Зеленська", True),
    ("Зеленського", "Зеленська", False), ("Зеленський", "Зеленський", False), ("Зеленко", "Зеленський", False),
    ("Петрова", "Петров", None), ("Шевчука", "Шевчук", None), ("Zelenskyy", "Зеленський", False),
])
def test_surname_case_forms(word: str, surname: str, fits: bool | None) -> None:
    assert surname_case_form(word, surname) is fits


@pytest.mark.parametrize("known", [
    [("Volodymyr Zelenskyy", "PERSON", "Volodymyr Zelenskyy")],
    [("Volodymyr Zelenskyy", "PERSON", "Volodymyr Zelenskyy"), ("Володимир Зеленський", "PERSON", "Volodymyr Zelenskyy")],
])
def test_case_forms_of_a_known_person_are_suggested_as_that_person(known: list[tuple[str, str, str]]) -> None:
    found = {s.exact: s.name for s in suggest_known_across_scripts(UK, known)}
    assert found.get("Зеленського") == found.get("Зеленському") == "Volodymyr Zelenskyy"
    assert "Олена Зеленська" not in found and "Зеленська" not in found


def _plan(text: str, quote: str, entity: Entity) -> list[tuple[str, bool]]:
    start = text.index(quote)
    current = Annotation(id="a", document_id="d", kind=Kind.ENTITY, target=make_target(text, start, start + len(quote)),
                         label="PERSON", entity_id=entity.id)
    return [(m.exact, m.sure) for m in plan_mark_all(text, current, entity, [current]).mentions]


def test_ctrl_m_marks_case_forms_and_not_a_namesake() -> None:
    entity = Entity(id="e1", name="Volodymyr Zelenskyy", type="PERSON", aliases=("Володимир Зеленський",))
    assert _plan(UK, "Володимир Зеленський", entity) == [("Зеленського", True), ("Зеленському", True)]
    russian = Entity(id="e1", name="Владимир Зеленский", type="PERSON")
    assert _plan(RU, "Владимир Зеленский", russian) == [("Зеленского", True), ("Зеленскому", True)]


def test_a_noun_like_surname_in_another_case_is_listed_unticked() -> None:
    text = "Іван Шевчук приїхав. Шевчука зустріли, а Шевчуку дали слово. Шевчук подякував."
    entity = Entity(id="e1", name="Іван Шевчук", type="PERSON")
    assert _plan(text, "Іван Шевчук", entity) == [("Шевчука", False), ("Шевчуку", False), ("Шевчук", True)]


def test_the_given_name_rule_holds_in_english_too() -> None:
    text = "Volodymyr Zelenskyy spoke. Later Oleksandr Zelenskyy, a farmer, spoke. Zelenskyy left."
    entity = Entity(id="e1", name="Volodymyr Zelenskyy", type="PERSON")
    assert _plan(text, "Volodymyr Zelenskyy", entity) == [("Zelenskyy", True)]  # "Zelenskyy left", not Oleksandr
