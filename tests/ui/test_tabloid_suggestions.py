"""A British tabloid's article in the app (stop 44): its single quotation marks read as quotes by the suggesters, so
the Suggest action offers each quoted claim with its speaker, and Enter in the dock accepts it with that speaker and
the words as printed (single marks and all)."""
from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import accept_with_enter, open_file

ARTICLE = ("Radio presenter Ada Moe quits her breakfast show after ten years\n\n"
           "Radio presenter Ada Moe has quit her breakfast show after ten years on air.\n\n"
           "She penned: 'With immense gratitude, I have made the choice to say goodbye to the show.\n\n"
           "'I will save the long paragraphs for my final show, but I am so proud of the work.'\n\n"
           "'I've had listeners thank me every single day,' she bragged to fans on Instagram.\n\n"
           "'Ada is doing god's work,' wrote one fan.\n")


def test_suggest_offers_a_tabloids_quotes_with_their_speakers_and_enter_accepts_one(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "presenter_quits.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    open_file(window, path)
    window.suggest_action.trigger()
    claims = {s.exact: s for s in window.suggestions if s.kind == "claim"}
    bragged = next(s for exact, s in claims.items() if exact.startswith("'I've had listeners"))
    assert (bragged.speaker, bragged.exact) == ("Ada Moe", "'I've had listeners thank me every single day,' she "
                                                "bragged to fans on Instagram.")  # the words as printed
    penned = next(s for exact, s in claims.items() if exact.startswith("She penned:"))
    assert penned.speaker == "Ada Moe" and "'I will save the long paragraphs" in penned.exact  # the quote runs on
    fan = next(s for exact, s in claims.items() if exact.startswith("'Ada is doing"))
    assert (fan.speaker, fan.speaker_kind) == ("one fan", "unnamed")
    accepted = accept_with_enter(window, qtbot, bragged)
    assert accepted.target.exact == bragged.exact
    speaker = window.service.entity(accepted.claim.speaker_id or "")  # type: ignore[union-attr]
    assert speaker is not None and speaker.name == "Ada Moe"
