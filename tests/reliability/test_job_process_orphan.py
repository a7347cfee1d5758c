"""The app killed (kill -9, a crash): its job process found itself an orphan and lived on for good, ~300 MB and the
library's database open (an outside tester, stop 52) — the pool's pipes never tell it, it holds both their ends. It
now watches its parent and ends once the parent is gone (after a call in progress)."""
from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PARENT = """
import sys
from pathlib import Path
from reader.job_process import JobProcess
from reader.services import ReaderService
folder = Path(sys.argv[1])
ReaderService.open(folder, isolated=False).close()
process = JobProcess(folder, isolated=False)
process.call("Ana", "messages", (), {})
print(*process._pool._processes, flush=True)
sys.stdin.read()
"""


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="waits for the orphan's end with a pidfd (Linux)")
def test_the_job_process_ends_when_the_app_is_killed(tmp_path: Path) -> None:
    app = subprocess.Popen([sys.executable, "-c", PARENT, str(tmp_path / "lib")], cwd=ROOT, stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, text=True, env={**os.environ, "DOSSIER_IN_PROCESS": "1"})
    try:
        assert app.stdout is not None
        [child] = [int(pid) for pid in app.stdout.readline().split()]
        watch = os.pidfd_open(child)
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait()
    try:
        ended, _, _ = select.select([watch], [], [], 60)  # it polls its parent every 2 s
        assert ended, "the job process outlived the app"
    finally:
        os.close(watch)
