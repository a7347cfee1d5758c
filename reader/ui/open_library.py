"""Opening the library when the app starts. A library this Dossier cannot open (damaged, written by a
newer version, not writable) gets a dialog that says what happened and what to do, and offers another
library folder, instead of a traceback and no window. The library itself is never changed here."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from annotations.errors import DossierError
from reader.services import ReaderService, default_library_dir

CHOOSE = "Choose another library…"
QUIT = "Quit"


def advice(message: str) -> str:
    """What the person can do about `message` (a StoreError's sentence)."""
    if "newer Dossier" in message:
        return "Nothing in it was changed: open it again after updating, or choose another library folder for now."
    if "emptied" in message:
        return "Nothing in the library folder was changed. Restore its database from a backup, or choose another library folder."
    if "damaged" in message:
        return ("Nothing in the library folder was changed. Restore the folder from a backup (a copy made "
                "before an upgrade sits next to the library file as library.before-v*.sqlite3), "
                "or choose another library folder.")
    return "Check that the folder exists and can be written, or choose another library folder."


def open_library(folder: str | Path | None, parent: QWidget | None = None) -> ReaderService | None:
    """The library at `folder` (default: the per-user one), or one the person picks after being told why
    it could not be opened; None when they quit."""
    target = Path(folder) if folder else default_library_dir()
    while True:
        try:
            return ReaderService.open(target)
        except DossierError as exc:
            box = QMessageBox(QMessageBox.Icon.Critical, "Dossier cannot open the library",
                              f"Dossier cannot open the library at {target}.", parent=parent)
            box.setInformativeText(f"{exc.message}\n\n{advice(exc.message)}")
            choose = box.addButton(CHOOSE, QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QUIT, QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(choose)
            box.exec()
            if box.clickedButton() is not choose:
                return None
            picked = QFileDialog.getExistingDirectory(parent, "Choose a library folder (an empty folder starts "
                                                      "a new library)", str(target.parent))
            if picked:
                target = Path(picked)
