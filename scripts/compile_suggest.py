"""Compile the suggestion rules (annotations/suggest) with mypyc, for about 1.3x the speed of entities + claims
(bench/suggest_speed.py). Each build goes to its own folder under BASE (default: the environment's
dossier-compiled/), named for the fingerprint of the sources (annotations/suggest/compiled.py): built in a temporary
folder, moved there whole with its stamp written last; older builds are then removed. Needs a C compiler and Python's
headers: without them it says so, exits 0, and the rules run as Python; with them, a failed build exits 1.
Usage: python scripts/compile_suggest.py [BASE]"""
from __future__ import annotations

import json
import os
import shutil
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DOSSIER_COMPILED"] = "0"  # this process reads the sources, never older compiled modules

from annotations.suggest import compiled  # noqa: E402


def build(base: Path) -> Path:
    """Build into a new folder under `base` named for the sources' fingerprint; older builds there are removed
    (a process already running on one keeps the modules it loaded and imports the rest as Python)."""
    from mypyc.build import mypycify
    from setuptools import setup

    key = compiled.fingerprint()
    sources = [str(Path("annotations", "suggest", name)) for name in compiled.compiled_modules()]
    base.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(base)
    with tempfile.TemporaryDirectory(prefix="dossier-mypyc-") as work:
        os.chdir(ROOT)  # mypyc names modules by their paths from here
        setup(name="dossier-suggest-compiled", packages=[], py_modules=[],
              ext_modules=mypycify(sources, opt_level="3", separate=True, target_dir=os.path.join(work, "c")),
              script_args=["--quiet", "build_ext", "--build-lib", os.path.join(work, "lib"),
                           "--build-temp", os.path.join(work, "tmp"), "--parallel", str(os.cpu_count() or 1)])
        if compiled.fingerprint() != key:
            raise RuntimeError("the sources changed during the build; run it again")
        built = Path(work, "lib", "annotations", "suggest")
        staged = Path(tempfile.mkdtemp(prefix=".building-", dir=base))
        try:
            staged.chmod(0o755)  # (mkdtemp makes it private: every user of the environment may use the build)
            for module in built.iterdir():
                shutil.copy2(module, staged / module.name)
            (staged / compiled.STAMP_NAME).write_text(json.dumps({"fingerprint": key, "modules": len(sources)}),
                                                      encoding="utf-8")
            folder = base / compiled.build_name(key)
            if folder.exists():
                shutil.rmtree(folder)  # (an incomplete build of the same sources)
            os.replace(staged, folder)
        except OSError:
            shutil.rmtree(staged, ignore_errors=True)
            raise
    for old in base.iterdir():
        if old != folder and old.is_dir() and compiled.BUILD_NAME.fullmatch(old.name):
            shutil.rmtree(old, ignore_errors=True)
    return folder


_LEFTOVER_AGE_S = 3600


def _remove_leftovers(base: Path) -> None:
    """Work folders of builds killed an hour or more ago (a SIGKILL leaves 30–50 MB in the temporary folder)."""
    now = time.time()
    for pattern, folder in (("dossier-mypyc-*", Path(tempfile.gettempdir())), (".building-*", base)):
        for old in folder.glob(pattern):
            try:
                if old.is_dir() and now - old.stat().st_mtime > _LEFTOVER_AGE_S:
                    shutil.rmtree(old, ignore_errors=True)
            except OSError:
                continue


def toolchain_missing() -> str | None:
    """What this machine lacks to compile C extensions (a C compiler, Python's headers), or None."""
    compiler = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    if shutil.which(compiler.split()[0]) is None:
        return f"no C compiler ({compiler.split()[0]})"
    if not Path(sysconfig.get_paths()["include"], "Python.h").exists():
        return "no Python headers (Python.h; on Debian: python3-dev)"
    return None


def main() -> int:
    """0 when the compiled rules are up to date, built, or cannot be built here (no compiler: they are optional);
    1 when a build that could run failed (a type error mypyc found, say): `make test` stops on it."""
    base = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else compiled.default_base()
    key = compiled.fingerprint()
    if compiled.complete(base / compiled.build_name(key), key) and os.environ.get("DOSSIER_RECOMPILE") != "1":
        print(f"compiled suggestion rules in {base / compiled.build_name(key)} are up to date")
        _touch(base)
        return 0
    missing = toolchain_missing()
    if missing is not None:
        print(f"Not compiling the suggestion rules: {missing}. They run as Python, about 1.3x slower.", file=sys.stderr)
        return 0
    writable = base if base.exists() else base.parent
    if not os.access(writable, os.W_OK):
        print(f"Could not compile the suggestion rules: {writable} is not writable.", file=sys.stderr)
        return 1
    try:
        folder = build(base)
    except (Exception, SystemExit) as error:  # setuptools and mypyc report failures as SystemExit
        print(f"Could not compile the suggestion rules ({error}); see the errors above.", file=sys.stderr)
        return 1
    _touch(base)
    print(f"compiled {len(compiled.compiled_modules())} suggestion modules into {folder}")
    return 0


def _touch(base: Path) -> None:
    """Mark the build as made now, for make (its target is `base`/built)."""
    (base / "built").touch()


if __name__ == "__main__":
    sys.exit(main())
