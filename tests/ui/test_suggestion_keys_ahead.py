"""Enter, Backspace, Enter walk the suggestions as they show, however fast they come: the list recomputed after an
accept arrives from the job process later (0.4 s on a news article), and a Backspace pressed before it came rejected
the row just accepted, then the next Enter accepted the claim meant to be rejected (an outside tester, stop 52).
The row handled leaves at once, and a list computed before a later change is not shown."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from reader.ui.mainwindow import MainWindow
from tests.ui.test_ops import threaded  # noqa: F401  (the fixture: a window with the app's own runner)
from tests.ui.window_steps import open_sample


def test_keys_pressed_before_the_recomputed_list_arrives_act_on_the_rows_shown(threaded: MainWindow,  # noqa: F811
                                                                               qtbot: object) -> None:
    doc_id = open_sample(threaded, "harbour_council.txt")
    threaded.suggest_action.trigger()
    qtbot.waitUntil(lambda: len(threaded.suggestions) > 3 and not threaded.runner.busy(),  # type: ignore[attr-defined]
                    timeout=120_000)
    first, second, third = threaded.suggestions[:3]
    assert threaded.suggestions_panel.current() == 0
    release = threading.Event()
    threaded.runner.run_op(lambda job: release.wait(60), lambda result: None, "Busy")  # the worker is slow today
    table = threaded.suggestions_panel.table
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Backspace, Qt.Key.Key_Return):
        qtbot.keyClick(table, key)  # type: ignore[attr-defined]
    assert threaded.suggestions_panel.current() == 0 and threaded.suggestions[0] not in (first, second, third)
    release.set()
    qtbot.waitUntil(lambda: not threaded.runner.busy(), timeout=120_000)  # type: ignore[attr-defined]
    annotated = {(a.target.start, a.target.end) for a in threaded.annotations}
    assert annotated == {(first.start, first.end), (third.start, third.end)}
    assert second not in threaded.suggestions and first not in threaded.suggestions  # rejected, accepted
    rejected = threaded.service.library.store.rejections(doc_id)
    assert [(r.start, r.end) for r in rejected] == [(second.start, second.end)]
