"""A Markdown article wrapped at a fixed width in the app (stop 45): a sentence broken across lines is one claim with
its speaker after the break, offered by the Suggest action and accepted with Enter in the dock, its words as printed
(line break and all)."""
from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import accept_with_enter, open_file

ARTICLE = ("# Tutoring falls short, new report finds\n\n"
           "The Pellworth Tutoring Corps has asked the governor for more money this year to pay\n"
           "tutors. The plan began a year ago, according to the corps' president and\n"
           "CEO Ada Moe, who took over in 2021. More than half of the schools said\n"
           "they would take part, while 32 percent said they were not sure about it\n"
           "at all.\n")


def test_suggest_offers_a_wrapped_sentence_whole_and_enter_accepts_it_with_its_speaker(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "tutoring.md"
    path.write_text(ARTICLE, encoding="utf-8")
    open_file(window, path)
    window.suggest_action.trigger()
    claims = [s for s in window.suggestions if s.kind == "claim"]
    plan = next(s for s in claims if s.exact.startswith("The plan began"))
    assert plan.speaker == "Ada Moe"
    assert plan.exact == ("The plan began a year ago, according to the corps' president and\nCEO Ada Moe, who took "
                          "over in 2021.")  # the words as printed, across the line break
    accepted = accept_with_enter(window, qtbot, plan)
    assert accepted.target.exact == plan.exact
    speaker = window.service.entity(accepted.claim.speaker_id or "")  # type: ignore[union-attr]
    assert speaker is not None and speaker.name == "Ada Moe"
