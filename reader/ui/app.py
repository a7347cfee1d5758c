"""Start the desktop app: `python main.py [--library DIR] [--screenshot OUT.png] [--theme dark] [FILE]`."""
from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from typing import TYPE_CHECKING

from annotations.errors import DossierError
from annotations.resources import resource
from reader.cli import PROG
from reader.services import ReaderService
from reader.services_files import add_summary

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from reader.ui.mainwindow import MainWindow

SAMPLE = resource("samples", "grid_shortfall.html")


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=PROG, description="Start the Dossier desktop app.")
    parser.add_argument("--library", metavar="DIR")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window offscreen to a PNG and exit")
    parser.add_argument("--theme", choices=("light", "dark"), help="override the theme in Settings")
    parser.add_argument("--size", default="1400x880", help="window size for --screenshot, WxH")
    parser.add_argument("--verbose", action="store_true",
                        help="print the log on stderr (e.g. the error a search index repair met)")
    parser.add_argument("file", nargs="?", help="a document to add and open")
    return parser.parse_args(argv)


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


XCB_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xkbcommon-x11": "libxkbcommon-x11-0", "xcb-icccm": "libxcb-icccm4",
                 "xcb-keysyms": "libxcb-keysyms1", "xcb-shape": "libxcb-shape0", "EGL": "libegl1",
                 "fontconfig": "libfontconfig1"}
"""Libraries Qt's xcb platform plugin loads at start; missing ones abort Qt with an obscure plugin error."""


def missing_system_libraries() -> list[str]:
    """Debian package names for libraries the xcb plugin needs and this machine lacks (Linux/X11 only)."""
    import ctypes.util

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return []
    if not os.environ.get("DISPLAY"):
        return []
    return [package for lib, package in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None]


def start_app(argv: list[str]) -> int:
    args = parse(argv)
    if args.verbose:  # as the command line's --verbose: the log for whoever looks into a problem
        logging.basicConfig(level=logging.INFO, format="log: %(name)s: %(message)s")
    if args.screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif not has_display():
        print("Dossier: no display found (DISPLAY/WAYLAND_DISPLAY unset); use the command line instead: "
              f"{PROG} --help", file=sys.stderr)
        return 2
    missing = missing_system_libraries()
    if missing:
        print(f"Dossier: Qt needs system libraries that are not installed; on Debian/Ubuntu run: "
              f"sudo apt install {' '.join(missing)}", file=sys.stderr)
        return 2
    try:
        from PySide6.QtCore import QTimer
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        print(f"Dossier: Qt could not be loaded ({exc}); on Debian/Ubuntu install the system libraries: "
              "sudo apt install libgl1 libegl1 libxkbcommon0 libfontconfig1", file=sys.stderr)
        return 2
    from reader.ui.mainwindow import MainWindow
    from reader.ui.open_library import open_library
    from reader.ui.quit_signals import close_on_signals
    from reader.ui.settings import Settings, ask_name_on_first_run
    from reader.ui.theme import apply_theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Dossier")
    app.setDesktopFileName("dossier")  # Wayland shells match the window to the menu entry (reader.desktop) by it
    app.setWindowIcon(QIcon(str(resource("desktop", "dossier.svg"))))
    settings = Settings()
    theme = args.theme or settings.theme
    apply_theme(app, theme)  # type: ignore[arg-type]
    if args.screenshot:  # nobody is there to answer a dialog
        try:
            service = ReaderService.open(args.library)
        except DossierError as exc:
            print(f"Dossier: {exc.message}", file=sys.stderr)
            return 1
    else:
        opened = open_library(args.library)
        if opened is None:
            return 1
        service = opened
    try:
        window = MainWindow(service, settings)
    except DossierError as exc:  # the library opened but cannot be shown (a rotted codebook: a tester, stop 56)
        message = service.damaged() or exc.message
        service.close()
        if args.screenshot:
            print(f"Dossier: {message}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "Dossier cannot show the library", message)
        return 1
    bundle = args.file if args.file and args.file.lower().endswith(".dossier") else None
    listed = window.library_panel.model.rows()  # every document, in the order added (read once at start)
    target = (None if bundle else args.file) or (str(SAMPLE) if not listed else None)
    if target:
        result = service.add_file(target)
        if result.record is None:
            window.show_error(result.error or "The file could not be opened.")
        else:
            window.refresh_library()
            window.open_document(result.record.id)
            if result.warnings:  # how the file was read (a code page guessed, bytes replaced, chapters skipped)
                window.library.show_add_warnings(add_summary([result]),
                                                 [f"{result.path.name}: {w}" for w in result.warnings])
    elif listed and args.screenshot:
        window.open_document(listed[-1].id)
    if bundle:  # a note bundle opened from the file manager: preview the import (straight in for --screenshot)
        window.library.import_file(bundle, confirm=not args.screenshot)
    if args.screenshot:
        width, _, height = args.size.partition("x")
        window.resize(int(width), int(height))
        window.show()
        _settle(app, window)
        ok = window.grab().save(args.screenshot)
        window.close()
        service.close()
        return 0 if ok else 1
    window.show()
    close_on_signals(window)  # Ctrl+C in the terminal, `kill`: closed as File > Quit, what is typed stored first
    opener = QTimer(window)  # the window is drawn first, with the library; the last document opens on the
    opener.setSingleShot(True)  # event loop's first turn (a team's library: the window shows ~1 s sooner)
    if listed and not target and window.document is None:
        app.processEvents()
        last = listed[-1].id
        opener.timeout.connect(lambda: window.open_document(last) if window.document is None else None)
        opener.start(0)
    window.name_dialog = ask_name_on_first_run(settings, service, window)  # type: ignore[attr-defined]
    gc.collect()
    gc.freeze()  # what start-up made lives as long as the app: full collections need not walk it again
    window.runner.warm_up()  # the job process (index rebuilds, imports, exports) starts meanwhile
    code = app.exec()
    opener.stop()
    window.runner.close()  # (the window closed it; an app quit without closing it left its worker thread running)
    window.page_view.close_document()
    service.close()
    return int(code)


def _settle(app: QApplication, window: MainWindow) -> None:
    """Let layout, background work (e.g. a bundle's import) and the page view's render thread finish
    what is on screen (for --screenshot)."""
    import time

    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        canvas = window.page_view.canvas
        pages_done = not window.page_view.isVisible() or (canvas.cached_pages() and not canvas.pending())
        if pages_done and not window.runner.busy():
            break
    app.processEvents()
    window.text_view._redraw()
