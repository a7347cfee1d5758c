"""Officers' titles before a name, read where the speaker follows a verb of saying: two titles joined ("said EVP and CFO
Luc Bellet", "according to president and CEO Christopher Peterson") and an officer's title between an organisation
the name lists took for a person and the person ("said Ruder Finn CEO Kathy Bloomgarden"). Patterns only; `sources.py`
applies them."""
from __future__ import annotations

import re
from typing import Final

_TITLE_WORD: Final = r"(?:[a-z][a-z-]*|[A-Z]{2,4})"
TWO_TITLES: Final = re.compile(rf"[ \t]+(?:(?:its|the|their)[ \t]+)?(?:[\w-]+(?:['’]s|s['’])[ \t]+)?{_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{0,2}}[ \t]+(?:and|&)[ \t]+"
                               rf"{_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{0,2}}[ \t]+")
TITLE_WORDS: Final = frozenset("president ceo cfo coo cto evp svp vp chairman chairwoman chair chief executive founder "
                               "co-founder director officer secretary owner editor publisher head principal partner".split())
"""Two titles joined before a name ("president and CEO Christopher Peterson", "EVP and CFO Luc Bellet", "chairman
and chief executive Ada Moe"): the person holds both."""
TITLE_ROLE: Final = re.compile(r"[ \t]+(?:CEO|[Cc]hief[ \t]+[Ee]xecutive(?:[ \t]+[Oo]fficer)?|(?:[Cc]o-)?[Ff]ounder|[Pp]resident|"
                               r"[Cc]hairman|[Cc]hairwoman|[Ss]pokesman|[Ss]pokeswoman|[Ss]pokesperson|publicist)[ \t]+")
"""Between two names taken for people: an organisation's officer title ("said Ruder Finn CEO Kathy Bloomgarden"), so
the first name is the organisation (a name the lists took for a person's) and the second speaks."""
