"""The app and the CLI reach the library through the service's methods only. Imports are checked by the
import-linter contract in pyproject.toml; this checks attribute access (`service.library.store…`),
which no import contract can see."""
from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

FORBIDDEN = {"library", "store", "index"}


def reaching_past(path: Path, root: Path = ROOT) -> list[str]:
    """`<something>service.library` / `.store` / `.index` in a file, as "file:line source"."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in FORBIDDEN:
            owner = ast.unparse(node.value)
            if owner == "service" or owner.endswith(".service"):
                found.append(f"{path.relative_to(root)}:{node.lineno} {ast.unparse(node)}")
    return found


def test_the_ui_and_the_cli_use_service_methods_only() -> None:
    files = sorted((ROOT / "reader" / "ui").glob("*.py")) + sorted((ROOT / "reader").glob("cli*.py"))
    assert [hit for f in files for hit in reaching_past(f)] == []


def test_the_check_sees_a_reach_past(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f(self):\n    return self.service.library.store.conflicts()\n", encoding="utf-8")
    assert reaching_past(sample, tmp_path) == ["sample.py:2 self.service.library"]


def test_the_document_type_belongs_to_the_core() -> None:
    """`annotations` owns `Document` (it never imports `reader`); the old import path still works."""
    from annotations.document import Document as Core
    from reader.document import Document as Loaded
    from reader.document.textmodel import Document as Old

    assert Core is Loaded is Old
