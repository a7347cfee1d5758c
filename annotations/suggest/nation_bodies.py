"""A body named for its nation: "Diabetes UK", "Transport Scotland", "Cricket Australia", a firm's arm ("Vodafone UK"),
one organisation where the entity patterns found a name and a country. Split out of `org_names.py`; `entities.py`
asks it once the mentions are tidied. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from annotations.suggest.name_words import FUNCTION, MONTHS_DAYS, name_lists, zipf


def named_national(text: str, spans: list[tuple[int, int, str, str, str | None]], known: dict[str, str]
                   ) -> list[tuple[int, int, str, str, str | None]]:
    """`spans` (start, end, label, source, name; in order) with a nation after a name of one to three capitalised
    words as one organisation: a national charity, agency or sports body, or a firm's arm there ("Diabetes UK",
    "Alzheimer’s Research UK", "Transport Scotland", "Cricket Australia", "Vodafone UK", "Hitwise UK"), not the
    country — unless a place comes before ("London UK"), only determiners, directions or sentence openers do ("The
    UK", "Northern Ireland", "Across Scotland", "Why UK"), a possessive ("Labour's UK") or a small word of a longer name
    ("Save the Children UK"), or a word follows that the nation modifies ("Current UK Prime Minister", "UK inflation"):
    after it comes a verb, a role, a possessive or the phrase's end. A name before, found on its own, is taken in."""
    out: list[tuple[int, int, str, str, str | None]] = []
    for span in spans:
        a, b, label = span[0], span[1], span[2]
        named = _NAME_BEFORE_NATION.search(text, max(0, a - 60), a) if label == "PLACE" and text[a:b] in _NATIONS \
            and _BODY_ENDS.match(text, b) else None
        if named is not None and (_SMALL_WORD_BEFORE.search(text, max(0, named.start() - 6), named.start())
                                  or named.group(1).rstrip().endswith(("'s", "’s"))):
            named = None  # ("Save the Children UK": a name with small words, no list gives it; "Labour's UK")
        if named is not None:
            words = named.group(1).split()
            while words and (words[0] in FUNCTION or words[0].lower() in FUNCTION or words[0] in _OPENERS
                             or words[0] in MONTHS_DAYS):
                words.pop(0)
            begin = a - len(" ".join(words)) - 1 if words else a
            inside = [s for s in out if s[1] > begin]
            if words and text.startswith(" ".join(words), begin) and not any(known.get(w) == "PLACE" for w in words) \
                    and all(s[2] == "ORG" for s in inside) and _body_words(text, begin, words, known):
                del out[len(out) - len(inside):]
                span = (begin, b, "ORG", "pattern", None)
        out.append(span)
    return out


def _body_words(text: str, begin: int, words: list[str], known: dict[str, str]) -> bool:
    """Whether `words` before a nation (from `begin`) can name a body there: no adverb or participle ("Historically
    Ireland", "Beating England"), not in a headline ("Heatwave Grips England": a line with no full stop), and one word
    opening a sentence only if a listed body's first word, an organisation the lists know, or a word English hardly
    uses ("Transport Scotland", "Vodafone UK"; not "Regional Australia", "Middle England", "Independent Scotland")."""
    if any(w.endswith(("ly", "ing")) and len(w) > 4 for w in words) or words[0] in _NOT_A_BODYS or \
            len(words) > 1 and words[0] in name_lists()[0] and words[1] not in _BODY_FIRST_WORDS \
            and known.get(" ".join(words)) != "ORG":
        return False  # ("Historically Ireland", "Miss England", "Edwardian England", "Under Gregor Townsend Scotland")
    line_end = text.find("\n", begin)
    line = text[text.rfind("\n", 0, begin) + 1:len(text) if line_end < 0 else line_end].rstrip()
    if line and line[-1] not in ".!?\"”’')":
        return False
    opens = begin == 0 or text[begin - 1] == "\n" or text.endswith((". ", '." ', ".” ", "? ", "! "), 0, begin)
    return not (opens and len(words) == 1) or words[0] in _BODY_FIRST_WORDS or known.get(words[0]) == "ORG" \
        or zipf(words[0].lower()) < 3.0


_NOT_A_BODYS: Final = frozenset("Miss Mister Edwardian Georgian Elizabethan Tudor Medieval Victorian Roman Norman Saxon "
                                "Anglo-Saxon Celtic Colonial Ancient".split())
"""Words before a nation that make a title or an era of it ("Miss England", "Edwardian England")."""
_BODY_FIRST_WORDS: Final = frozenset("Transport Sport Cricket Rugby Tennis Golf Football Netball Hockey Swimming Athletics "
                                     "Cycling Tourism Enterprise Visit Screen Creative Historic Natural Age Diabetes Shelter "
                                     "Unite Police Sustrans Barnardo's Oxfam Amnesty Greenpeace Crisis Mind Samaritans "
                                     "Marie".split())
"""First words of national bodies named with the nation after them ("Transport Scotland", "Sport England", "Age UK",
"Cricket Australia", "Historic England")."""
_NATIONS: Final = frozenset(("UK", "England", "Scotland", "Wales", "Ireland", "Australia"))
_NAME_BEFORE_NATION: Final = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'&.-]*[ \t]){1,3})\Z")
_BODY_ENDS: Final = re.compile(r"[’']s\b|[ \t]*(?:[,.;:)\n]|\Z)|[ \t]+(?:said|says|say|has|have|had|is|was|were|will|would|"
                               r"warned|warns|added|adds|told|tells|found|finds|estimates?|estimated|reported|reports|"
                               r"called|calls|urged|urges|wants|wanted|chief|boss|head|director|spokes(?:man|woman|person)|"
                               r"and|which|who|also|did|does)\b")
"""After a nation that ends a body's name: a verb or a role ("Diabetes UK said", "Vodafone UK chief"), a possessive or
the phrase's end; not a noun the nation modifies ("Today UK households pay", "In March UK inflation rose")."""
_SMALL_WORD_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:the|of|for|and|&|to|in|on|at)[ \t]+\Z")
_OPENERS: Final = frozenset(("The", "A", "An", "In", "On", "At", "But", "And", "Current", "Former", "Across", "Outside",
                             "How", "Why", "Will", "Is", "Are", "Can", "Could", "Should", "Would", "Does", "Do", "Did", "What",
                             "When", "Where", "Who", "Since", "Under", "Elsewhere", "Currently", "Overall", "Still", "Even",
                             "Inside", "From", "To", "For", "With", "Like", "Unlike", "Post-Brexit", "Modern", "Rural",
                             "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "New",
                             "Greater", "Upper", "Lower", "Mainland", "Throughout", "Within", "Beyond", "All", "Tonight", "Today",
                             "Yesterday", "Now", "Then", "Meanwhile", "Last", "Next", "Team"))
"""Capitalised words before the nation that are no name's: sentence openers, directions that make a region ("Across
UK", "Northern Ireland", "New South Wales" stays a place)."""
