"""Compile the suggestion rules (annotations/suggest) with mypyc into FOLDER (default: the environment's
dossier-compiled/), for about 1.3x the speed of entities + claims (bench/suggest_speed.py). Needs a C compiler and
Python's headers; without them it says so and the rules run as Python; with them, a failed build is an error. The build happens in a temporary folder,
and FOLDER is replaced whole only after it succeeded, its stamp (the sources' fingerprint) written last.
Usage: python scripts/compile_suggest.py [FOLDER]"""
from __future__ import annotations

import json
import os
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DOSSIER_COMPILED"] = "0"  # this process reads the sources, never older compiled modules

from annotations.suggest import compiled  # noqa: E402


def build(folder: Path) -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    package = compiled.package_dir()
    sources = [str(Path("annotations", "suggest", name)) for name in compiled.compiled_modules(package)]
    stamp = compiled.fingerprint(package)
    with tempfile.TemporaryDirectory(prefix="dossier-mypyc-") as work:
        os.chdir(ROOT)  # mypyc names modules by their paths from here
        setup(name="dossier-suggest-compiled", packages=[], py_modules=[],
              ext_modules=mypycify(sources, opt_level="3", separate=True, target_dir=os.path.join(work, "c")),
              script_args=["--quiet", "build_ext", "--build-lib", os.path.join(work, "lib"),
                           "--build-temp", os.path.join(work, "tmp"), "--parallel", str(os.cpu_count() or 1)])
        built = Path(work, "lib", "annotations", "suggest")
        staged = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
        try:
            for module in built.iterdir():
                shutil.copy2(module, staged / module.name)
            (staged / compiled.STAMP_NAME).write_text(json.dumps({"fingerprint": stamp, "modules": len(sources)}),
                                                      encoding="utf-8")
        except OSError:
            shutil.rmtree(staged, ignore_errors=True)
            raise
    if folder.exists():
        shutil.rmtree(folder)
    os.replace(staged, folder)


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
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else compiled.default_folder()
    if compiled.up_to_date(folder) and os.environ.get("DOSSIER_RECOMPILE") != "1":
        print(f"compiled suggestion rules in {folder} are up to date")
        return 0
    missing = toolchain_missing()
    if missing is not None:
        print(f"Not compiling the suggestion rules: {missing}. They run as Python, about 1.3x slower.", file=sys.stderr)
        return 0
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        build(folder)
    except (Exception, SystemExit) as error:  # setuptools and mypyc report failures as SystemExit
        print(f"Could not compile the suggestion rules ({error}); see the errors above.", file=sys.stderr)
        return 1
    print(f"compiled {len(compiled.compiled_modules())} suggestion modules into {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
