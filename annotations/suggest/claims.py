"""Claim suggestions: sentences with reported speech (said, declared, warned, accused, according to, data
"show", tests "found"...), direct quotes (also a quote running over several sentences or paragraphs), and
factual numeric statements. Sentences come from `sentencex` (a maintained segmenter) within each line. Each
claim gets a guessed speaker (see `speakers.py`: named or unnamed, with an affiliation for "said X of Y")
and a claim type (quote, statistic, prediction, accusation, denial, assessment)."""
from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from annotations.suggest import Suggestion
from annotations.suggest.coreference import gender_of, genders, middle_initials, roles, surnames_as_people
from annotations.suggest.interviews import Turn, turns
from annotations.suggest.quotes import fill_quotes, merge_quotes, quote_spans, titles
from annotations.suggest.speaker_context import Context, Speaker, full_name
from annotations.suggest.speakers import find_speaker
from annotations.suggest.unnamed import plural

REPORTING = (r"said|says|say|declared|declares|noted|notes|urged|urges|warned|warns|boasted|accused|accuses|"
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
             r"mentioned|quipped|recounted|emphasizing|emphasising|reiterating|telling")
PHRASES = ("put it|puts it|calls on|calls for|state that|states that|say that|show that|suggest that|indicate that|find that|made clear|makes clear|"
           "make clear|made it clear|makes it clear|according to|in a statement|in a release|in a report|"
           "pointed out|points out|pointing out|pointing to")


class Verb(NamedTuple):
    """A reporting verb or phrase found in the text (a named tuple: ~9,000 are made per MB; a frozen
    dataclass's constructor cost twice as much)."""

    start: int
    end: int
    word: str  # lower case
    according: bool  # "according to"
    statement: bool  # "in a statement|release|report"


@lru_cache(maxsize=1)
def _verb_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in set(REPORTING.split("|")) | set(PHRASES.split("|")):
        automaton.add_word(word, (len(word), word, word == "according to", word.startswith("in a ")))
    automaton.make_automaton()
    return automaton


def reporting_verbs(text: str) -> list[Verb]:
    """Every reporting verb or phrase, as whole words: one Aho–Corasick pass over the case-folded text
    (a regex alternation of 150 words tries every position: ten times slower)."""
    folded = text.lower()
    if len(folded) != len(text):
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    found = []
    for end, (length, word, according, statement) in _verb_automaton().iter(folded):
        start = end - length + 1
        if (start == 0 or not folded[start - 1].isalnum()) and (end + 1 >= len(folded) or not folded[end + 1].isalnum()):
            found.append((start, -end - 1, word, according, statement))
    found.sort()  # by start, the longer first (plain tuples: no key function per verb)
    return [Verb(start, -negative_end, word, according, statement)
            for start, negative_end, word, according, statement in found]
_QUOTE = re.compile(r"[\"“][^\"”]{12,}[\"”]")
_QUOTED = 14
"""A quoted stretch this long (marks included) inside a sentence makes it a quotation (shorter: a word or a name
quoted, unless the sentence opens with it)."""
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[a-z]+")
_NOT_A_TO_Z = str.maketrans({c: " " for c in map(chr, range(128)) if not "a" <= c <= "z"})


def _words(lower: str) -> set[str]:
    """The runs of a-z letters in a lower-cased sentence (`_WORD`); an ASCII sentence by translating every
    other character to a space and splitting (a third faster than `findall`; a test checks they agree)."""
    if lower.isascii():
        return set(lower.translate(_NOT_A_TO_Z).split())
    return set(_WORD.findall(lower))


NUMBER_WORDS = frozenset("million billion percent half third quarter".split())
FACT_VERBS = frozenset("is are was were has have had reached rose fell killed cost costs lost traded".split())
TYPES = [("denial", frozenset("denied denies rejected rejects".split())),
         ("accusation", frozenset("accused accuses blamed slammed".split())),
         ("prediction", frozenset("will would could expected forecast predicted".split()))]
"""Claim types by the words a sentence uses, first match wins; then "quote" (a direct quote), "statistic"
(a number), else "assessment". Word sets, not regular expressions: one pass per sentence."""


def _claim_type(sentence: str, words: frozenset[str] | set[str]) -> str:
    for label, vocabulary in TYPES:
        if not words.isdisjoint(vocabulary):
            return label
    if _QUOTE.search(sentence):
        return "quote"
    if _DIGIT.search(sentence) or not words.isdisjoint(NUMBER_WORDS):
        return "statistic"
    return "assessment"


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence, white space trimmed: sentencex within each line, so a line break always
    ends a sentence (headlines, bylines, list items) and quotation marks pair within a paragraph only (over
    the whole text, a quote continued in the next paragraph — opened there again, closed only at its end —
    paired each paragraph's opening mark with the next one's). An opening mark that sentencex leaves at the
    end of a sentence ('… she said. "') starts the next one."""
    from sentencex import get_sentence_boundaries  # type: ignore[import-untyped]

    for line in _LINE.finditer(text):
        base = line.start()
        carried = -1  # an opening mark left at the end of the sentence before
        for b in get_sentence_boundaries("en", line.group(0)):
            piece = b["text"]
            start = base + b["start_index"] + len(piece) - len(piece.lstrip())
            end = base + b["start_index"] + len(piece.rstrip())
            if end <= start:
                continue
            if carried >= 0:
                start, carried = carried, -1
            if end > start and text[end - 1] in _OPENING_MARKS and (end - 1 == start or text[end - 2].isspace()):
                carried = end - 1
                end = start + len(text[start:carried].rstrip())
            if end > start:
                yield start, end


_LINE = re.compile(r"[^\n]+")
_OPENING_MARKS = "\"“"
_PASSIVE = re.compile(r"(?:w(?<!\w.)(?:as|ere)|i(?<!\w.)s|a(?<!\w.)re|b(?<!\w.)e(?:en|ing)?)\s+(?:[a-z]+ly\s+)?\Z")
"""A verb in the passive: "was|were|is|are|been|be|being" (a word of its own) and perhaps an adverb before it;
each alternative starts with a letter, so the engine skips ahead to w, i, a or b."""
_SPEECH = frozenset("said says told tells warned warns argued argues insisted insists claimed claims "
                    "grumbling grumbled complained added".split())
"""Verbs of speech that keep their subject as the speaker even with "according to" later in the sentence."""
_AFTER_DASH = re.compile(r"[—–(]\s*\Z")
_AGENT = re.compile(r"\s+by\b")
"""A participle after a dash, or with an agent ("disclosed by"), modifies a noun: no reporting verb."""
_NAMING = re.compile(r"\s+(?:it\s+|them\s+|him\s+|her\s+)?(?:the\s+|a\s+)?[\"“‘A-Z]")
"""After "called": a name or a title ("a group called the Reckoning Crew", "a test called “Eyes”")."""
_LEADING_CLAUSE = re.compile(r"[\"“]?(?:Asked|Explaining|Speaking|Pressed|Questioned|Interviewed|Responding|"
                             r"Reacting|When|After|As|If|While|Although|Though|Because|Before|Since|Once|Until|"
                             r"Whether)\b[^,\"“”]*,")
"""A sentence opening with a participle or a subordinate clause up to a comma ("Asked why …, X said", "As the
graph shows, our data suggests"): the reporting verb of the main clause comes after it."""
_QUOTE_FRAME = re.compile(r"(?<![\w'’-])([a-z]{3,}ed)[,:][ \t]+[\"“]")
"""A past tense and a comma or colon right before a quotation open it: 'Ada Moe commented, "…"' (any verb of
speech; a title after "titled “…”" has no comma)."""
_QUOTE_OPENER = re.compile(r"[,:][ \t]+[\"“]")
"""The end of `_QUOTE_FRAME`, looked for first (it starts with a character class the engine skips ahead to)."""
_OPENING_STATEMENT = re.compile(r"[\"“]?(?:[A-Z][a-z]+\s+){0,3}?In\s+a\s+(?:[a-z]+\s+)?(?:statement|release|report)\b[^,;:]*,")
"""A sentence that opens with "In a (written) statement (to X)," — an adverbial before the main clause."""
def suggest_claims(text: str, entities: list[Suggestion]) -> list[Suggestion]:
    """Candidate claims; `entities` are the document's entity mentions (annotations and suggestions) used to
    guess speakers. Python's cyclic garbage collector is paused meanwhile, as for the entity suggestions
    (the app's job process pauses it for every job): a megabyte makes ~100,000 small objects, none in a
    reference cycle."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _suggest_claims(text, entities)
    finally:
        if collecting:
            gc.enable()


def _suggest_claims(text: str, entities: list[Suggestion]) -> list[Suggestion]:
    mentions = sorted((e for e in entities if e.type in ("PERSON", "ORG", "PLACE")), key=lambda e: e.start)
    mentions = surnames_as_people(text, mentions)
    starts = [p.start for p in mentions]
    persons = [p for p in mentions if p.type == "PERSON"]
    full_names = _full_names(persons)
    context = Context(gender=genders(text, persons, lambda p: full_name(p, full_names)),
                      roles=roles(text, persons, lambda p: full_name(p, full_names)))
    people = {full_name(p, full_names) for p in mentions if p.type == "PERSON"}
    loose = context.names.values()  # names found by speakers.py that no entity suggestion gave
    verbs = reporting_verbs(text)
    verb_starts = [v.start for v in verbs]
    found: list[tuple[int, int, str, Speaker | None, bool, str, str]] = []  # ..., quoted, line, type
    line_spans: dict[int, list[tuple[int, int]]] = {}
    line_titles: dict[int, list[tuple[int, int]]] = {}
    for start, end in sentences(text):
        line_start = text.rfind("\n", 0, start) + 1
        if line_start not in line_spans:
            line_end = text.find("\n", start)
            line_spans[line_start] = quote_spans(text, line_start, len(text) if line_end < 0 else line_end)
            line_titles[line_start] = titles(text, line_spans[line_start]) if any(  # only a long one matters
                b - a >= _QUOTED for a, b in line_spans[line_start]) else []
        quotes = line_spans[line_start]
        named = line_titles[line_start]  # quoted titles: no quotation, but no reporting verb or speaker inside
        inside = mentions[bisect_left(starts, start):bisect_left(starts, end)]
        candidates = verbs[bisect_left(verb_starts, start):bisect_left(verb_starts, end)]
        outside, quoted = inside, False
        if quotes:  # most lines have none
            outside = [p for p in inside if not any(a <= p.start < b for a, b in quotes)]
            candidates = [v for v in candidates if not any(a <= v.start < b for a, b in quotes)]
            quoted = any(a <= start < b or start <= a < end and b - a >= _QUOTED for a, b in quotes
                         if (a, b) not in named)
        # the attribution: "according to" wherever it stands, else the first reporting verb not in the passive
        # ("It was initially believed … until tests showed")
        verb = according = None
        if candidates and any(v.word == "called" for v in candidates):  # naming: 'a test called "X"'
            candidates = [v for v in candidates if v.word != "called" or not _NAMING.match(text, v.end)]
        if len(candidates) > 1:  # (a lone candidate stays the verb, but for a plural present: "the show")
            verbal = [v for v in candidates if not _nominal(text, v, candidates)]
            if verbal and len(verbal) < len(candidates):
                candidates = verbal
        elif candidates and (candidates[0].word in _PLURAL_PRESENT and _nominal(text, candidates[0], candidates)
                             or candidates[0].word in _CHARACTERISED and _AGENT.match(text, candidates[0].end)):
            candidates = []  # "The show runs …", "cretinism, a condition characterised by …": no reporting verb
        if len(candidates) > 1 and any(_WITHHELD.match(text, v.end) for v in candidates):
            # "officials have not said why …, but X says …": nothing said there; the other verb reports
            candidates = [v for v in candidates if not (_WITHHELD.match(text, v.end) and (v.word == "asked" or _NEGATED.search(
                text, max(0, v.start - 24), v.start)))] or candidates  # "asked whether …, to which he replied": a question
        if len(candidates) > 1:  # "X has not yet commented on …, but Y says …": the verb not negated reports
            candidates = [v for v in candidates if not _NOT_YET.search(text, max(start, v.start - 40), v.start)] \
                or candidates
        if candidates and any(v.word in _FINDING for v in candidates):  # "a jury found him guilty": no report
            candidates = [v for v in candidates if v.word not in _FINDING or _reports_finding(text, v, end)]
        if len(candidates) > 1:  # "retirement — revealed just …", "the speech, first disclosed by …": modifiers
            finite = [v for v in candidates if not (v.word.endswith("ed") and (
                _AFTER_DASH.search(text, max(start, v.start - 4), v.start) or _AGENT.match(text, v.end)))]
            candidates = finite or candidates
        if len(candidates) > 1 and candidates[0].word.endswith("ing") and (
                candidates[0].start - start < 3 or _ADVERBIAL_PARTICIPLE.search(
                    text, max(start, candidates[0].start - 8), candidates[0].start)):
            candidates = candidates[1:]  # "In announcing his retirement, X said", "Explaining why he argued …"
        if len(candidates) > 1 and _LEADING_CLAUSE.match(text, start):
            comma = text.find(",", start, end)  # "Asked why she left, Ames said …": the main clause's verb
            candidates = [v for v in candidates if v.start > comma] or candidates
        if not candidates and quotes and _QUOTE_OPENER.search(text, start, end):
            frame = _QUOTE_FRAME.search(text, start, end)  # 'X commented, "…"': a verb that opens a quote
            if frame and not any(a <= frame.start() < b for a, b in quotes):
                candidates = [Verb(frame.start(1), frame.end(1), frame.group(1), False, False)]
        if len(candidates) > 1 and candidates[0].statement and _OPENING_STATEMENT.match(text, start):
            candidates = candidates[1:]  # "In a statement (to X), Y said": the verb of the main clause
        if candidates:
            active = next((v for v in candidates if v.word.endswith("ing")  # "are grumbling" is no passive
                           or not _PASSIVE.search(text, max(0, v.start - 30), v.start)), candidates[0])
            according = next((v for v in candidates if v.according), None)
            verb = according or active
            if according and active.start < according.start and not active.according \
                    and active.word in _SPEECH and active.start - start > 3:
                verb = active  # "Some lawmakers are grumbling that …, according to people who …": theirs
        body = text[start:end]
        words: set[str] | None = None
        numeric = False
        if end - start >= 20 and not (verb or quoted):  # a statistic? (words looked at only where one may be)
            lower = body.lower()
            digit = _DIGIT.search(body) is not None
            if digit or any(w in lower for w in NUMBER_WORDS):
                words = _words(lower)
                numeric = (digit or not words.isdisjoint(NUMBER_WORDS)) and not words.isdisjoint(FACT_VERBS)
        speaker = None
        if verb is not None and verb.statement:
            speaker = _statement_speaker(text, start, verb.start, outside, full_names)
        elif verb is not None:
            speaker = find_speaker(text, start, verb.start, verb.end, verb.according, outside, full_names, context)
            if speaker is None and according is not None and verb is not according:
                speaker = find_speaker(text, start, according.start, according.end, True, outside, full_names,
                                       context)
        if end - start >= 20 and (verb or quoted or numeric):
            source = "reporting-verb" if verb else "quote" if quoted else "statistic"
            if words is None:
                words = _words(body.lower())
            typed = _without_titles(text, start, end, named) if named else body
            found.append((start, end, source, speaker, quoted, str(line_start), _claim_type(typed, words)))
        for p in inside:
            if p.type == "PERSON":
                context.met(full_name(p, full_names))
            elif p.type == "ORG" and context.orgs is not None:
                context.org_at = p.start
                org = p.name or p.exact  # "KCNA" -> "Korean Central News Agency": "it added" gives the full name
                if not context.orgs or context.orgs[-1] != org:
                    context.orgs.append(org)
                    del context.orgs[:-50]
        if speaker is not None and speaker.kind == "unnamed" and plural(speaker.name):
            context.last_unnamed, context.unnamed_at = speaker.name, start
        if speaker is not None and speaker.kind == "named" and speaker.name in loose and speaker.name not in \
                context.gender and speaker.name not in people:
            shown = gender_of(text, speaker.name)
            if shown:
                context.gender[speaker.name] = shown
        if speaker is not None and speaker.kind == "named" and (speaker.name in people or speaker.name in loose
                                                                or speaker.voice):
            context.met(speaker.name)
        context.previous = (start, outside, speaker.name if speaker is not None and speaker.kind == "named" and
                            speaker.name in people else None)
    layout = turns(text, persons, lambda p: full_name(p, full_names))
    if layout:
        found = _with_turns(text, found, layout)
    merged = merge_quotes(fill_quotes(text, found), [int(f[5]) for f in found], line_spans, text)
    fuller = middle_initials(text, persons, lambda p: full_name(p, full_names))
    return [Suggestion("claim", s, e, text[s:e], kind, speaker=_canonical(fuller.get(sp.name, sp.name)) if sp else None,
                       source=source, speaker_kind=sp.kind if sp else None,
                       affiliation=sp.affiliation if sp else None)
            for s, e, source, sp, kind in merged]


_COUNTRY_SHORT = {"US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States",
                  "UK": "United Kingdom", "U.K.": "United Kingdom", "UAE": "United Arab Emirates"}
"""Countries speaking under their abbreviation: one speaker however written, so claims filter by it."""


def _canonical(speaker: str) -> str:
    bare = speaker[4:] if speaker.startswith(("The ", "the ")) else speaker
    return _COUNTRY_SHORT.get(bare, speaker)


_ADVERBIAL_PARTICIPLE = re.compile(r"(?<![\w'’-])(?:[Ii]n|[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen|[Uu]pon|[Oo]n)\s+\Z")
"""Before a participle that opens an adverbial ("in announcing", "after confirming"): not the main verb."""
_WITHHELD = re.compile(r"\s+(?:why|whether|when|how|what|who|where|if)\b")
_NEGATED = re.compile(r"(?<![\w'’-])(?:not|never|n[’']t|declined\s+to|refused\s+to)\s+\Z")
"""A verb of saying negated before an indirect question ("have not said why", "declined to say whether"): what
was not said is no claim."""
_NOT_YET = re.compile(r"(?<![\w'’-])(?:has|have|had|did|does|do|was|were|is|are)?(?:\s+not|n[’']t)\s+(?:yet\s+|"
                      r"directly\s+|publicly\s+|immediately\s+)?\Z")
"""A verb of saying negated ("has not yet commented", "did not directly say"): nothing reported by it."""
_FINDING = frozenset("found finds find discovered".split())
_FINDING_CLAUSE = re.compile(
    r"\s+(?:that|what|how|why|whether|no\s+evidence|evidence|little|[a-z]+\s+evidence)\b|"
    r"\s+(?!(?:on|in|at|by|from|with|near|inside|under|outside|dead|alive|guilty|innocent)\b)[^\s,;:“”\"()]+"
    r"(?<!ed)(?<!ing)(?:\s+[^\s,;:“”\"()]+){0,7}?(?<!\sand)(?<!\sor)(?<!\sthen)\s+(?:is|are|was|were|has|had|"
    r"have|would|will|could|can|may|might|should|did|does|do|[a-z]{3,}ed)\b")
"""After a verb of finding, what makes it a report: a clause ("found that …", "found the pipe had not been
attached", "found reduction of yields exceeded 10%"); not an object and what it is like ("a jury found him guilty",
"a loner who finds fame through violence", "she found the door open") nor a place ("found on a street")."""
_FINDING_PASSIVE = re.compile(r"(?<![\w'’-])(?:is|are|was|were|be|been|being)(?:\s+[a-z]+ly)?\s+\Z")


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


_THAT = re.compile(r"\s+(?:that|what|how|why|whether)\b")


_EVIDENCE = re.compile(r"(?<![\w-])(?:[Ss]tud(?:y|ies)|[Tt]ests?|[Ii]nvestigations?|[Ii]nquir(?:y|ies)|[Rr]eports?|"
                       r"[Ss]urveys?|[Pp]olls?|[Aa]nalys[ie]s|[Dd]ata|[Rr]esearch|[Rr]eviews?|[Aa]udits?|"
                       r"[Ee]xperiments?|[Tt]rials?|[Aa]utops(?:y|ies)|[Ii]nspections?|[Pp]robes?|[Ii]nspectors?|[Ii]nvestigators?|"
                       r"[Aa]uditors?|[Rr]esearchers?|[Ss]cientists?|[Ee]xaminers?|[Cc]oroners?|[Pp]athologists?)"
                       r"\b[^.;:]*\Z")
"""A source of evidence as the subject, or people whose work is to find things out: its finding may be a plain
object ("Further investigations discovered a route …", "Inspectors discovered a crack"), where a person who "found
the door open" acted."""


def _without_titles(text: str, start: int, end: int, named: list[tuple[int, int]]) -> str:
    """The sentence text[start:end] with the marks of its quoted titles blanked: a title makes no quote."""
    chars = list(text[start:end])
    for a, b in named:
        for at in (a, b - 1):
            if start <= at < end:
                chars[at - start] = " "
    return "".join(chars)


_YOU_SAY = re.compile(r"\b[Yy]ou\s+(?:[a-z]+ly\s+|also\s+|once\s+)?(?:say|said|argue|argued|note|noted|write|wrote|"
                      r"claim|claimed|suggest|suggested|predict|predicted|believe|warn|warned|insist|stress)\b")


_DETERMINERS = frozenset("a an the its their his her our this these those recent new such".split())
_PREPOSITIONS = frozenset("to of amid despite about over against with from by".split())
"""Before a plural noun, never before a verb of the present ("to claims that", "amid reports")."""
_AUXILIARY_AFTER = re.compile(r"\s+(?:have|has|had|are|were|is|was|will|would|may|might|could|can|should)\b")


_CHARACTERISED = frozenset("characterised characterized".split())
_PLURAL_PRESENT = frozenset("show suggest reveal indicate describe characterize characterise note argue posit contend "
                            "insist warn assert".split())
"""Reporting verbs in the plural present that are also nouns ("the show", "a reveal"): after a determiner, no
verb even when alone in a sentence."""


def _nominal(text: str, verb: Verb, candidates: list[Verb]) -> bool:
    """A reporting word used as a noun or an adjective, not as the verb: after a determiner ("an estimated
    cost", "recent reports"), a plural before an auxiliary ("reports have revealed") or before the verb itself
    ("estimates suggest")."""
    if verb.word in _PLURAL_PRESENT:
        return verb.start > 0 and text[verb.start - 1] == " " and _word_before(text, verb.start - 1) in _DETERMINERS
    if verb.word[-1] not in "sd" or " " in verb.word or not verb.word.endswith(("s", "ed")):
        return False
    if verb.start and text[verb.start - 1] == " " and (
            _word_before(text, verb.start - 1) in _DETERMINERS or verb.word.endswith("s")
            and (_word_before(text, verb.start - 1) in _PREPOSITIONS
                 or _word_before(text, verb.start - 1).endswith("ing"))):
        return True  # "an estimated", "Recent reports", "in a rebuttal to claims that", "Countering claims"
    if verb.word.endswith("s") and (_AUXILIARY_AFTER.match(text, verb.end) or any(
            v.start > verb.end and not text[verb.end:v.start].strip() for v in candidates)):
        return True
    return False


def _word_before(text: str, space: int) -> str:
    """The word (at most 6 letters, lower case) ending at text[space], a space."""
    at = space
    while at > space - 7 and at and text[at - 1].isalpha():
        at -= 1
    return text[at:space].lower()


def _with_turns(text: str, found: list[tuple[int, int, str, Speaker | None, bool, str, str]], layout: list[Turn]
                ) -> list[tuple[int, int, str, Speaker | None, bool, str, str]]:
    """An interview answer or a signed post is one claim by its author (replacing the sentences found in it);
    in a question, only what "you say" is a claim, the answerer's."""
    taken = {t.line for t in layout}
    out = [f for f in found if int(f[5]) not in taken]
    for t in layout:
        if t.speaker is not None:
            body = text[t.start:t.end]
            out.append((t.start, t.end, "interview", Speaker(t.speaker, "named"), False, str(t.line),
                        _claim_type(body, _words(body.lower()))))
            continue
        for start, end in sentences(text[t.line:t.end]):
            body = text[t.line + start:t.line + end]
            if t.answerer and _YOU_SAY.search(body):
                out.append((t.line + start, t.line + end, "interview", Speaker(t.answerer, "named"), False,
                            str(t.line), _claim_type(body, _words(body.lower()))))
    return sorted(out, key=lambda f: f[0])


def _statement_speaker(text: str, start: int, at: int, outside: list[Suggestion],
                       full_names: dict[str, str]) -> Speaker | None:
    """"X said in a statement" — the nearest source before "in a statement"."""
    before = [p for p in outside if p.end <= at]
    return Speaker(full_name(before[-1], full_names), "named") if before else None


def _full_names(people: list[Suggestion]) -> dict[str, str]:
    """Each short name ("Macron") -> the longest mention ending with it ("Emmanuel Macron"); one pass."""
    out: dict[str, str] = {}
    for p in people:
        words = p.exact.split()
        for i in range(1, len(words)):
            tail = " ".join(words[i:])
            if len(p.exact) > len(out.get(tail, "")):
                out[tail] = p.exact
    return out
