"""A blog round-up in the app (stop 46): a paragraph quoted after "X writes that …:" with no quotation marks, and a
tweet labelled with its handle, are offered by the Suggest action as claims of their speakers, and Enter in the dock
accepts one with that speaker."""
from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import accept_with_enter, open_file

ROUND_UP = ("Netizens reject a code of conduct\n\n"
            "Ada Moe writes that bloggers should be ready to stand up for their views:\n\n"
            "Yes, I fundamentally believe that more voices are better than fewer in any debate.\n\n"
            "Piet Vos (@pietvos_ph) tweeted about the proposal:\n\n"
            "@pietvos_ph: An online code of conduct will do nothing to protect us from lawsuits.\n")


def test_suggest_offers_block_quotations_and_handle_posts_and_enter_accepts_one(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "round_up.txt"
    path.write_text(ROUND_UP, encoding="utf-8")
    open_file(window, path)
    window.suggest_action.trigger()
    claims = {s.exact: s for s in window.suggestions if s.kind == "claim"}
    quoted = claims["Yes, I fundamentally believe that more voices are better than fewer in any debate."]
    post = claims["An online code of conduct will do nothing to protect us from lawsuits."]
    assert (quoted.speaker, post.speaker) == ("Ada Moe", "Piet Vos")
    accepted = accept_with_enter(window, qtbot, quoted)
    assert accepted.target.exact == quoted.exact
    speaker = window.service.entity(accepted.claim.speaker_id or "")  # type: ignore[union-attr]
    assert speaker is not None and speaker.name == "Ada Moe"
