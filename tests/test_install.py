"""Dossier installs like any Python app (issue 22): the wheel built from the project, installed into a fresh
virtual environment that cannot see the source tree, gives a `dossier` command that adds, suggests, exports and
starts the app on the samples that travel inside the wheel.

Offline and quick: the wheel is built with the running environment's setuptools (`--no-build-isolation
--no-index`), the new environment has no pip of its own (this environment's pip installs into it with `--no-deps
--no-index`), and it borrows this environment's site-packages for the dependencies (PySide6, PyMuPDF, ...)
through a plain path line in a .pth file — which adds the folder to sys.path without running the .pth files in
it, so an editable install of Dossier there stays invisible. The wheel's contents are printed (see them with
`pytest -s` or in a failure report).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from collections import defaultdict
from pathlib import Path

import pytest

from tests.conftest import ROOT

SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "annotations", "reader", "resources")
"""What a build reads (a copy of these is built, so the shared tree never gets build/ or egg-info from a test)."""
HANG = 600
"""Seconds after which a step is taken to hang (a guard only: every step takes seconds)."""


def _run(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=HANG)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    source.mkdir()
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "build", "*.egg-info")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=skip)
        else:
            shutil.copy2(ROOT / name, source / name)
    done = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-index", "--no-build-isolation",
                 "--disable-pip-version-check", "--wheel-dir", base / "dist", source], cwd=base)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (built,) = (base / "dist").glob("dossier-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed (and this environment's dependencies visible)."""
    folder = tmp_path_factory.mktemp("venv") / "env"
    done = _run([sys.executable, "-m", "venv", "--without-pip", folder], cwd=folder.parent)
    assert done.returncode == 0, done.stderr
    python = _bin(folder, "python")
    site = _run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=folder).stdout.strip()
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    Path(site, "dependencies-from-the-test-environment.pth").write_text("\n".join(sorted(ours)) + "\n")
    done = _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
                 "--disable-pip-version-check", wheel], cwd=folder)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return folder


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / name


@pytest.fixture
def user(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A working folder outside the source tree and an environment that points nowhere near it."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "DOSSIER_", "XDG_")) and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), QT_QPA_PLATFORM="offscreen")
    work = tmp_path / "work"
    work.mkdir()
    return work, env


def test_the_wheel_carries_the_packages_and_the_bundled_files_and_nothing_else(wheel: Path,
                                                                             capsys: pytest.CaptureFixture[str]) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    by_folder: dict[str, list[str]] = defaultdict(list)
    for name in names:
        folder, _, file = name.rpartition("/")
        by_folder[folder].append(file)
    with capsys.disabled():
        print(f"\n{wheel.name}: {len(names)} files")
        for folder in sorted(by_folder):
            print(f"  {folder}/: {' '.join(sorted(by_folder[folder]))}")
    bundled = {n.removeprefix("annotations/bundled/") for n in names if n.startswith("annotations/bundled/")}
    in_repo = {p.relative_to(ROOT / "resources").as_posix() for p in (ROOT / "resources").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts}
    assert bundled == in_repo
    assert {"codebook.json", "gazetteers/organisations.json", "samples/grid_shortfall.html",
            "desktop/dossier.desktop", "desktop/dossier.svg", "desktop/dossier-mime.xml"} <= bundled
    dist_info = "-".join(wheel.name.split("-")[:2]) + ".dist-info"
    assert {n.split("/")[0] for n in names} == {"annotations", "reader", dist_info}
    assert "annotations/py.typed" in names and "reader/ui/app.py" in names
    entry_points = zipfile.ZipFile(wheel).read(f"{dist_info}/entry_points.txt").decode()
    assert "dossier = reader.launch:main" in entry_points


def test_the_installed_command_adds_suggests_exports_and_starts_the_app(venv: Path,
                                                                        user: tuple[Path, dict[str, str]]) -> None:
    work, env = user
    dossier = _bin(venv, "dossier")
    probe = _run([_bin(venv, "python"), "-c",
                  "import json, sys, importlib.util, annotations, reader; from annotations.resources import resource; "
                  "print(json.dumps([annotations.__file__, reader.__file__, str(resource('samples')), sys.path, "
                  "importlib.util.find_spec('main') is None]))"],
                 cwd=work, env=env)
    assert probe.returncode == 0, probe.stderr
    annotations_file, reader_file, samples, path, no_main_py = json.loads(probe.stdout)
    for installed in (annotations_file, reader_file, samples):
        assert Path(installed).is_relative_to(venv), installed
    assert str(ROOT) not in path and no_main_py  # the checkout is out of reach

    library = work / "library"
    added = _run([dossier, "--library", library, "add", "--json", Path(samples) / "harbour_council.txt"], work, env)
    assert added.returncode == 0, added.stderr
    (record,) = json.loads(added.stdout)
    assert record["title"].startswith("Harbour council approves")

    suggested = _run([dossier, "--library", library, "suggest", record["id"], "--json"], work, env)
    assert suggested.returncode == 0, suggested.stderr
    kinds = {s["kind"] for s in json.loads(suggested.stdout)}
    assert kinds == {"entity", "claim"}

    pack = work / "pack.pdf"
    exported = _run([dossier, "--library", library, "export", record["id"], "--format", "pack", "-o", pack], work, env)
    assert exported.returncode == 0, exported.stderr
    import pymupdf

    with pymupdf.open(pack) as pdf:
        assert "Harbour council approves" in "".join(page.get_text() for page in pdf)

    shot = work / "shot.png"
    fresh = work / "fresh-library"  # empty: the app's first run opens the bundled sample article
    started = _run([dossier, "--library", fresh, "--screenshot", shot], work, env)
    assert started.returncode == 0, started.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    listed = _run([dossier, "--library", fresh, "list", "--json"], work, env)
    assert listed.returncode == 0, listed.stderr
    assert [d["source_path"] for d in json.loads(listed.stdout)] == [str(Path(samples) / "grid_shortfall.html")]


def test_the_installed_command_puts_itself_in_the_desktop_menu(venv: Path, user: tuple[Path, dict[str, str]]) -> None:
    work, env = user
    dossier = _bin(venv, "dossier")
    done = _run([dossier, "--install-desktop-entry"], work, env)
    assert done.returncode == 0, done.stderr
    entry = Path(env["XDG_DATA_HOME"]) / "applications" / "dossier.desktop"
    assert f"Exec={dossier} %f" in entry.read_text(encoding="utf-8").splitlines()
    assert (Path(env["XDG_DATA_HOME"]) / "icons/hicolor/scalable/apps/dossier.svg").is_file()


def test_a_checkout_that_was_never_installed_reads_the_resources_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    from annotations import resources

    def not_installed(package: str) -> None:
        raise ModuleNotFoundError(f"No module named {package!r}")

    monkeypatch.setattr(resources.importlib.resources, "files", not_installed)
    resources.resources_root.cache_clear()
    try:
        assert resources.resource("codebook.json") == ROOT / "resources" / "codebook.json"
    finally:
        resources.resources_root.cache_clear()
