"""A trainee's bundle never changes the answer key through what the key's annotations point at (break28w
HIGH 2, MEDIUM 7): the entities they name and their article's properties. A trainee who imported the key and
renamed its "Tomas Ek" to "Claire Dubois" rewrote the key's claim to "by Claire Dubois" and dropped another
trainee's speaker agreement to 0; a 40-line title from a bundle filled presentation mode's screen."""
from __future__ import annotations

from pathlib import Path

from annotations.library import Library
from tests.core.workshop.workflow import trainee, trainer_with_key


def _ana_with_key(tmp_path: Path, key: Path):  # type: ignore[no-untyped-def]
    ana = trainee(tmp_path, "Ana")
    ana("import", str(key), "--answer-key-ok")
    return ana


def test_a_renamed_key_entity_in_a_trainee_bundle_is_refused(tmp_path: Path) -> None:
    ines, key = trainer_with_key(tmp_path)
    before = ines.json("show", ines.doc)
    ana = _ana_with_key(tmp_path, key)
    lib = Library.open(ana.library)
    try:
        [tomas] = [e for e in lib.store.entities() if e.name == "Tomas Ek"]
        lib.rename_entity(tomas.id, "Claire Dubois", keep_old_as_alias=False)
    finally:
        lib.close()
    bundle = ana.export("ana.dossier")
    for dry in (("--dry-run",), ()):
        said = ines("import", str(bundle), *dry, code=1)
        assert "would change the entity “Claire Dubois” of the answer key" in said and "Nothing was imported" in said
    assert ines.json("show", ines.doc) == before


def test_a_key_article_s_title_changed_in_a_trainee_bundle_is_refused(tmp_path: Path) -> None:
    ines, key = trainer_with_key(tmp_path)
    title = ines.json("show", ines.doc)["title"]
    ana = _ana_with_key(tmp_path, key)
    ana("properties", ana.doc, "--title", "SEE ANSWERS AT THE BACK")
    bundle = ana.export("ana.dossier")
    said = ines("import", str(bundle), code=1)
    assert "would change the article's properties of the answer key" in said
    assert ines.json("show", ines.doc)["title"] == title


def test_a_trainee_bundle_with_the_key_s_entities_unchanged_still_imports(tmp_path: Path) -> None:
    ines, key = trainer_with_key(tmp_path)
    ana = _ana_with_key(tmp_path, key)
    ana.annotate("Claire Dubois", "--kind", "entity", "--type", "PERSON")
    said = ines("import", str(ana.export("ana.dossier")))
    assert "imported" in said and "1 new" in said
