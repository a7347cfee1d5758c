"""Mark all occurrences, without Qt: whole words only, every name and alias of the entity, the surname of a
person, nothing already marked — and, through the library, one undo step that links them to the entity."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.anchoring import make_target
from annotations.library import AnnotationInput, Library
from annotations.mark_all import case_fits, mention_names, plan_mark_all, surname, whole_word_occurrences
from annotations.model import Annotation, Entity, Kind
from annotations.selection import is_word_char

TEXT = ("Volodymyr Zelenskyy met Russian envoys. Russia said Zelenskyy's plan failed; Zelenskyy disagreed. "
        "President Zelenskyy and Russia's minister spoke. The Russians left.")


def mention(text: str, quote: str, entity_id: str = "e1", label: str = "PERSON", after: str = "") -> Annotation:
    start = text.index(quote + after)
    return Annotation(id=f"a{start}", document_id="d", kind=Kind.ENTITY, target=make_target(text, start, start + len(quote)),
                      label=label, entity_id=entity_id)


def test_whole_words_only() -> None:
    found = [TEXT[s:e] for s, e in whole_word_occurrences(TEXT, ("Russia",))]
    assert found == ["Russia", "Russia"]  # not inside "Russian" nor "Russians"; "Russia's" counts


def test_a_person_is_found_by_name_aliases_and_surname() -> None:
    entity = Entity(id="e1", name="Volodymyr Zelenskyy", type="PERSON", aliases=("Zelensky",))
    plan = plan_mark_all(TEXT, mention(TEXT, "Volodymyr Zelenskyy"), entity, [mention(TEXT, "Volodymyr Zelenskyy")])
    assert [m.exact for m in plan.mentions] == ["Zelenskyy", "Zelenskyy", "Zelenskyy"]
    assert plan.question() == "Mark 3 more mentions of Volodymyr Zelenskyy?"
    assert "Zelensky" in plan.names and "Zelenskyy" in plan.names
    assert plan.mentions[0].context.startswith("…") or "[Zelenskyy]" in plan.mentions[0].context


def test_already_marked_and_overlapping_mentions_are_left_alone() -> None:
    entity = Entity(id="e1", name="Volodymyr Zelenskyy", type="PERSON")
    marked = [mention(TEXT, "Volodymyr Zelenskyy"), mention(TEXT, "President Zelenskyy", "e2")]
    plan = plan_mark_all(TEXT, marked[0], entity, marked)
    assert len(plan.mentions) == 2  # the one inside "President Zelenskyy" (another mention) is skipped


def test_a_place_has_no_surname_and_a_single_name_none() -> None:
    entity = Entity(id="e3", name="Russia", type="PLACE")
    russia = mention(TEXT, "Russia", "e3", "PLACE", after=" said")
    plan = plan_mark_all(TEXT, russia, entity, [russia])
    assert [m.exact for m in plan.mentions] == ["Russia"]
    assert surname("Ursula von der Leyen") == "von der Leyen" and surname("Martin Luther King Jr.") == "King"
    assert surname("Madonna") == "" and mention_names("Kyiv", None) == ("Kyiv",)


@given(st.text(st.sampled_from("ab c'-Ré\u0301"), max_size=40), st.sampled_from(["a", "ab", "Ré\u0301", "b c"]))
@settings(max_examples=300, deadline=None)
def test_occurrences_are_whole_words_and_do_not_overlap(text: str, name: str) -> None:
    found = whole_word_occurrences(text, (name,))
    assert found == sorted(found)
    for (s, e), nxt in zip(found, found[1:] + [(len(text) + 1, 0)]):
        assert text[s:e].casefold() == name.casefold() and e <= nxt[0]  # in any case
        assert (s == 0 or not is_word_char(text[s - 1])) and (e == len(text) or not is_word_char(text[e]))


def test_marking_the_plan_is_one_undo_step_linked_to_the_entity(library: Library) -> None:
    from annotations.document import Document

    doc = Document(id="f" * 64, format="txt", source_path="/tmp/z.txt", size=len(TEXT), text=TEXT)
    library.add_document(doc)
    first, _ = library.annotate(doc.id, AnnotationInput(Kind.ENTITY, 0, len("Volodymyr Zelenskyy"), label="PERSON"))
    entity = library.store.entity(first.entity_id or "")
    plan = plan_mark_all(TEXT, first, entity, library.store.annotations(doc.id))
    specs = [AnnotationInput(Kind.ENTITY, m.start, m.end, label="PERSON", entity_name=plan.entity_name)
             for m in plan.mentions]
    library.annotate_many(doc.id, specs, label="Mark all")
    marked = library.store.annotations(doc.id)
    assert len(marked) == 1 + len(plan.mentions) and {a.entity_id for a in marked} == {first.entity_id}
    library.undo()
    assert len(library.store.annotations(doc.id)) == 1


FORMS = ("Ursula von der Leyen met Seán O'Brien on Monday. Von der Leyen said O'Brien's plan was bold. "
         "O'Briens of Cork cheered. Later O’Brien spoke. The Ukrainian envoy from Ukraine met UKRAINE officials; "
         "ukraine's mission and l'Ukraine stayed. Mélenchon-style rhetoric.")


def test_capitalised_particles_curly_apostrophes_capitals_and_possessives_are_found() -> None:
    def plan(entity: Entity, quote: str, after: str = "") -> list[tuple[str, bool]]:
        current = mention(FORMS, quote, entity.id, entity.type, after)
        return [(m.exact, m.sure) for m in plan_mark_all(FORMS, current, entity, [current]).mentions]

    assert plan(Entity(id="e1", name="Ursula von der Leyen", type="PERSON"), "Ursula von der Leyen") == [
        ("Von der Leyen", True)]
    assert plan(Entity(id="e2", name="Seán O'Brien", type="PERSON"), "Seán O'Brien") == [
        ("O'Brien", True), ("O’Brien", True)]  # the possessive counts, "O'Briens" does not
    assert plan(Entity(id="e3", name="Ukraine", type="PLACE"), "Ukraine", " met") == [
        ("UKRAINE", True), ("ukraine", False), ("Ukraine", True)]  # lower case: listed, unticked
    current = mention(FORMS, "Ukraine", "e3", "PLACE", " met")
    assert plan_mark_all(FORMS, current, Entity(id="e3", name="Ukraine", type="PLACE"), [current]).question() == (
        "Mark 2 more mentions of Ukraine? (1 more in a different case, unticked)")
    assert case_fits("turkey", "Turkey") is None and case_fits("TURKEY", "Turkey")
