"""The mypyc-compiled suggestion rules (annotations/suggest/compiled.py): used only when built from the sources as
they are, switched off by DOSSIER_COMPILED=0, and giving byte-for-byte the suggestions of the Python modules."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import annotations.suggest as suggest_package
from annotations.suggest import compiled
from annotations.suggest.claims import suggest_claims
from annotations.suggest.entities import suggest_entities

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the package's sources, to edit."""
    copy = tmp_path / "suggest"
    copy.mkdir()
    for source in compiled.package_dir().glob("*.py"):
        shutil.copy2(source, copy / source.name)
    return copy


def _stamp(folder: Path, fingerprint: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / compiled.STAMP_NAME).write_text(json.dumps({"fingerprint": fingerprint}), encoding="utf-8")
    return folder


def test_any_edit_or_new_module_changes_the_fingerprint(package: Path) -> None:
    before = compiled.fingerprint(package)
    assert compiled.fingerprint(package) == before == compiled.fingerprint()  # the copy is the sources as they are
    claims = package / "claims.py"
    claims.write_bytes(claims.read_bytes() + b"\n")
    edited = compiled.fingerprint(package)
    (package / "new_rules.py").write_text("X = 1\n", encoding="utf-8")
    assert len({before, edited, compiled.fingerprint(package)}) == 3


def test_compiled_modules_are_the_rules_not_the_chooser(package: Path) -> None:
    names = compiled.compiled_modules(package)
    assert "claims.py" in names and "entities.py" in names
    assert not set(names) & compiled.NOT_COMPILED


def test_only_a_folder_stamped_with_the_current_sources_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    monkeypatch.delenv("DOSSIER_COMPILED", raising=False)
    fresh = _stamp(tmp_path / "fresh", compiled.fingerprint())
    stale = _stamp(tmp_path / "stale", "0" * 64)
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / compiled.STAMP_NAME).write_text("{not json", encoding="utf-8")
    assert compiled.fresh_folder(fresh) == fresh
    assert compiled.fresh_folder(stale) is None
    assert compiled.fresh_folder(broken) is None
    assert compiled.fresh_folder(tmp_path / "missing") is None
    monkeypatch.setenv("DOSSIER_COMPILED", "0")
    assert compiled.fresh_folder(fresh) is None


def test_a_fresh_folder_goes_first_on_the_package_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DOSSIER_COMPILED", raising=False)
    monkeypatch.setattr(compiled.sys, "prefix", str(tmp_path))
    path = ["/the/sources"]
    assert not compiled.use_compiled(path) and path == ["/the/sources"]  # nothing built in this environment
    _stamp(tmp_path / compiled.FOLDER_NAME, "stale")
    assert not compiled.use_compiled(path) and path == ["/the/sources"]
    _stamp(tmp_path / compiled.FOLDER_NAME, compiled.fingerprint())
    assert compiled.use_compiled(path)
    assert path == [str(tmp_path / compiled.FOLDER_NAME), "/the/sources"]


def _script(monkeypatch: pytest.MonkeyPatch, out: Path) -> object:
    monkeypatch.setenv("DOSSIER_COMPILED", "0")  # the script sets it for itself; restored after the test
    spec = importlib.util.spec_from_file_location("compile_suggest", ROOT / "scripts" / "compile_suggest.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    monkeypatch.setattr(sys, "argv", ["compile_suggest.py", str(out)])
    return script


def test_a_failed_build_is_an_error_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    script = _script(monkeypatch, tmp_path / "out")

    def type_error(folder: Path) -> None:
        raise SystemExit("annotations/suggest/x.py:1: error: Incompatible types in assignment")

    monkeypatch.setattr(script, "toolchain_missing", lambda: None)
    monkeypatch.setattr(script, "build", type_error)
    assert script.main() == 1  # type: ignore[attr-defined]
    assert "Could not compile" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_without_a_compiler_the_rules_stay_python_and_make_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    script = _script(monkeypatch, tmp_path / "out")
    monkeypatch.setattr(script, "toolchain_missing", lambda: "no C compiler (gcc)")
    monkeypatch.setattr(script, "build", lambda folder: pytest.fail("no build without a compiler"))
    assert script.main() == 0  # type: ignore[attr-defined]
    said = capsys.readouterr().err
    assert "no C compiler (gcc)" in said and "run as Python" in said
    assert not (tmp_path / "out").exists()


def _texts() -> list[str]:
    from reader.document.loader import load_document

    samples = sorted((ROOT / "resources" / "samples").glob("*.txt"))
    pages = sorted((ROOT / "tests" / "data" / "news-html").glob("*.html"))
    return [p.read_text(encoding="utf-8") for p in samples] + [load_document(p).text for p in pages]


_SUGGEST = """
import json, sys
from annotations.suggest.claims import suggest_claims
from annotations.suggest.entities import suggest_entities
import annotations.suggest as package
assert not package.COMPILED
out = []
for text in json.load(sys.stdin):
    entities = suggest_entities(text)
    out.append([s.as_json() | {"name": s.name, "source": s.source} for s in entities + suggest_claims(text, entities)])
print(json.dumps(out))
"""


@pytest.mark.skipif(not suggest_package.COMPILED, reason="suggestion rules not compiled here "
                                                         "(make test builds them; scripts/compile_suggest.py)")
def test_compiled_rules_suggest_exactly_what_the_python_rules_do() -> None:
    assert suggest_claims.__module__ == "annotations.suggest.claims"
    assert sys.modules["annotations.suggest.claims"].__file__.endswith(".so")
    texts = _texts()
    here = []
    for text in texts:
        entities = suggest_entities(text)
        here.append([s.as_json() | {"name": s.name, "source": s.source}
                     for s in entities + suggest_claims(text, entities)])
    python = subprocess.run([sys.executable, "-c", _SUGGEST], input=json.dumps(texts), capture_output=True,
                            text=True, cwd=ROOT, env={**os.environ, "DOSSIER_COMPILED": "0"}, check=True)
    assert sum(len(found) for found in here) > 1000
    assert json.loads(python.stdout) == here
