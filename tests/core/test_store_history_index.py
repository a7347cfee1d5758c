"""Each edit deletes the redo entries and the Edit menu reads the newest undo/redo labels: these must
look up the history by state, not read the whole of it (issue 17: a library grown by 100 bundle
imports holds 919 MB of history, and scanning it was most of the time of adding one annotation)."""
from __future__ import annotations

from annotations.library import Library


def test_history_is_looked_up_by_state(library: Library) -> None:
    conn = library.store._conn
    for sql, args in [("DELETE FROM history WHERE state = 'undone'", ()),
                      ("SELECT label FROM history WHERE state = ? ORDER BY seq DESC LIMIT 1", ("done",)),
                      ("SELECT seq, label, changes FROM history WHERE state = ? ORDER BY seq ASC", ("undone",))]:
        plan = " ".join(str(row[-1]) for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", args))
        assert "USING INDEX history_state" in plan and "TEMP B-TREE" not in plan, (sql, plan)
