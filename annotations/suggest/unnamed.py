"""Unnamed sources as the text words them: "officials", "a senior diplomat", "some of the state's energy
experts", "Republicans in Western North Carolina" — the noun phrases a reporting verb's subject (or the source
after it) may be when no name is given, whether such a phrase can be "they" later, and its first letter lowered
at a sentence start. Pure functions and patterns, used by `speakers.py`."""
from __future__ import annotations

import re
from typing import Final

from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.name_words import DESCRIBING_ENDS
from annotations.suggest.names import name_lists, zipf

UNNAMED_HEADS: Final = (
           "officials|official|diplomats|diplomat|analysts|analyst|experts|expert|sources|source|residents|resident|"
           "witnesses|witness|observers|observer|critics|aides|aide|officers|officer|investigators|investigator|"
           "investigations|investigation|prosecutors|prosecutor|police|authorities|lawmakers|legislators|MPs|MEPs|"
           "senators|Republicans|Democrats|Republican|Democrat|operatives|operative|activists|activist|campaigners|protesters|doctors|doctor|"
           "scientists|scientist|researchers|researcher|economists|economist|people|person|man|woman|men|women|"
           "spokesman|spokeswoman|spokesperson|representatives|representative|members|member|leaders|insiders|insider|"
           "reports|report|media|data|figures|statistics|study|studies|survey|poll|polls|tests|test|results|documents|"
           "records|statement|statements|legislation|regulations|rules|guidance|invitation|estimates|analysis|inquiry|"
           "review|ministers|minister|staff|employees|workers|teachers|parents|families|relatives|neighbours|neighbors|"
           "friends|colleagues|supporters|opponents|voters|users|customers|owners|owner|executives|executive|"
           "commentators|journalists|reporters|correspondents|newspapers|broadcasters|outlets|agencies|groups|"
           "organisations|organizations|companies|firms|banks|governments|countries|nations|allies|diplomacy|"
           "intelligence|military|army|troops|soldiers|militants|rebels|fighters|monitors|observatory|monitor|"
           "authority|judges|judge|court|coroner|inspectors|inspector|engineers|advisers|advisors|adviser|advisor|"
           "scholars|academics|historians|pollsters|surveys|models|projections|forecasts|accounts|footage|video|images|"
           "farmers|fishermen|villagers|locals|citizens|demonstrators|students|patients|survivors|victims|passengers|"
           "drivers|traders|merchants|shopkeepers|businesses|lawyers|lawyer|attorneys|attorney|unions|campaign|"
           "insurers|lenders|investors|bankers|regulators|inspectors|officers|guards|staffers|aides|medics|nurses|"
           "paramedics|firefighters|rescuers|commanders|commander|generals|veterans|clerics|imams|priests|bishops|"
           "others|academic|volunteers|volunteer|organizers|organisers|organizer|organiser|directors|director|details|"
           "research|CEO|CEOs|children|child|speakers|speaker|attendees|attendee|participants|participant|delegates|"
           "delegate|daughters|sons|siblings|those|ministries|"
           "soldier|student|worker|employee|farmer|driver|pilots|pilot|guard|fighter|militant|rebel|protester|campaigner|"
           "neighbour|neighbor|villager|survivor|victim|passenger|customer|parent|trader|merchant|shopkeeper|investor|"
           "banker|veteran|nurse|teacher|policeman|policewoman|firefighter|medic|paramedic|rescuer|citizen|demonstrator|"
           "patient|journalist|reporter|correspondent|commentator|historian|scholar|pollster|engineer|staffer|cleric|"
           "imam|priest|bishop|fisherman|legislator|lawmaker|senator|relative|friend|colleague|supporter|opponent|voter|"
           "user|virologists|virologist|epidemiologists|epidemiologist|physicians|physician|psychologists|psychologist|"
           "psychiatrists|psychiatrist|biologists|biologist|ecologists|climatologists|meteorologists|meteorologist|"
           "forecasters|forecaster|astronomers|astronomer|physicists|physicist|chemists|geologists|geologist|"
           "archaeologists|archaeologist|sociologists|criminologists|statisticians|demographers|strategists|strategist|"
           "consultants|consultant|specialists|specialist|surgeons|surgeon|pharmacists|clinicians|clinician|midwives|"
           "immunologists|immunologist|oncologists|oncologist|cardiologists|cardiologist|"
           "paediatricians|pediatricians|paediatrician|pediatrician|policymakers|policymaker|advocates|proponents|backers|"
           "skeptics|sceptics|lobbyists|lobbyist|auditors|administrators|managers|manager|planners|bureaucrats|negotiators|"
           "negotiator|politicians|politician|candidates|candidate|players|player|coaches|coach|fans|netizens|netizen|"
           "bloggers|blogger|commenters|commenter|charities|charity|carers|carer")
"""The head nouns of unnamed sources; a person noun in the plural has its singular too ("one soldier reports")."""

FOLLOWERS: Final = frozenset("fans supporters critics opponents detractors admirers followers loyalists voters customers users "
                             "shareholders subscribers listeners viewers readers".split())
"""Groups named after a person or a body that are not its voice ("Lady Gaga fans", "Apple customers"; unlike "Google
employees" or "PG&E officials", whom the body speaks through)."""

FOLLOWER_AFTER: Final = re.compile(r"[ \t]+(" + "|".join(sorted(FOLLOWERS)) + r")\b")
"""A follower noun right after a name ("Lady Gaga fans", "Apple customers"): group 1 is the noun."""
MEMBERS_AFTER: Final = re.compile(r"[ \t]+(?:Democrats|Republicans|Tories|members|lawmakers|legislators|senators|MPs|MEPs)\b")
"""A body's members after its name ("Senate Democrats", "Chamber of Commerce members"): they speak, as worded, not
the body."""

_Node = dict[str, "_Node"]


def _trie(words: list[str]) -> str:
    """An alternation of `words` as a prefix tree ("official|officials|officers" -> "o(?:ffic(?:ial(?:s)?|ers))"):
    it matches what the plain alternation matches, the longest word first, and the regex engine tries one branch
    per letter instead of every word (the head nouns are ~250 words)."""
    tree: _Node = {}
    for word in words:
        node = tree
        for c in word.lower():
            node = node.setdefault(c, {})
        node[""] = {}

    def pattern(node: _Node) -> str:
        branches = [re.escape(c) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)


_HEADS: Final = _trie(UNNAMED_HEADS.split("|"))
"""`UNNAMED_HEADS` as a prefix tree, for the case-insensitive patterns below."""
_DETERMINERS: Final = ("the|a|an|some|one|two|three|four|five|several|many|most|other|few|both|all|these|those|its|their|"
                       "his|her|our|local|senior|top|state|government|health|new|further|online|post")
_STOP: Final = ("and|or|but|that|which|who|whom|while|when|as|because|if|then|after|before|since|said|says|told|with|"
                "by|for|to|from|on|of|in|at|it|he|she|they|we|i|you|there|here|is|are|was|were|be|been|has|have|had|not|"
                "also|string|number|group|series|handful|lot|dozen|dozens|until|unless|although|though|where|whereas|so|once|"
                "yet|than|into|about|over|under|between|through|during|without|within|against|among|whether|even|a|an|"
                "why|how|what")
"""Words that are no modifier inside an unnamed source: function words, and "a"/"an" or "even" (an article opens the
phrase: "There was even a study which indicated" is "a study"; "the" may stand inside: "lawyers representing the
families")."""
_PARTITIVE: Final = "some|many|most|all|several|one|two|three|four|five|few|none|each|both|dozens|hundreds|thousands"
"""Before "of": "some of the state's energy experts" is the source as worded."""
_PARTITIVE_OF: Final = re.compile(rf"^(?:{_PARTITIVE})\s+of\s+", re.I)
UNNAMED: Final = re.compile(
           rf"(?<![\w'’-])(?:\b(?:{_PARTITIVE})\s+of\s+)?(?:\b(?:{_DETERMINERS})\s+|"
           r"\b(?:(?:almost|nearly|about|around|roughly|more\s+than|over|at\s+least)\s+)?\d{1,3}(?:,\d{3})*(?![\d,])\s+|"
           r"\b(?:a|an|the)\s+(?:19|20)\d\d\s+)?(?:(?-i:(?:[A-Z][A-Za-z]+,\s+)*[A-Z][A-Za-z]+,?\s+(?:and|or)\s+(?=[A-Z]))|(?:current|past|serving)\s+and\s+(?:former|present|retired)\s+)?"
           rf"(?:(?!(?:{_STOP})\b)[A-Za-z][\w'’-]*\s+){{0,3}}\b(?:{_HEADS})(?!\w|[’']s\b|\s+(?:office|agency|bureau|department|authority|service|board|commission|"
           r"ministry|institute)\b)"
           r"(?:\s+familiar\s+with\s+(?:[\w'’.-]+\s+){0,4}?(?:thinking|plans?|matter|discussions|talks|deliberations|"
           r"negotiations|situation|decision|investigation|case|process|deal|issue|probe|review|conversations?)"
           r"(?:\s+(?:on|of)\s+the\s+[a-z]+)?\b"
           r"|\s+(?:in\s+fav(?:ou|o)r\s+of|in|at|of|on|from|for|by|close\s+to|familiar\s+with|with\s+knowledge\s+of)\s+(?:(?:their|his|her|its|our)\s+[a-z][\w'’-]*|(?:the\s+)?"
           r"(?!(?:said|says|told|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|[a-z]+ing\b)[\w'’-]+)(?:\s+(?!(?:said|says|told|put|who|whom|whose|which|that|did|does|do|not|has|have|had|is|are|was|were|will|would|could|can|may|might|should|must|also)\b|[a-z]+(?:ed|ing)\b)[a-z][\w'’-]+){0,2})?"
           r"(?:\s+(?:here|there)\b)?", re.I)
"""An unnamed source: determiner, up to three modifiers, a head noun ("officials", "a senior diplomat"), an identifying
prepositional phrase ("residents of the town") and "here"/"there" ("officials here say": where the writer is). Never
a head that owns the noun after it ("the victim's family": the family speaks); a participle ends the prepositional
phrase ("scientists in the paper titled …": the clause it opens is dropped, as a relative clause is), except after a
possessive, where a word in -ing is a noun ("people familiar with their thinking")."""
UNNAMED_OF: Final = re.compile(rf"(?<![\w'’-])(?:(?i:{_HEADS})\s+and\s+)?(?:(?:{_DETERMINERS})\s+)?(?:(?!(?i:and|or|but|yet|so|as|if|when|while|because|since|then)\b)[A-Za-z][\w'’-]*\s+)?"
                                rf"(?i:{UNNAMED_HEADS})\s+"
                                r"(?:(?:at|with|for|of|from)\s+(?:a|an|the)\s+(?:[a-z][\w'’-]*\s+){1,3})?"
                                r"(?:in|of|from|at|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+(?:and\s+)?)*\Z")
UNNAMED_END: Final = re.compile(rf"(?:{UNNAMED.pattern})\s*\Z", re.I)
UNNAMED_RELATIVE: Final = re.compile(rf"({UNNAMED.pattern})\s+(?:who|that)\s[^,;:]*\Z", re.I)
UNNAMED_START: Final = re.compile(rf"\s*({UNNAMED.pattern})", re.I)
HEAD_SET: Final = frozenset(w.casefold() for w in UNNAMED_HEADS.split("|"))
VERB_FIRST: Final = re.compile(rf"\s*[a-z]+ed\s+(?=(?:{_PARTITIVE}|{_DETERMINERS})\b)")


_CONJUNCT: Final = rf"(?:[A-Za-z][\w'’-]*\s+){{0,2}}(?:(?i:{_HEADS})|[a-z][\w'’-]*(?:s|men|people))"
COORDINATED: Final = re.compile(rf"(?<![\w'’-])(?:(?:{_CONJUNCT},\s+)+{_CONJUNCT},?|{_CONJUNCT})\s+(?:and|or)\s+\Z")
"""Sources listed before the last one: "black voters, campaign organizers and …" (each a source noun or a
plural); a comma before "and" only after a list of three ("accused of hiding the papers, and some officials say":
a new clause)."""


def ends_with_and_or(before: str, at: int) -> bool:
    """Whether before[:at] ends with white space, "and" or "or", white space — what `COORDINATED` needs at
    its end (checked first: the pattern itself is tried at each of up to 120 positions, ~0.2 ms a call)."""
    head = before[:at]
    stripped = head.rstrip()
    if len(stripped) == len(head):
        return False
    if stripped.endswith("and"):
        return stripped[-4:-3].isspace()
    return stripped.endswith("or") and stripped[-3:-2].isspace()
ANTECEDENT_WINDOW: Final = 300
"""How far back "they" looks for a plural unnamed source named in passing."""


def antecedent(text: str, at: int) -> str | None:
    """The latest plural unnamed source in the sentence(s) before `at` ("Others who have watched him … They
    say"), as worded (relative clauses dropped); None if the stretch names none."""
    window = max(0, at - ANTECEDENT_WINDOW)
    stretch = text[window:at]
    if not any(w.strip(",.;:") in HEAD_SET for w in stretch.casefold().split()):
        return None
    found = None
    for m in UNNAMED.finditer(stretch):
        line = m.group(0).rstrip()
        begin = m.start() + line.rfind("\n") + 1  # (from the line's start: "… as Fertilizer\n\nOfficers")
        phrase = stretch[begin:m.start() + len(line)].lstrip()
        begin = m.start() + len(line) - len(phrase)
        subject = _SUBJECT_AND_VERB.match(phrase) or _CAUSATIVE.match(phrase)
        if subject:  # "TNG50 allowed researchers to see …": the researchers, not the subject and its verb
            phrase = phrase[subject.end():]
        auxiliary = _AUXILIARY_END.search(phrase)
        if auxiliary:  # "Republicans in the Texas legislature are pushing …": the subject without its verb
            phrase = phrase[:auxiliary.start()]
        if phrase and plural(phrase):
            found = (phrase, window + begin + (subject.end() if subject else 0))
    return lower_first(found[0], text, found[1]) if found else None


_SUBJECT_AND_VERB: Final = re.compile(rf"(?:\S+\s+)*?(?!(?:{_DETERMINERS})\b)[\w'’-]+,?\s+(?:[a-z]+ed|let|helped|met|told|gave|"
                                      r"took|made|saw|found|held|left|sent|kept|brought|urged|thanked)\s+(?=\S)",
                                      re.I)
"""A subject and its verb in the past before an unnamed plural ("The TNG50 simulation allowed researchers"): not part
of the phrase (but "the retired generals", "some unnamed officials" are one)."""


_AUXILIARY_END: Final = re.compile(r"\s+(?:are|were|have|had|will|would|could|can|may|might|should|must|do|did)"
                                   r"(?:\s+(?:long|also|still|now|already|repeatedly|not|never|always|often)){0,2}\Z")
_CAUSATIVE: Final = re.compile(r"(?:allowed|enabled|helped|let|led|forced|prompted|caused|urged|asked)\s+(?=\S)")
"""A verb that lets someone do something, opening the stretch (", allowed researchers to …"): never a modifier."""


def _gerund_head(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """Whether the word in -ing at tokens[i] is the head noun of the phrase, not a participle opening a clause: the
    second word (after a determiner, the third), and the last before the verb or followed by "of" ("carbon dating
    showed", "the dating of the blade showed"), as "a study documenting abuses" is not."""
    first = text[tokens[0][0]:tokens[0][1]].lower()
    if i != 1 and not (i == 2 and first in _NP_DETERMINERS):
        return False
    return i == len(tokens) - 1 or text[tokens[i + 1][0]:tokens[i + 1][1]] == "of"


def one_person(phrase: str) -> bool:
    """"a senior diplomat", "one security official", "the resident": a single person, whom "he"/"she" may
    stand for later (not "a report", "the ministry")."""
    words = phrase.casefold().split()
    cut = next((i for i, w in enumerate(words) if i >= 2 and w in _POST_MODIFIER), len(words))
    if any(w.endswith("ed") for w in words[cut:]):
        return False  # ("the man in red shorts led employees": no phrase of a source)
    return len(words) >= 2 and words[0] in ("a", "an", "one", "the", "another") \
        and words[cut - 1] in _ONE_PERSON_HEADS  # ("a source close to the family": its head, "source")


_POST_MODIFIER: Final = frozenset("in at of on from for by with close familiar who that".split())


_ONE_PERSON_HEADS: Final = frozenset(
           "official diplomat source resident witness spokesman spokeswoman spokesperson officer analyst man woman aide "
           "adviser advisor employee worker lawyer doctor nurse survivor commander soldier insider executive "
           "representative member negotiator investigator researcher teacher student neighbour neighbor relative "
           "farmer driver activist engineer manager staffer minister lawmaker legislator politician director coordinator "
           "administrator commissioner superintendent chairman chairwoman professor economist expert consultant "
           "specialist scientist physician inmate prisoner victim patient clerk cashier guard pilot passenger shopper customer "
           "owner trader banker parent mother father friend colleague volunteer "
           "paramedic firefighter surgeon pharmacist landlord tenant homeowner shopkeeper mechanic contractor bystander "
           "motorist".split())
"""(Not a reporter or a journalist, who ask, nor a vendor, a voter or a protester in the crowd a politician meets: the
"he"/"she" after is who answers.)"""
_HE_ONLY: Final = frozenset("spokesman man father husband son brother chairman".split())
_SHE_ONLY: Final = frozenset("spokeswoman woman mother wife daughter sister chairwoman".split())


def fits_pronoun(phrase: str, pronoun: str) -> bool:
    """Whether "he"/"she" can stand for the one-person phrase ("a spokeswoman", "a mother of three" are no "he")."""
    words = phrase.casefold().split()
    cut = next((i for i, w in enumerate(words) if i >= 2 and w in _POST_MODIFIER), len(words))
    return words[cut - 1] not in (_SHE_ONLY if pronoun == "he" else _HE_ONLY)


def plural(phrase: str) -> bool:
    """"some local fishermen", "officials", "state media", "some of the experts" can be "they" later; "a
    senior diplomat" cannot."""
    phrase = _PARTITIVE_OF.sub("", phrase, count=1)
    head = re.split(r"\s+(?:in|at|of|on|from|for|by)\s+", phrase)[0].split()[-1].lower()
    return head.endswith(("s", "men")) or head in ("people", "police", "media", "data", "staff", "military")


IN_THE_KNOW: Final = re.compile(r"\s*((?:[A-Za-z]+\s+)?(?:[Pp]eople|[Pp]ersons?|[Ss]ources?|[Ii]ndividuals?|[Ii]nsiders?|"
                                r"[Aa]ides?|[Aa]llies|[Aa]ssociates?|[Ss]omeone|[Aa]nyone|[Aa]dvis[eo]rs?))\s+"
                                r"(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|"
                                r"knowledgeable\s+about|aware\s+of)\s")
"""Sources who know of a body's business, not its voice ("according to three people close to the EU's process",
"People familiar with Google's plans said"): unnamed, whatever body the phrase names; group 1 is who they are."""


def lower_first(phrase: str, text: str, at: int) -> str:
    """"Some Republicans" at a sentence start -> "some Republicans" (the gold and the UI show it so)."""
    first = phrase.split()[0]
    if not first[0].isupper() or first.isupper() and len(first) > 1:
        return phrase
    preceding = text[max(0, at - 10):at]
    sentence_start = at == 0 or preceding.rstrip()[-1:] in ".!?\n\"“”—–" or preceding.endswith(" - ") \
        or "\n" in preceding and not preceding[preceding.rfind("\n") + 1:].strip() \
        or not preceding.strip() and at <= 10  # (a dash: after a dateline, "KHARTOUM (AP) — The army")
    if not sentence_start:
        return phrase
    followed = len(phrase.split()) > 1 and phrase.split()[1][:1].islower()
    if first in _PARTY_MEMBERS or " ".join(phrase.split()[:2]) in gazetteer() \
            or first in _CHAMBERS and phrase.split()[1:2] and phrase.split()[1] in _PARTY_MEMBERS:
        return phrase  # a party's members ("Republicans in …"), a name's first word ("Middle East observers")
    word = first.split("-")[0] if "-" in first[1:] else first  # ("Forty-eight percent", "Two-thirds of voters")
    common = _COMMON_FIRST.fullmatch(first) is not None \
        or word.isalpha() and common_capitalised(word, followed) \
        and first not in gazetteer() and word not in gazetteer()  # a proper adjective or a name keeps its capital
    # ("Chinese investors", "Pro-Russian separatists" stays lowered only if "Pro" is common)
    return first[0].lower() + phrase[1:] if common else phrase


_PARTY_MEMBERS: Final = frozenset("Republicans Democrats Tories Republican Democratic".split())
_CHAMBERS: Final = frozenset("House Senate Assembly Congressional".split())  # ("House Republicans said")


def common_capitalised(first: str, followed: bool) -> bool:
    """Whether a capitalised word opening a sentence is a common word, not a name: frequent in English (Zipf >=
    3.5; a given name only from 4.5, "Mark" is not), or, when lower-case words follow it in the phrase
    (`followed`: "Spectral observations", "Radiocarbon dating"), any word of the dictionary (Zipf >= 2.5) that
    no name list or gazetteer knows — names of that rarity are written as names ("Kaprawi said")."""
    common = zipf(first.lower())
    given, surnames = name_lists()
    if common >= 3.5 and (first not in given or common >= 4.5):
        return True
    return followed and common >= 2.5 and first not in given and first not in surnames and first not in gazetteer()


_COMMON_FIRST: Final = re.compile(rf"(?:{_DETERMINERS}|{UNNAMED_HEADS})", re.I)


_NP_DETERMINERS: Final = frozenset("the a an some one two three four five several many most other few both all these those "
                                   "its their his her our recent new".split())
_NP_STOP: Final = frozenset("and or but while when as because if then since said says told is are was were be been being has "
                            "have had will would can could may might must should do does did not it he she they we i you "
                            "there here this why how what where whether".split())
"""Words that show a stretch is no subject noun phrase (a verb, a pronoun, a conjunction, a question word)."""
_NP_RELATIVE: Final = frozenset("that which who whom whose".split())
_NP_PREPOSITIONS: Final = frozenset("of on in at for from by with about such including across among".split())
_NP_TIME: Final = re.compile(r"(?:from|on|since|this|last|earlier)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                             r"Sunday|week|month|year|morning|afternoon|evening|night)\b|(?:yesterday|today)\b")
_IRREGULAR_PARTICIPLES: Final = frozenset("made taken given written held seen known shown done built sent put set told brought "
                                           "kept left paid sold found drawn thrown chosen spoken stolen broken hidden".split())
"""Past participles without -ed, which open a participle clause as -ed ones do ("a posting made …")."""
_NP_NOT_FIRST: Final = frozenset("after before during despite until unless although though whether whereas per via without "
                                 "within through against toward towards upon onto into like unlike over under".split())
"""Prepositions and subordinators that open an adverbial, never a source ("despite her ratings", "after news of")."""
_NP_TOKEN: Final = re.compile(r"\S+")
_LOWER_WORD: Final = re.compile(r"\s+[a-z]")
"""A lower-case word next (the phrase goes on in lower case: "Spectral observations")."""
_NP_BAD: Final = re.compile(r"[\"“”()\[\]]")
_NP_TIME_WORDS: Final = frozenset("from on since this last earlier yesterday today".split())
NP_MAX_WORDS: Final = 16


def source_phrase(text: str, start: int, end: int, sentence_start: bool = False) -> tuple[int, int] | None:
    """The source noun phrase that text[start:end] begins with — the subject before a reporting verb ("some
    individuals reported"), or the source after "according to"/"said" — as the gold and an analyst word it: a
    determiner or a common noun first ("the authors", "one poster", "photos"), modifiers and a head noun in
    lower case, its prepositional phrases kept ("posts on the board for X"), a participle or relative clause
    ("a study documenting …", "photos released of …", "the document which …") and a time ("from Friday") left
    out. None when the stretch holds a verb, a pronoun or a conjunction first, or its head is no common noun.
    `sentence_start`: the phrase opens a sentence, so a capitalised common word may begin it ("Estimates")."""
    opening = _NP_TOKEN.search(text, start, end)
    if opening is None:
        return None
    first = opening.group(0).rstrip(",.;:")
    lowered = first.lower()
    if not first.isalpha() and "'" not in first and "’" not in first and not first.replace("-", "").isalpha():
        return None
    part = first.split("-")[0]  # ("Pro-Russian separatists", "Saudi-led forces": a hyphenated describing word)
    describing = part != first and first[first.rfind("-") + 1:] in DESCRIBING_ENDS
    if lowered in _NP_TIME_WORDS and _NP_TIME.match(text, opening.start()):
        return None  # "Crikey! last week denounced": a time, no source
    if lowered in _NP_STOP or lowered in _NP_PREPOSITIONS or lowered in _NP_RELATIVE or lowered in _NP_NOT_FIRST \
            or re.split(r"['’]", lowered, maxsplit=1)[0] in _NP_STOP:  # "he’s endured …", "they're": no source
        return None
    if lowered not in _NP_DETERMINERS and not first.islower() and not (sentence_start and describing) and not (
            sentence_start and part[0].isupper() and part[1:].islower() and common_capitalised(
                part, _LOWER_WORD.match(text, opening.end(), end) is not None)):
        return None
    tokens = []
    for m in _NP_TOKEN.finditer(text, start, end):  # a phrase of at most NP_MAX_WORDS, and the clause word after it
        tokens.append((m.start(), m.end()))
        if len(tokens) > NP_MAX_WORDS:
            break
    bad = _NP_BAD.search(text, start, tokens[-1][1])
    bad_at = bad.start() if bad else end
    cut = len(tokens)
    in_pp = participle = False
    head = 0
    previous = ""
    for i, (a, b) in enumerate(tokens):
        word = text[a:b]
        lower = word.lower().rstrip(",.;:")
        if i and (lower in _NP_RELATIVE or lower in _NP_TIME_WORDS and _NP_TIME.match(text, a)):
            cut = i
            break
        if lower in _NP_STOP and not (lower == "as" and previous == "such") or a <= bad_at < b:
            return None
        if i and word.islower() and (word.endswith(("ing", "ed")) and len(word) > 4 or word in _IRREGULAR_PARTICIPLES) \
                and "-" not in word \
                and previous.lower() not in _NP_DETERMINERS and previous not in _NP_PREPOSITIONS \
                and not previous.endswith("ly") and (in_pp or previous.isalpha() and (previous.islower() or i == 1)) \
                and not (word.endswith("ing") and _gerund_head(text, tokens, i)):
            cut = i  # "a study documenting …", "photos released of …": a participle clause
            participle = True
            break
        if lower in _NP_PREPOSITIONS:
            in_pp = True
        elif not in_pp:
            head = i
        previous = word
    if cut > NP_MAX_WORDS:
        return None
    noun = text[tokens[head][0]:tokens[head][1]].rstrip(",.;:")
    if cut == 0 or not noun.isalpha() or len(noun) < 3 or not (noun.islower() or head == 0 and sentence_start) \
            or noun.lower() in _NP_DETERMINERS or noun.endswith("ed") or cut == 1 and not noun.islower() \
            and not noun.endswith("s") and not (participle and noun not in name_lists()[0]):
        return None  # a lone capitalised word is a source only as a plural ("Estimates suggest"), not "Mark", or
        # before a participle ("People living nearby said", "Polling conducted last week showed")
    return tokens[0][0], tokens[cut - 1][0] + len(text[tokens[cut - 1][0]:tokens[cut - 1][1]].rstrip(",.;:"))


def head_noun(phrase: str) -> str:
    """The head noun of an unnamed source, lower-cased: its last word before any preposition ("the Ukrainian border
    service": service; "a spokesman for the agency": spokesman, not agency)."""
    return _COMPLEMENT.split(phrase, 1)[0].rsplit(None, 1)[-1].lower()


_COMPLEMENT: Final = re.compile(r"\s+(?:of|for|at|in|on|near|from|with|by|to|who|that)\s+")
