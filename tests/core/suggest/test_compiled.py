"""The mypyc-compiled suggestion rules (annotations/suggest/compiled.py): used only when built from the sources as
they are, switched off by DOSSIER_COMPILED=0, and giving byte-for-byte the suggestions of the Python modules."""
from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import annotations.suggest as suggest_package
from annotations.suggest import compiled
from annotations.suggest.claims import suggest_claims
from annotations.suggest.entities import suggest_entities

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def core(tmp_path: Path) -> Path:
    """A copy of `annotations/`'s sources, to edit."""
    copy = tmp_path / "annotations"
    shutil.copytree(compiled.package_dir().parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _build(base: Path, key: str, modules: list[str] | None = None) -> Path:
    """A fake build folder: the stamp and an (empty) extension file per module."""
    folder = base / compiled.build_name(key)
    folder.mkdir(parents=True, exist_ok=True)
    for name in compiled.compiled_modules() if modules is None else modules:
        (folder / (name.removesuffix(".py") + importlib.machinery.EXTENSION_SUFFIXES[0])).write_bytes(b"")
    (folder / compiled.STAMP_NAME).write_text(json.dumps({"fingerprint": key}), encoding="utf-8")
    return folder


def test_any_edit_in_the_core_or_a_new_module_changes_the_fingerprint(core: Path) -> None:
    """The rules' own modules and what they import from the rest of the core (mypyc builds its types in)."""
    before = compiled.fingerprint(core)
    assert before == compiled.fingerprint()  # the copy is the sources as they are
    prints = {before}
    for edited in ("suggest/claims.py", "name_keys.py"):
        path = core / edited
        path.write_bytes(path.read_bytes() + b"\n")
        prints.add(compiled.fingerprint(core))
    (core / "suggest" / "new_rules.py").write_text("X = 1\n", encoding="utf-8")
    prints.add(compiled.fingerprint(core))
    assert len(prints) == 4


def test_compiled_modules_are_the_rules_not_the_chooser() -> None:
    names = compiled.compiled_modules()
    assert "claims.py" in names and "entities.py" in names
    assert not set(names) & compiled.NOT_COMPILED


def test_only_a_whole_build_of_the_current_sources_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DOSSIER_COMPILED", raising=False)
    key = compiled.fingerprint()
    assert compiled.fresh_folder(tmp_path) is None  # never built
    _build(tmp_path, "0" * 64)
    assert compiled.fresh_folder(tmp_path) is None  # another source's build
    partial = _build(tmp_path, key, compiled.compiled_modules()[1:])
    assert compiled.fresh_folder(tmp_path) is None  # a module missing (a killed build, a damaged disk)
    shutil.rmtree(partial)
    whole = _build(tmp_path, key)
    assert compiled.fresh_folder(tmp_path) == whole
    (whole / compiled.STAMP_NAME).write_text("{not json", encoding="utf-8")
    assert compiled.fresh_folder(tmp_path) is None
    _build(tmp_path, key)
    for off in ("0", "false", "No", "off"):
        monkeypatch.setenv("DOSSIER_COMPILED", off)
        assert compiled.fresh_folder(tmp_path) is None, off


def test_a_fresh_build_goes_first_on_the_package_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DOSSIER_COMPILED", raising=False)
    monkeypatch.setattr(compiled.sys, "prefix", str(tmp_path))
    path = ["/the/sources"]
    assert not compiled.use_compiled(path) and path == ["/the/sources"]  # nothing built in this environment
    _build(tmp_path / compiled.FOLDER_NAME, "stale")
    assert not compiled.use_compiled(path) and path == ["/the/sources"]
    folder = _build(tmp_path / compiled.FOLDER_NAME, compiled.fingerprint())
    assert compiled.use_compiled(path)
    assert path == [str(folder), "/the/sources"]


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


def test_compiled_rules_suggest_exactly_what_the_python_rules_do(monkeypatch: pytest.MonkeyPatch) -> None:
    """`make test` sets DOSSIER_REQUIRE_COMPILED=1: where a compiler is there, the rules must have been built."""
    if not suggest_package.COMPILED:
        missing = _script(monkeypatch, Path("unused")).toolchain_missing()  # type: ignore[attr-defined]
        if os.environ.get("DOSSIER_REQUIRE_COMPILED") == "1" and missing is None:
            pytest.fail("the suggestion rules are not compiled, though this machine can build them")
        pytest.skip(f"suggestion rules not compiled here ({missing or 'not built: scripts/compile_suggest.py'})")
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


_SUGGESTION_CONTRACT = """
import dataclasses, pickle, sys
import annotations.suggest as s
x = s.Suggestion("claim", 3, 9, "it said", "quote", speaker="X", source="quote", speaker_kind="named",
                 affiliation="Y", speaker_type="PERSON")
back = pickle.loads(pickle.dumps(x))
try:
    dataclasses.replace(x).start = 4
    frozen = False
except AttributeError:
    frozen = True
print(s.COMPILED, type(x).__module__, back == x, hash(back) == hash(x), back.affiliation, frozen,
      dataclasses.replace(x, exact="said").exact, x.as_json()["speaker_kind"], x.start, len({x, back}),
      repr(back).startswith("Suggestion(kind='claim', start=3,"))
"""


@pytest.mark.parametrize("compiled_rules", ["1", "0"])
def test_a_suggestion_keeps_its_contract_compiled_or_not(compiled_rules: str) -> None:
    """Suggestions travel pickled from the job process, are compared, hashed and copied with `replace`: the same
    compiled (a native class of the build, suggestion.py) and as Python. Its fields are `Final`: compiled, assigning
    one raises; as Python, mypy (run by `make test`) refuses it."""
    run = subprocess.run([sys.executable, "-c", _SUGGESTION_CONTRACT], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "DOSSIER_COMPILED": compiled_rules}, check=True)
    compiled_now, module, *rest = run.stdout.split()
    assert compiled_now == str(suggest_package.COMPILED and compiled_rules == "1")
    assert module == "annotations.suggest.suggestion"
    assert rest == ["True", "True", "Y", str(compiled_now == "True"), "said", "named", "3", "1", "True"]


def test_every_field_of_a_suggestion_or_a_speaker_is_final() -> None:
    """What keeps them values as Python (mypy refuses assignment to a `Final`): every field is declared so."""
    import ast

    for module, name in (("suggestion.py", "Suggestion"), ("speaker_context.py", "Speaker")):
        tree = ast.parse((compiled.package_dir() / module).read_text(encoding="utf-8"))
        body = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name).body
        fields = [n for n in body if isinstance(n, ast.AnnAssign)]
        assert len(fields) >= 4
        assert all(ast.unparse(f.annotation).startswith("Final[") for f in fields), name


def test_work_folders_of_killed_builds_are_removed_only_when_old(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    script = _script(monkeypatch, tmp_path / "out")
    temp, base = tmp_path / "tmp", tmp_path / "base"
    monkeypatch.setattr(script.tempfile, "gettempdir", lambda: str(temp))  # type: ignore[attr-defined]
    folders = {"old-work": temp / "dossier-mypyc-old", "new-work": temp / "dossier-mypyc-new",
               "old-staged": base / ".building-old", "other": temp / "other-old"}
    for path in folders.values():
        path.mkdir(parents=True)
    two_hours_ago = time.time() - 7200
    for name in ("old-work", "old-staged", "other"):
        os.utime(folders[name], (two_hours_ago, two_hours_ago))
    script._remove_leftovers(base)  # type: ignore[attr-defined]
    assert {name for name, path in folders.items() if path.exists()} == {"new-work", "other"}
