"""Which reporting verb a sentence uses: every verb or phrase of saying in a text (one Aho–Corasick pass), and
the one that attributes a sentence (`main_verb`), not a noun, a negated verb, a question, a verdict, a modifier or
a leading clause's verb. Whether a found word reports where it stands, or is a noun, an adjective or a deed there,
is `verb_senses`'s. Pure functions; split out of `claims.py`, which makes the claims."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple

import ahocorasick

from annotations.suggest.verb_senses import PASSIVE, reports_here
from annotations.suggest.text_scan import same_length_lower

REPORTING: Final = (r"said|says|say|declared|declares|noted|notes|urged|urges|warned|warns|boasted|accused|accuses|"
                    r"claimed|claims|told|tells|stated|announced|announces|added|adds|argued|argues|insisted|"
                    r"insists|denied|denies|rejected|rejects|confirmed|confirms|estimated|estimates|predicted|hailed|"
                    r"emphasized|emphasised|reiterated|promised|pledged|admitted|acknowledged|suggested|believes|believed|"
                    r"wrote|writes|saying|noting|warning|urging|boasting|claiming|insisting|adding|accusing|denying|"
                    r"estimate|expect|expects|stressed|stresses|indicated|indicates|touted|praised|praises|slammed|"
                    r"slams|lauded|criticised|criticized|condemned|explained|explains|described|recalled|testified|"
                    r"conceded|complained|reported|reports|revealed|reveals|showed|shows|found|finds|concluded|"
                    r"speculated|suspect|suspects|alleged|alleges|asserted|contended|maintained|disclosed|responded|"
                    r"replied|told|asked|tweeted|posted|grumbling|grumbled|accused|blamed|called|described|heard|"
                    r"suggests|predicts|discovered|countered|counters|cited|cites|theorized|theorised|theorizes|"
                    r"blaming|blame|blames|forecasts|foresaw|describe|describes|characterize|characterizes|characterized|characterise|"
                    r"characterises|characterised|show|suggest|reveal|indicate|note|argue|posit|posits|contend|contends|"
                    r"insist|warn|assert|asserts|believe|stating|arguing|asserting|explaining|announcing|confirming|"
                    r"acknowledging|admitting|stressing|responding|replying|commented|commenting|remarked|observed|"
                    r"mentioned|quipped|recounted|recounts|recalls|remembers|emphasizing|emphasising|reiterating|telling|"
                    r"claim|disputes|denounced|denounces|vowed|cautioned|cautions|admits|concedes|assured|assures|"
                    r"reaffirmed|lamented|laments|joked|mused|retorted|underscored|underlined|opined|clarified|affirmed|"
                    r"observes|acknowledges|emphasizes|emphasises|speculates|remembered|shouts|shouted|yells|yelled|"
                    r"screams|screamed|suggesting|predicting|vowing|estimating|forecasting|cautioning|conceding|"
                    r"expressed|expresses|voiced|voices|emails|emailed|texted|pleaded|pleads|states|reads|promises|pledges|"
                    r"concludes|fretted|frets|informs|informed|tell|affirms|vows|condemning|criticising|criticizing|"
                    r"praising|denouncing|bragged|confessed|confesses|exclaimed|exclaims|hinted|allege|deny|confirm|"
                    r"acknowledge|admit|explain|predict|concede|complain|testify|announce|accuse|thought|thinks|documented|"
                    r"suspected|faulted|outlined|outlines|declare|hopes|hoped|worried|echoed|gushed|penned|raved|captioned|"
                    r"assumed|fear|fears|feared|worry|worries|felt|feel|feels|concerned|think|"
                    r"fumed|laughed|sighed|teased|scoffed|snapped|beamed|cooed")
PHRASES: Final = ("put it|puts it|calls on|calls for|state that|states that|say that|show that|suggest that|indicate that|find that|made clear|makes clear|"
                  "maintain that|maintains that|think that|thinks that|determined that|have determined that|"
                  "made it very clear|makes it very clear|made it abundantly clear|made it quite clear|"
                  "make clear|made it clear|makes it clear|according to|per|in the words of|as detailed in|as highlighted in|"
                  "as outlined in|as described in|as noted in|as stated in|as reported in|in a statement|in a release|in a report|"
                  "pointed out|points out|pointing out|pointing to|pointed to|points to|point to|read a statement by|read a statement from|"
                  "read a warning by|read a warning from|read a message from|read a notice from|reads a statement from|"
                  "keen to stress|keen to point out|keen to emphasise|keen to emphasize|eager to stress|quick to point out|"
                  "quick to stress|careful to stress|careful to point out|at pains to stress|at pains to point out|"
                  "hope is that|view is that|belief is that|argument is that|position is that|message is that|"
                  "contention is that|fear is that|concern is that|conclusion is that|assessment is that|"
                  "fear that|fears that|feared that|worry that|worries that|worried that|agree that|agrees that|"
                  "agreed that|spoke of|spoke about|speaks of|speaks about|spoke out|speaks out|talked about|talks about|"
                  "talked at length about|spoke at length about|spoke openly about|spoke publicly about|talked openly about|"
                  "talked publicly about|spoke candidly about|talked candidly about|"
                  "concurred|concurs|felt that|feel that|feels that|hopes that|hoped that|expressed concern|"
                  "expresses concern|voiced concern|raised concerns|disputed the notion|disputed that|disputed claims|"
                  "ruled out|rules out|welcomed|welcomes|shared that|skeptical that|sceptical that|confident that|optimistic that|"
                  "concerned that|convinced that|adamant that|expressed hope|expressed doubt|expressed surprise|"
                  "expressed regret|expressed support|expressed opposition|expressed frustration|expressed anger|"
                  "expressed disappointment|expressed confidence|expressed optimism|expressed skepticism|"
                  "expressed scepticism|expressed alarm|expressed dismay|expressed delight|is critical of|are critical of|"
                  "was critical of|were critical of|raised questions about|raised doubts about|cast doubt on|casts doubt on|"
                  "took to twitter to|"
                  "took to instagram to|took to social media to|took to x to|is afraid|are afraid|was afraid|were afraid|"
                  "reminds me that|reminded me that|reminds us that|reminded us that|reminded reporters that|signaled that|"
                  "signalled that|signals that|detail how|details how|detailed how|of the view that|of the opinion that|"
                  "talk openly about|talks openly about|talk about how|talks about how|went on to add|goes on to add|"
                  "went on to explain|goes on to explain|reporting that|has forecast|have forecast|had forecast|"
                  "forecast that")
"""Phrases of saying; '"…," read a warning by X' names its source right after it; "was keen to stress that …" says
it as surely as "stressed"; ", reporting that" is a participle of saying (after a comma only: "its reporting that",
"Despite reporting that" are a noun and a leading clause); "forecast" reports only after an auxiliary or before
"that" ("Mitsubishi has forecast a loss"; "the forecast said": a noun)."""


class Verb(NamedTuple):
    """A reporting verb or phrase found in the text (a named tuple: ~9,000 are made per MB; a frozen
    dataclass's constructor cost twice as much)."""

    start: int
    end: int
    word: str  # lower case
    according: bool  # "according to"
    statement: bool  # "in a statement|release|report"


ACCORDING: Final = frozenset(("according to", "per", "in the words of", "as detailed in", "as highlighted in", "as outlined in",
                              "as described in", "as noted in", "as stated in", "as reported in"))
"""Phrases that cite a source after them as "according to" does ("per a city spokesman", "in the words of the
prosecutor, X")."""
@lru_cache(maxsize=1)
def _verb_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in set(REPORTING.split("|")) | set(PHRASES.split("|")):
        automaton.add_word(word, (len(word), word, word in ACCORDING, word.startswith("in a ")))
    automaton.make_automaton()
    return automaton


def reporting_verbs(text: str) -> list[Verb]:
    """Every reporting verb or phrase, as whole words: one Aho–Corasick pass over the case-folded text
    (a regex alternation of 150 words tries every position: ten times slower)."""
    folded = text.lower()
    if len(folded) != len(text):  # a letter whose lower case is longer ("İ" -> "i̇") stays as it is
        folded = same_length_lower(text)
    found = []
    for end, (length, word, according, statement) in _verb_automaton().iter(folded):
        start = end - length + 1
        if (start == 0 or not folded[start - 1].isalnum()) and (end + 1 >= len(folded) or not folded[end + 1].isalnum()) \
                and reports_here(text, folded, start, end, word):
            found.append((start, -end - 1, word, according, statement))
    found.sort()  # by start, the longer first (plain tuples: no key function per verb)
    return [Verb(start, -negative_end, word, according, statement)
            for start, negative_end, word, according, statement in found]


_NO_WORDS: Final[frozenset[str]] = frozenset()
_SPEECH: Final = frozenset("said says told tells warned warns argued argues insisted insists claimed claims "
                           "grumbling grumbled complained added asked asks tweeted wrote writes".split())
"""Verbs of speech that keep their subject as the speaker even with "according to" later in the sentence."""
_CLOSED_ASIDE: Final = re.compile(r"\s[–—]\s[^–—]{1,50}\s[–—]\s*\Z")
"""The second dash of an aside ("Mark Kowalczyk — no relation — cautioned"): the verb after it is the main verb."""
_AFTER_DASH: Final = re.compile(r"[—–(]\s*\Z")
_AFTER_NOUN_COMMA: Final = re.compile(r"[a-z],[ \t]+\Z")
_WHEN_THEN_COMMA: Final = re.compile(r"[ \t]+(?:in|on|at|last|earlier|this|during|after|before|months|weeks|days|years)\b"
                                     r"[^,;:\"“”]{0,60},")
"""A participle between commas after a noun, with only a time or a place ("The deal, announced in October, would"):
a modifier of that noun, not the sentence's reporting verb."""
_AGENT: Final = re.compile(r"\s+by\b")
"""A participle after a dash, or with an agent ("disclosed by"), modifies a noun: no reporting verb."""
_NAMING: Final = re.compile(r"\s+(?:it\s+|them\s+|him\s+|her\s+)?(?:the\s+|a\s+)?[\"“‘A-Z]")
"""After "called": a name or a title ("a group called the Reckoning Crew", "a test called “Eyes”")."""
_LEADING_CLAUSE: Final = re.compile(r"[\"“]?(?:Asked|Explaining|Speaking|Pressed|Questioned|Interviewed|Responding|"
                                    r"Reacting|When|After|As|If|While|Although|Though|Because|Before|Since|Once|Until|"
                                    r"Whether)\b[^,\"“”]*,")
"""A sentence opening with a participle or a subordinate clause up to a comma ("Asked why …, X said", "As the
graph shows, our data suggests"): the reporting verb of the main clause comes after it."""
_QUOTE_FRAME: Final = re.compile(r"(?<![\w'’-])(?!(?:titled|entitled|named|called|dubbed|headlined|captioned|labell?ed|"
                                 r"nicknamed)[,:])([a-z]{3,}ed)[,:][ \t]+[\"“]")
"""A past tense and a comma or colon right before a quotation open it: 'Ada Moe commented, "…"' (any verb of
speech; not a name given: 'a post titled, "This is War,"')."""
_QUOTE_OPENER: Final = re.compile(r"[,:][ \t]+[\"“]")
"""The end of `_QUOTE_FRAME`, looked for first (it starts with a character class the engine skips ahead to)."""
_OPENING_STATEMENT: Final = re.compile(r"[\"“]?(?:[A-Z][a-z]+\s+){0,3}?In\s+a\s+(?:[a-z]+\s+)?(?:statement|release|report)\b[^,;:]*,")
"""A sentence that opens with "In a (written) statement (to X)," — an adverbial before the main clause."""


def main_verb(text: str, start: int, end: int, candidates: list[Verb], quotes: list[tuple[int, int]]
              ) -> tuple[Verb | None, Verb | None]:
    """The reporting verb of the sentence text[start:end] and its "according to" if any, from the `candidates`
    outside quotations (`quotes`: the line's quotations): the verb of the main clause, not a noun ("the show",
    "to claims that"), a negated verb, an indirect question, a finding that is a verdict, a modifier ("—
    revealed", "disclosed by"), an adverbial participle ("In announcing") or a leading clause's verb."""
    # the attribution: "according to" wherever it stands, else the first reporting verb not in the passive
    # ("It was initially believed … until tests showed")
    verb = according = None
    words = {v.word for v in candidates} if candidates else _NO_WORDS
    if "reporting that" in words:  # ("its reporting that", "Despite
        candidates = [v for v in candidates if v.word != "reporting that" or text.endswith(", ", 0, v.start)]
        # reporting that …,": a noun, a leading clause; ", reporting that" a participle of saying)
    if "forecast that" in words:  # ("The forecast that was published")
        candidates = [v for v in candidates if v.word != "forecast that" or _word_before(text, v.start - 1)
                      not in _DETERMINERS]
    if "called" in words:  # naming: 'a test called "X"'
        candidates = [v for v in candidates if v.word != "called" or not _NAMING.match(text, v.end)]
    if len(candidates) > 1:  # (a lone candidate stays the verb, but for a plural present: "the show")
        verbal = [v for v in candidates if not _nominal(text, v, candidates)]
        if verbal and len(verbal) < len(candidates):
            candidates = verbal
    elif candidates and (candidates[0].word in _PLURAL_PRESENT and _nominal(text, candidates[0], candidates)
                         or candidates[0].word in _CHARACTERISED and _AGENT.match(text, candidates[0].end)
                         or _adjective(text, candidates[0])):
        candidates = []  # "The show runs …", "cretinism, a condition characterised by …": no reporting verb
    if candidates and any(WITHHELD.match(text, v.end) for v in candidates):
        # "officials have not said why …, but X says …": nothing said there; the other verb reports
        kept = [v for v in candidates if not (WITHHELD.match(text, v.end) and (v.word == "asked" or _NEGATED.search(
            text, max(0, v.start - 24), v.start)))]  # "asked whether …, to which he replied": a question
        candidates = kept if kept or len(candidates) == 1 else candidates  # "declined to say whether": no claim
    if len(candidates) > 1:  # "X has not yet commented on …, but Y says …": the verb not negated reports
        candidates = [v for v in candidates if not _NOT_YET.search(text, max(start, v.start - 40), v.start)] \
            or candidates
    if candidates and any(v.word in _FINDING for v in candidates):  # "a jury found him guilty": no report
        candidates = [v for v in candidates if v.word not in _FINDING or _reports_finding(text, v, end)]
    if len(candidates) > 1:  # "retirement — revealed just …", "the speech, first disclosed by …": modifiers
        finite = [v for v in candidates if not (v.word.endswith("ed") and (
            _AFTER_DASH.search(text, max(start, v.start - 4), v.start)
            and not _CLOSED_ASIDE.search(text, max(start, v.start - 60), v.start) or _AGENT.match(text, v.end)
            or _AFTER_NOUN_COMMA.search(text, max(start, v.start - 4), v.start)
            and _WHEN_THEN_COMMA.match(text, v.end, end)))]  # "The deal, announced in October, would …"
        candidates = finite or candidates
    if len(candidates) > 1 and candidates[0].word.endswith("ing") and (
            candidates[0].start - start < 3 or _ADVERBIAL_PARTICIPLE.search(
                text, max(start, candidates[0].start - 8), candidates[0].start)):
        candidates = candidates[1:]  # "In announcing his retirement, X said", "Explaining why he argued …"
    if len(candidates) > 1 and candidates[0].word.endswith("ing") and _FENCED_ADVERBIAL.search(
            text, max(start, candidates[0].start - 60), candidates[0].start) \
            and text.find(",", candidates[0].end, candidates[1].start) > 0:
        candidates = candidates[1:]  # "Others, although disagreeing with and condemning it, stressed that"
    if len(candidates) > 1 and candidates[0].word.endswith("ing") and _OPENING_PREPOSITION.match(text, start) \
            and text.find(",", start, candidates[0].start) < 0 \
            and not _PROGRESSIVE.search(text, max(start, candidates[0].start - 8), candidates[0].start) \
            and text.find(",", candidates[0].end, candidates[1].start) > 0:
        candidates = candidates[1:]  # "In an Instagram post announcing the dates, she wrote": the phrase's noun
    if len(candidates) > 1 and candidates[0].word.endswith("s") and candidates[0].start - start < 2 \
            and text[candidates[0].start].isupper():
        candidates = candidates[1:]  # "Reports from the islands indicate that": a noun opens the sentence
    relative = _RELATIVE_BEFORE.search(text, max(start, candidates[0].start - 80), candidates[0].start) \
        if len(candidates) > 1 else None
    if relative is not None:  # "The centre, which also confirmed X, also added that"; "X – who said … – Y points out"
        close = text.find(relative.group("dash") or ",", candidates[0].end, end)
        candidates = [v for v in candidates if close > 0 and v.start > close] or candidates
    if len(candidates) > 1 and _LEADING_CLAUSE.match(text, start):
        comma = text.find(",", start, end)  # "Asked why she left, Ames said …": the main clause's verb
        candidates = [v for v in candidates if v.start > comma] or candidates
    if len(candidates) > 1 and candidates[-1].word in _TRAILING_SPEECH:  # "…, warning the public …, Colligan said."
        last = candidates[-1]
        comma = text.rfind(",", start, last.start)
        told = _TOLD_WHOM.match(text, last.end, end) if last.word in ("told", "tells") else None
        closes = _TRAILING_END.fullmatch(text, told.end() if told else last.end, end)
        if comma > candidates[0].start and _TRAILING_SUBJECT.fullmatch(text, comma, last.start) and closes:
            candidates = [last]
        elif comma > candidates[0].end and not text[comma + 1:last.start].strip().lstrip("\"”’'") \
                and last.word in _INVERTED_SAYING \
                and _INVERTED_TAIL.fullmatch(text, last.end, end):  # '"…" announced in October, said Derek Scissors, a
            candidates = [last]  # China scholar with X.': the inverted attribution closing the sentence reports it
        elif closes and not text[comma + 1:last.start].strip():  # ", Jim Cantrell, the chief executive of X, told"
            named = _TRAILING_NAMED.search(text, max(start, last.start - 160), last.start)
            if named is not None and named.start() > candidates[0].start:
                candidates = [last]
    if not candidates and quotes and _QUOTE_OPENER.search(text, start, end):
        frame = _QUOTE_FRAME.search(text, start, end)  # 'X commented, "…"': a verb that opens a quote
        if frame and not any(a <= frame.start() < b for a, b in quotes):
            candidates = [Verb(frame.start(1), frame.end(1), frame.group(1), False, False)]
    if len(candidates) > 1 and candidates[0].statement and _OPENING_STATEMENT.match(text, start):
        candidates = candidates[1:]  # "In a statement (to X), Y said": the verb of the main clause
    if candidates:
        active = next((v for v in candidates if v.word.endswith("ing")  # "are grumbling" is no passive
                       or not PASSIVE.search(text, max(0, v.start - 30), v.start)), None)
        if active is None and candidates[0].word in _ACCUSED and not _AGENT.match(text, candidates[0].end):
            # "Johnson was accused of …": nobody says so here (but "was accused by prosecutors of …": they do)
            return None, None
        active = active or candidates[0]
        according = next((v for v in candidates if v.according), None)
        verb = according or active
        if according and active.start < according.start and not active.according \
                and active.word in _SPEECH and active.start - start > 3:
            verb = active  # "Some lawmakers are grumbling that …, according to people who …": theirs
    return verb, according


_INVERTED_SAYING: Final = frozenset("said says added adds noted notes wrote writes explained explains argued argues warned".split())
_INVERTED_TAIL: Final = re.compile(r"[ \t]+(?:(?:[A-Z][\w'’.&-]*[ \t]+|[a-z][\w-]*[ \t]+){0,5}[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
                                   r"|(?:the|a|an|one)[ \t]+[^,;:\"“”.!?]{1,60}?)"
                                   r"(?:,[ \t]+[^;:\"“”]{1,160}?)?[ \t]*[.!?]?[\"”’']?[ \t]*")
"""After a verb of saying that closes its sentence inverted: its subject and an apposition (", said Derek Scissors, a
China scholar with X.")."""
_TRAILING_SPEECH: Final = frozenset("said says say added adds add told tells noted notes note wrote writes write reported "
                                    "warned warn warns argued argue argues explained explain explains".split())
_TRAILING_SUBJECT: Final = re.compile(r",[\"”’']?\s+(?:(?!(?:that|which|who|and|but|given|as|if|when)\b)[\w'’.-]+\s+){1,6}")
_TOLD_WHOM: Final = re.compile(r"[ \t]+(?:[A-Z][\w'’&-]*(?:\.(?=\w))?(?:[ \t]+[A-Z][\w'’&-]*){0,3}|reporters|journalists|me|us|him|"
                               r"her|them)\b")
"""Who was told, after a trailing "told" ("…, X told NBC News.")."""
_TRAILING_NAMED: Final = re.compile(r",\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:the\s+|a\s+|an\s+)?[^,;:\"“”.!?]{1,100},\s*\Z")
"""A name and its apposition before a trailing verb (", Jim Cantrell, the chief executive of X, told")."""
_TRAILING_END: Final = re.compile(r"(?:\s+(?:on|in|at|last|this|late|early|earlier|later|yesterday|today|tonight|"
                                  r"afterwards?)\b[^,;:\"“”.!?]{0,30})?\s*[.!?]?[\"”’']?\s*")
"""A sentence closed by its attribution (", Colligan said.", ", the ministry said on Sunday."): that verb reports the
sentence, not a participle or a verb inside what was said ("… signs will be posted warning the public …")."""
_ACCUSED: Final = frozenset(("accused", "alleged", "blamed"))
"""Verbs whose passive names the accused, never the accuser ("X was accused of …", "is alleged to have …")."""
_RELATIVE_BEFORE: Final = re.compile(r"(?:,|[ \t](?P<dash>[–—]|--))\s+(?:which|who)\s+(?:[a-z]+\s+){0,3}\Z")
"""A relative clause the first verb stands in (", which also confirmed", " – who said that"): the main verb comes after
its closing comma (or dash)."""
_ADVERBIAL_PARTICIPLE: Final = re.compile(r"(?<![\w'’-])(?:[Ii]n|[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen|[Uu]pon|[Oo]n)\s+\Z")
"""Before a participle that opens an adverbial ("in announcing", "after confirming"): not the main verb."""
_PROGRESSIVE: Final = re.compile(r"(?<![\w'’-])(?:is|are|was|were|been|be)\s+\Z")
"""Before a participle that is the verb itself ("On Tuesday the White House was insisting that")."""
_FENCED_ADVERBIAL: Final = re.compile(r",\s+(?:although|though|while|whilst|when|after|before|despite|even\s+as)\s[^,;:\"“”]*\Z")
"""Before a participle inside an adverbial fenced by commas after the subject ("Others, although disagreeing with
and condemning the content, stressed"): the verb after the closing comma is the main one."""
_OPENING_PREPOSITION: Final = re.compile(r"(?:(?:But|And|Yet|Still|However,?|Later,?)\s+(?:in|on|at|through|via|with|during)|"
                                         r"In|On|At|Through|Via|With|During)\s")
"""A sentence opening with a prepositional phrase, whose participle modifies its noun ("In a post announcing …,",
"But in her email announcing the change,")."""
WITHHELD: Final = re.compile(r"\s+(?:why|whether|when|how|what|who|where|if)\b")
_NEGATED: Final = re.compile(r"(?<![\w'’-])(?:not|never|n[’']t|declined\s+to|refused\s+to)\s+\Z")
"""A verb of saying negated before an indirect question ("have not said why", "declined to say whether"): what
was not said is no claim."""
_NOT_YET: Final = re.compile(r"(?<![\w'’-])(?:has|have|had|did|does|do|was|were|is|are)?(?:\s+not|n[’']t)\s+(?:yet\s+|"
                             r"directly\s+|publicly\s+|immediately\s+)?\Z")
"""A verb of saying negated ("has not yet commented", "did not directly say"): nothing reported by it."""
_FINDING: Final = frozenset("found finds find discovered".split())
_FINDING_CLAUSE: Final = re.compile(
           r"\s+(?:that|what|how|why|whether|no\s+evidence|evidence|little|[a-z]+\s+evidence)\b|"
           r"\s+(?!(?:on|in|at|by|from|with|near|inside|under|outside|dead|alive|guilty|innocent)\b)[^\s,;:“”\"()]+"
           r"(?<!ed)(?<!ing)(?:\s+[^\s,;:“”\"()]+){0,7}?(?<!\sand)(?<!\sor)(?<!\sthen)\s+(?:is|are|was|were|has|had|"
           r"have|would|will|could|can|may|might|should|did|does|do|[a-z]{3,}ed)\b")
"""After a verb of finding, what makes it a report: a clause ("found that …", "found the pipe had not been
attached", "found reduction of yields exceeded 10%"); not an object and what it is like ("a jury found him guilty",
"a loner who finds fame through violence", "she found the door open") nor a place ("found on a street")."""
_FINDING_PASSIVE: Final = re.compile(r"(?<![\w'’-])(?:is|are|was|were|be|been|being)(?:\s+[a-z]+ly)?\s+\Z")


def _reports_finding(text: str, verb: Verb, end: int) -> bool:
    """Whether "found"/"finds" at `verb` reports a finding (its complement is a clause, within the sentence
    ending at `end`), not an action or a verdict; never in the passive ("was found dead", "were found
    swimming")."""
    if _FINDING_PASSIVE.search(text, max(0, verb.start - 24), verb.start):
        return False
    if _EVIDENCE.search(text, max(0, verb.start - 60), verb.start):  # "investigations discovered a route"
        return True
    if text.endswith(("who ", "Who "), 0, verb.start):  # "a loner who finds fame through violence in X has …"
        return _THAT.match(text, verb.end) is not None
    return _FINDING_CLAUSE.match(text[:end], verb.end) is not None


_THAT: Final = re.compile(r"\s+(?:that|what|how|why|whether)\b")


_EVIDENCE: Final = re.compile(r"(?<![\w-])(?:[Ss]tud(?:y|ies)|[Tt]ests?|[Ii]nvestigations?|[Ii]nquir(?:y|ies)|[Rr]eports?|"
                              r"[Ss]urveys?|[Pp]olls?|[Aa]nalys[ie]s|[Dd]ata|[Rr]esearch|[Rr]eviews?|[Aa]udits?|"
                              r"[Ee]xperiments?|[Tt]rials?|[Aa]utops(?:y|ies)|[Ii]nspections?|[Pp]robes?|[Ii]nspectors?|[Ii]nvestigators?|"
                              r"[Aa]uditors?|[Rr]esearchers?|[Ss]cientists?|[Ee]xaminers?|[Cc]oroners?|[Pp]athologists?)"
                              r"\b[^.;:]*\Z")
"""A source of evidence as the subject, or people whose work is to find things out: its finding may be a plain
object ("Further investigations discovered a route …", "Inspectors discovered a crack"), where a person who "found
the door open" acted."""


_DETERMINERS: Final = frozenset("a an the its their his her our this these those recent new such".split())
_PREPOSITIONS: Final = frozenset("to of amid despite about over against with from by".split())
"""Before a plural noun, never before a verb of the present ("to claims that", "amid reports")."""
_PLURAL_NOUN_AFTER: Final = re.compile(r"[ \t]+(?!(?:is|was|has|does|as|this|his|its|us|yes|thus|plus|less|unless)\b)[a-z]{3,}s\b")
_NOUN_AFTER_POSSESSED: Final = re.compile(r"[ \t]+(?!(?:that|to|the|a|an|his|her|its|their|it|he|she|they|we|on|in|at|by|"
                                          r"for|with|as|from|about|and|or|but)\b)[a-z]{3,}\b")
"""After a possessive and a participle: the noun the participle describes, not an object or a clause."""
_COUNT_BEFORE: Final = re.compile(r"(?:\d|(?<![\w'’-])(?:the|its|their|all|many|more|fewer|new|total|of))[ \t]+\Z")
"""A participle between a count or determiner and a plural noun is an adjective ("2,000 reported cases")."""
_AUXILIARY_AFTER: Final = re.compile(r"\s+(?:have|has|had|are|were|is|was|will|would|may|might|could|can|should)\b")


_CHARACTERISED: Final = frozenset("characterised characterized".split())
_PLURAL_PRESENT: Final = frozenset("show suggest reveal indicate describe characterize characterise note argue posit contend claim "
                                   "insist warn assert suspect".split())
"""Reporting verbs in the plural present that are also nouns ("the show", "a reveal", "the suspect"): after a determiner, no
verb even when alone in a sentence."""


def _nominal(text: str, verb: Verb, candidates: list[Verb]) -> bool:
    """A reporting word used as a noun or an adjective, not as the verb: after a determiner ("an estimated
    cost", "recent reports"), a plural before an auxiliary ("reports have revealed"), before the verb itself
    ("estimates suggest") or before an apposition and the verb ("forecasts, the first since June, showed")."""
    if verb.word in _PLURAL_PRESENT:
        before = _word_before(text, verb.start - 1) if verb.start > 0 and text[verb.start - 1] == " " else ""
        return before in _DETERMINERS or before == "that" and _word_before(
            text, verb.start - 6).endswith(("ed", "said")) and text[verb.start - 6] == " "
        # ("He repeated that claim": a determiner after a past tense; but "officials that claim")
    if verb.word[-1] not in "sd" or " " in verb.word or not verb.word.endswith(("s", "ed")):
        return False
    if verb.start and text[verb.start - 1] == " " and (
            _word_before(text, verb.start - 1) in _DETERMINERS or verb.word.endswith("s")
            and (_word_before(text, verb.start - 1) in _PREPOSITIONS
                 or _word_before(text, verb.start - 1).endswith("ing"))):
        return True  # "an estimated", "Recent reports", "in a rebuttal to claims that", "Countering claims"
    if verb.word.endswith("s") and (_AUXILIARY_AFTER.match(text, verb.end) or any(
            v.start > verb.end and (not text[verb.end:v.start].strip() or _ADVERB_ONLY.fullmatch(text, verb.end, v.start)
                                    and not v.word.endswith("ed")) for v in candidates)):
        return True  # ("reports suggest", "official reports still claim": the noun and then its verb)
    if _adjective(text, verb):
        return True
    if verb.word.endswith("s") and text.startswith(",", verb.end) and not text.startswith((", and", ", but"), verb.end):
        later = next((v for v in candidates if v.start > verb.end), None)  # "Fresh economic forecasts, the first
        return later is not None and text.count(",", verb.end, later.start) >= 2  # since …, showed": a noun
    return False


_ADVERB_ONLY: Final = re.compile(r"[ \t]+(?:still|also|now|already|often|even|never|all|repeatedly|consistently)[ \t]+")


def _adjective(text: str, verb: Verb) -> bool:
    """A participle used as an adjective: after a possessive ("Vladimir Putin's alleged involvement", "the firm's
    reported losses") or between a count and a plural noun ("over 2,000 reported cases")."""
    if not verb.word.endswith("ed"):
        return False
    if text.endswith(("'s ", "’s "), 0, verb.start) and _NOUN_AFTER_POSSESSED.match(text, verb.end):
        return True
    return _PLURAL_NOUN_AFTER.match(text, verb.end) is not None and verb.start > 1 \
        and _COUNT_BEFORE.search(text, max(0, verb.start - 12), verb.start) is not None


def _word_before(text: str, space: int) -> str:
    """The word (at most 6 letters, lower case) ending at text[space], a space."""
    at = space
    while at > space - 7 and at and text[at - 1].isalpha():
        at -= 1
    return text[at:space].lower()
