"""The Markdown report shows trainees' names and texts as they are: nothing in them becomes a link, an
image or emphasis (break28 LOW). A trainee named "[click](http://evil.example)" was a live link."""
from __future__ import annotations

from pathlib import Path

from tests.core.workshop.workflow import Person, rendered, run, trainer_with_key

NAME = "[click](http://evil.example) ![p](http://evil.example/p.png) *me*"


def test_markdown_in_a_trainee_s_name_stays_text(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    mal = Person(tmp_path, NAME)
    mal.add()
    mal.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    mal.annotate("Claire Dubois", "--kind", "entity", "--type", "PERSON")  # an extra row: her own quote
    run("compare", str(key), str(mal.export("mal.dossier")), "--report", str(tmp_path / "r.md"))
    html = rendered(tmp_path / "r.md")
    assert "<a " not in html and "<img" not in html and "<em>" not in html
    assert html.count(NAME) >= 2  # the class table and the heading, as typed
