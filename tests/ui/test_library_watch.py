"""The library watch on its own: another connection's edit is noticed once, the index is caught up on
the runner, and every poll is announced (an unwritable index retries on it)."""
from __future__ import annotations

from pathlib import Path

from reader.services import ReaderService
from reader.ui.library_watch import LibraryWatch
from reader.ui.ops import SyncRunner
from tests.conftest import SAMPLES


def test_another_connections_edit_is_noticed_once(qtbot: object, library_dir: Path) -> None:
    mine = ReaderService.open(library_dir, annotator="Ana", isolated=False)
    other = ReaderService.open(library_dir, annotator="Ben", isolated=False)
    try:
        runner = SyncRunner(mine)
        ran: list[str] = []
        runner.idle.connect(lambda: ran.append("job"))
        watch = LibraryWatch(mine, runner)
        changed: list[int] = []
        polled: list[int] = []
        watch.changed.connect(lambda: changed.append(1))
        watch.polled.connect(lambda: polled.append(1))
        assert watch.poll() is False and changed == [] and ran == []
        assert other.add_file(SAMPLES / "harbour_council.txt").record is not None
        assert watch.poll() is True and watch.poll() is False
        assert changed == [1] and ran == ["job"] and polled == [1, 1, 1]
        assert [d.title[:7] for d in mine.documents()] == ["Harbour"]
        assert mine.search("title:harbour", scope="documents").total == 1
    finally:
        other.close()
        mine.close()
