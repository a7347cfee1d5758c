"""Where the bundled files are: the codebook, the gazetteers, the sample documents and the desktop entry.

They live in the repository's top-level `resources/` folder, which the build installs as the package
`annotations.bundled` (see setup.py), so an installed Dossier (pip, pipx, a wheel) finds them inside its own
packages with `importlib.resources` instead of next to the source tree. Running from a checkout that was never
installed, or through an editable install made before that mapping existed, falls back to the folder itself.
"""
from __future__ import annotations

import importlib.resources
from functools import cache
from pathlib import Path

PACKAGE = "annotations.bundled"
"""The import name `resources/` is installed under."""


@cache
def resources_root() -> Path:
    """The folder holding the bundled files. pip and pipx unpack wheels onto disk, so this is a real folder whose
    files can be handed to PyMuPDF or added to a library by path (a zipped install is not supported)."""
    try:
        found = importlib.resources.files(PACKAGE)
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "resources"
    return Path(str(found))


def resource(*parts: str) -> Path:
    """The path of one bundled file or folder, e.g. `resource("samples", "harbour_council.txt")`."""
    return resources_root().joinpath(*parts)
