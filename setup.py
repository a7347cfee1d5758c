"""Package layout that pyproject.toml cannot express: the top-level `resources/` folder is installed as the
package `annotations.bundled` (read through annotations.resources with importlib.resources), so a wheel carries
the codebook, gazetteers, samples and desktop entry inside the installed packages. Every folder under
`resources/` ships whole; everything else is declared in pyproject.toml."""
import os

from setuptools import find_packages, setup

DATA = "annotations.bundled"


def data_packages() -> list[str]:
    """`annotations.bundled` and one package per folder beneath it (setuptools ships data only from packages)."""
    found = []
    for folder, subfolders, _ in os.walk("resources"):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith((".", "_")))
        inner = os.path.relpath(folder, "resources")
        found.append(DATA if inner == os.curdir else ".".join([DATA, *inner.split(os.sep)]))
    return found


packages = data_packages()
setup(
    packages=[*find_packages(include=["reader", "reader.*", "annotations", "annotations.*"]), *packages],
    package_dir={DATA: "resources"},
    package_data={"annotations": ["py.typed"], "reader": ["py.typed"],
                  **{name: ["*"] for name in packages}},
    exclude_package_data={name: ["*.py[co]"] for name in packages},
)
