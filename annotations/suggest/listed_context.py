"""What the words around a listed name say about it. A name from the world-knowledge lists is matched wherever it
stands capitalised, but a title before a listed place or organisation makes it a person's surname ("Lord Acton",
"Mrs Compton"), and a listed person's name that goes on into a longer name is no mention of the person ("the Einstein
Telescope", "the Charlemagne Prize", "USS Theodore Roosevelt"): the longer name is left to the patterns; before a
lower-case place noun it names the place ("at Charles de Gaulle airport"). Found by an outside tester on real news
and plausible sentences (stop 31)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from annotations.suggest.automata import Candidate

_TITLE_BEFORE: Final = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Lord|Lady|Sir|Dame|Sen|Rep|Gov|Prof)\.?[ \t]+\Z")
_NAME_GOES_ON: Final = re.compile(r"[ \t]+(?:Airport|Square|Prize|Awards?|Institutes?|Museum|Telescope|Stadium|Arena|"
                                  r"Boulevard|Street|Avenue|Road|Province|City|Thought|Brothers|Bros\.?|Day|Competition|"
                                  r"Youth|Foundation|Cent(?:er|re)|Bridge|Tunnel|Park|Hall|Memorial|Library|University|"
                                  r"College|School|Hospital|Station|Trophy|Cup|Medal|Lecture|Fund|Trust|Invitational)\b")
_PLACE_NOUN_AFTER: Final = re.compile(r"[ \t]+(?:airport|stadium|bridge|street|avenue|boulevard|station)\b")
_VESSEL_BEFORE: Final = re.compile(r"(?<![\w-])(?:USS|HMS|HMAS|HMCS|INS|carrier|warship|ship)[ \t]+\Z")


def listed_in_context(text: str, found: list[Candidate], known: Mapping[str, str]) -> list[Candidate]:
    """The candidates with listed names (`known`: the gazetteer) read in their context (see the module
    docstring); others unchanged."""
    out: list[Candidate] = []
    for candidate in found:
        start, end, label, source, _ = candidate
        if label == "PERSON" and known.get(text[start:end]) == "PERSON":
            if _NAME_GOES_ON.match(text, end) or _VESSEL_BEFORE.search(text, max(0, start - 10), start):
                continue  # "the Einstein Telescope", "USS Abraham Lincoln": the patterns judge the longer name
            if _PLACE_NOUN_AFTER.match(text, end):
                out.append((start, end, "PLACE", source, None))  # "at Charles de Gaulle airport": the airport
                continue
        if source == "gazetteer" and label in ("PLACE", "ORG") and " " not in text[start:end] and \
                _TITLE_BEFORE.search(text, max(0, start - 8), start):
            out.append((start, end, "PERSON", "pattern", None))  # "Lord Acton": a person's surname
            continue
        out.append(candidate)
    return out
