"""The core and document loading import and work with Qt unavailable (as napari's headless job checks)."""
from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

BLOCK_QT = """
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('Qt is blocked in this test: ' + name)
sys.meta_path.insert(0, Block())
"""


def test_core_runs_without_qt(tmp_path: object) -> None:
    script = BLOCK_QT + f"""
import annotations.library, annotations.search, annotations.w3c, reader.document, reader.services, reader.cli
from reader.cli import main
lib = {str(tmp_path)!r} + '/lib'
assert main(['--library', lib, 'add', {str(ROOT / 'resources/samples/harbour_council.txt')!r}]) == 0
assert main(['--library', lib, 'search', '*']) == 0
assert not [m for m in sys.modules if m.startswith('PySide6')]
print('qt-free ok')
"""
    env = dict(os.environ, PYTHONPATH=str(ROOT), DOSSIER_IN_PROCESS="1")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "qt-free ok" in done.stdout
