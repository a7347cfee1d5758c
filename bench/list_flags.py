"""What the list checkers (`check_org_list.py`, `check_people_list.py`, `check_place_list.py`) print about the flags
they raise: each reason with the names still open and, apart, those the list's `_note` keeps on purpose."""
from __future__ import annotations


def report(found: dict[str, list[str]], kept_names: set[str]) -> tuple[int, int]:
    """Print the flags by reason; returns (flags left open, flags kept by the note). A flag reads "Name" or
    "Name (detail)"; it is kept when the note names it."""
    left = kept = 0
    for reason, items in sorted(found.items()):
        open_items = [i for i in items if i.split(" (")[0] not in kept_names]
        kept_items = [i for i in items if i.split(" (")[0] in kept_names]
        left += len(open_items)
        kept += len(kept_items)
        if open_items:
            print(f"{reason}: {len(open_items)}\n  " + ", ".join(open_items))
        if kept_items:
            print(f"{reason}, kept (named in _note): " + ", ".join(kept_items))
    return left, kept
