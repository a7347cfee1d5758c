"""The Entities panel proposes an entity's other spellings found in the library (other scripts and
romanisations); ticked ones become aliases in one undo step, and search then finds them."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES


def _row_center(panel: object, name: str) -> object:
    table = panel.table  # type: ignore[attr-defined]
    for r in range(panel.model.rowCount()):  # type: ignore[attr-defined]
        if panel.model.index(r, 0).data() == name:  # type: ignore[attr-defined]
            return table.visualRect(panel.model.index(r, 0)).center()  # type: ignore[attr-defined]
    raise AssertionError(f"no row {name}")


def test_other_spellings_are_proposed_and_ticked_ones_become_aliases(window: MainWindow, qtbot: object) -> None:
    ids = {}
    for name in ("grid_shortfall.html", "uk_energy_agreement.txt", "ru_baltic_reserve.txt", "ar_gas_contract.txt"):
        record = window.service.add_file(SAMPLES / name).record
        assert record is not None
        ids[name] = record.id
    grid = ids["grid_shortfall.html"]
    s, e = find_quote(window.service.document(grid).text, "Helena Brandt")
    window.service.annotate(grid, AnnotationInput(Kind.ENTITY, s, e, label="PERSON", entity_name="Helena Brandt"))
    window.refresh_library()
    window.open_document(grid)
    panel = window.entities_panel
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
                     pos=_row_center(panel, "Helena Brandt"))
    qtbot.mouseClick(panel.spellings_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    dialog = panel.spellings_dialog
    assert dialog is not None and dialog.isVisible()
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "“Хелена Брандт” appears in 1 document — same as Helena Brandt?" in lines
    assert any("Гелена Брандт" in line for line in lines) and any("هيلينا براندت" in line for line in lines)
    dialog.grab().save("/tmp/spellings_dialog.png")
    chosen = [i for i, line in enumerate(lines) if "Хелена Брандт" in line or "Гелена Брандт" in line]
    for i in chosen:  # tick with the keyboard: Space on the current line
        dialog.list.setCurrentRow(i)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    assert [p.spelling for p in dialog.chosen()] == [dialog.proposals[i].spelling for i in chosen]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    entity = next(e for e in window.service.library.store.entities() if e.name == "Helena Brandt")
    assert set(entity.aliases) == {"Хелена Брандт", "Гелена Брандт"}
    assert window.service.search("Гелена").total == 1  # the English mention, found by its Ukrainian spelling
    window.undo_action.trigger()
    entity = next(e for e in window.service.library.store.entities() if e.name == "Helena Brandt")
    assert entity.aliases == ()


def test_nothing_to_propose_says_so(window: MainWindow, qtbot: object) -> None:
    record = window.service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    s, e = find_quote(window.service.document(record.id).text, "Tomas Ek")
    window.service.annotate(record.id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON", entity_name="Tomas Ek"))
    window.open_document(record.id)
    panel = window.entities_panel
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
                     pos=_row_center(panel, "Tomas Ek"))
    qtbot.mouseClick(panel.spellings_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    dialog = panel.spellings_dialog
    assert dialog is not None and dialog.list.count() == 0 and not dialog.ok_button.isEnabled()
    dialog.reject()


def test_ticking_every_proposal_is_one_undo_step_and_case_forms_are_proposed(window: MainWindow, qtbot: object,
                                                                              tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    texts = {
        "en.txt": ("Zelenskyy visits the grid", "President Volodymyr Zelenskyy visited the control room.",
                   "Volodymyr Zelenskyy"),
        "ru.txt": ("Зеленский в Риге", "Президент Владимир Зеленский прибыл в Ригу.", "Владимир Зеленский"),
        "ru2.txt": ("Переговоры", "Канцлер встретился с Владимиром Зеленским в Берлине.", None),
        "de.txt": ("Selenskyj in Berlin", "Der Präsident Wolodymyr Selenskyj traf den Kanzler.", "Wolodymyr Selenskyj"),
        "uk.txt": ("Зеленський у Харкові", "Зеленський прибув до Харкова у п’ятницю.", "Зеленський"),
    }
    ids = {}
    for name, (title, body, marked) in texts.items():
        (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        record = window.service.add_file(folder / name).record
        assert record is not None
        ids[name] = record.id
        if marked:
            s, e = find_quote(window.service.document(record.id).text, marked, )
            window.service.annotate(record.id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON", entity_name=marked))
    before = sorted((e.name, e.aliases) for e in window.service.library.store.entities())
    window.refresh_library()
    window.open_document(ids["en.txt"])
    panel = window.entities_panel
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
                     pos=_row_center(panel, "Volodymyr Zelenskyy"))
    qtbot.mouseClick(panel.spellings_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    dialog = panel.spellings_dialog
    assert dialog is not None
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("Владимиром Зеленским" in line for line in lines), lines  # the case form in a document
    dialog.grab().save("/tmp/spellings_dialog_forms.png")
    for i in range(dialog.list.count()):
        dialog.list.setCurrentRow(i)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    live = [e for e in window.service.library.store.entities() if not e.deleted]
    assert [e.name for e in live] == ["Volodymyr Zelenskyy"]
    assert {"Зеленський", "Владимир Зеленский", "Владимиром Зеленским", "Wolodymyr Selenskyj"} <= set(live[0].aliases)
    window.undo_action.trigger()  # one Ctrl+Z takes back the aliases and every merge
    after = sorted((e.name, e.aliases) for e in window.service.library.store.entities() if not e.deleted)
    assert after == before
