"""Suggestions (first part of the Assist issue): entities from the library, gazetteers and patterns; claims
with speakers; never stored; the CLI `suggest` contract."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import Kind
from annotations.suggest.claims import suggest_claims
from annotations.suggest.entities import suggest_entities
from reader.cli import main
from reader.services import ReaderService
from tests.conftest import SAMPLES

GRID = (SAMPLES / "grid_shortfall.html")


def _by_text(items: list) -> dict[str, str]:  # type: ignore[type-arg]
    return {s.exact: s.type for s in items}


def test_gazetteers_patterns_and_surnames() -> None:
    text = ("French President Emmanuel Macron met officials in Kyiv on 4 September 2025. Macron said NATO and "
            "the European Union would pay €2 billion, 40 percent more than in 2024, for 1,200 drones.")
    found = _by_text(suggest_entities(text))
    assert found["Emmanuel Macron"] == "PERSON" and found["Macron"] == "PERSON"
    assert found["Kyiv"] == "PLACE" and found["NATO"] == "ORG" and found["European Union"] == "ORG"
    assert found["French"] == "MISC" and found["4 September 2025"] == "DATE" and found["2024"] == "DATE"
    assert found["€2 billion"] == "QUANTITY" and found["40 percent"] == "QUANTITY" and found["1,200 drones"] == "QUANTITY"


def test_library_names_and_aliases_win_and_skipped_spans_stay_skipped() -> None:
    text = "Nordgrid warned of blackouts. Later Nordgrid and the operator Ng said more."
    found = suggest_entities(text, [("Nordgrid", "ORG"), ("Ng", "ORG")])
    assert [(s.exact, s.type, s.source) for s in found] == [("Nordgrid", "ORG", "library"),
                                                             ("Nordgrid", "ORG", "library"), ("Ng", "ORG", "library")]
    first = text.index("Nordgrid")
    assert [s.start for s in suggest_entities(text, [("Nordgrid", "ORG")], skip=[(first, first + 8)])
            if s.exact == "Nordgrid"] == [text.index("Nordgrid", first + 1)]


def test_matches_need_word_boundaries_and_capitals() -> None:
    found = _by_text(suggest_entities("The romantic paris of roman times; Parisian style; in Paris."))
    assert list(found) == ["Paris"]


def test_claims_with_reporting_verbs_quotes_and_speakers() -> None:
    text = ("Ostkraft spokesman Jonas Albrecht said repairs were \"on schedule\". He denied that the company had "
            "delayed the repairs. Prices rose 34 percent in a month. The weather was cold.")
    claims = suggest_claims(text, suggest_entities(text))
    got = [(c.exact[:20], c.type, c.speaker) for c in claims]
    assert got == [("Ostkraft spokesman J", "assessment", "Jonas Albrecht"),  # a scare quote is no quote
                   ("He denied that the c", "denial", "Jonas Albrecht"),
                   ("Prices rose 34 perce", "statistic", None)]


def test_one_megabyte_is_suggested_in_well_under_a_second_of_work() -> None:
    """Not a timing assertion (bench/ measures speed): a bound on work, that 1 MB yields one pass of
    suggestions proportional to its size."""
    text = (GRID.read_text(encoding="utf-8") + "\n") * 300
    found = suggest_entities(text[:1_000_000])
    assert len(found) > 1000


def test_service_and_cli_suggest_never_store(service: ReaderService, monkeypatch: pytest.MonkeyPatch) -> None:
    record = service.add_file(GRID).record
    assert record is not None
    s, e = find_quote(service.document(record.id).text, "Helena Brandt")
    service.annotate(record.id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON"))
    suggestions = service.suggest(record.id)
    assert all(x.exact != "Helena Brandt" or x.kind == "claim" for x in suggestions)  # annotated: not again
    assert service.library.store.count_annotations() == 1
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    library = str(service.library.folder)
    out = io.StringIO()
    assert main(["--library", library, "suggest", record.id, "--kind", "claim", "--json"], out=out,
                err=io.StringIO()) == 0
    items = json.loads(out.getvalue())
    assert items and all(set(i) == {"kind", "start", "end", "exact", "type", "speaker", "speaker_kind",
                                    "speaker_type", "affiliation"} for i in items)
    denial = next(i for i in items if i["type"] == "denial")
    assert denial["speaker"] == "Jonas Albrecht" and denial["exact"].startswith("He denied")
    text = service.document(record.id).text
    assert all(text[i["start"]:i["end"]] == i["exact"] for i in items)


def test_names_and_triggered_patterns_also_work_when_case_folding_would_move_offsets() -> None:
    """'ß' folds to 'ss': the Aho–Corasick passes run case-exact on the text itself, so a text with one
    gets the same mentions, gazetteer names included."""
    body = ("Prime Minister Jonas Berg said on Monday in Kyiv that the Northern Water Authority would pay "
            "€2 million for three pumps in early May.")
    plain = {(s.exact, s.type) for s in suggest_entities(body)}
    moved = {(s.exact, s.type) for s in suggest_entities("Straße. " + body)}
    assert {("Jonas Berg", "PERSON"), ("Monday", "DATE"), ("Northern Water Authority", "ORG"), ("Kyiv", "PLACE"),
            ("€2 million", "QUANTITY"), ("three pumps", "QUANTITY"), ("early May", "DATE")} <= plain
    assert plain <= moved


def test_gazetteer_spellings_capitalised_and_shouted_but_acronyms_only_as_listed() -> None:
    found = _by_text(suggest_entities("UNDER THE SKY OF FRANCE. The Un envoy and the UN met under a tree in "
                                      "Norway; a Foreign ministry aide came."))
    assert found.get("FRANCE") == "PLACE" and found.get("UN") == "ORG" and found.get("Norway") == "PLACE"
    assert "Un" not in found and "UNDER" not in found
