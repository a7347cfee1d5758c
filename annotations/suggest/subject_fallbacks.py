"""The speaker when the words right before a reporting verb name none `subject_speaker.py` reads: a people by a
listed plural ("The Tories say"), a name no list knows ("The Nikkei reported"), a description with its name fenced
by commas ("The group that owns most of her music, Big Machine, says"), a source inverted after a clause ("The route
will close, said a spokesman for X"), any noun phrase ("the authors say"), a quantifier ("Some, however, have
suggested"), and a person or body named further back in the clause ("Wray Grimaldi of the University of Otago in
Dunedin, New Zealand, said"). Split out of `speakers.py`, which asks this last. Pure functions."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.coreference import UPPER, fullest, loose_name
from annotations.suggest.described_subjects import described, former_or_another
from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.name_words import zipf
from annotations.suggest.named_subjects import VOICE
from annotations.suggest.sources import OF, noun_phrase_source, source_after, with_affiliation
from annotations.suggest.speaker_context import Context, Speaker, full_name
from annotations.suggest.speaker_phrases import BARE_ROLE, QUANTIFIER_SUBJECT, researchers
from annotations.suggest.subject_speaker import POSTED_ON
from annotations.suggest.unlisted_speakers import capitalised_speaker, loose_speaker, unlisted_speaker
from annotations.suggest.unnamed import FOLLOWER_AFTER, one_person


_THE_GROUP: Final = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?[Tt]he\s+([A-Z][a-z]*[a-rt-z]s)\s*")
"""A people or a party's members by a listed plural ("The Tories", "the Palestinians"): they speak, unnamed as worded."""
PASSIVE_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:is|are|was|were|be|been|being)(?:\s+[a-z]+ly)?\s*\Z")
_DESCRIBED_THEN_NAMED: Final = re.compile(r"\s*[\"“]?(?:The|A|An|Its|His|Her|Their)\s[^,;:\"“”]{3,120}?,[ \t]+"
                                          r"((?:The[ \t]+)?[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,3}),[ \t]*")
"""A description as the subject, then the name of what it describes fenced by commas ("The group that owns most
of her music, Big Machine,"): the name, which no list knows, speaks."""
_PLACE_DESCRIBED: Final = re.compile(r"\s*[\"“]?(?:The|A|An|Its|His|Her|Their)\s+(?:[a-z-]+\s+){0,2}(?:country|nation|state|city|"
                                     r"town|region|province|island|capital|kingdom|republic)\b")
"""A description of a place, before the place's name in apposition ("The country that hosts the summit, France,")."""
_FENCED_SUBJECT: Final = re.compile(r"\s*(?P<head>(?:[A-Z][\w'’-]*|the|a|an|its|his|her|their|two|three|several)"
                                    r"(?:[ \t]+[\w'’-]+){0,3}),[ \t]+(?P<apposed>[^,;:]+?),[ \t]*")
"""A short subject and its apposition fenced by commas, all that stands before the verb ("The company, Acme Ltd,",
"Her husband, a retired teacher,"): the subject, never a clause before an inverted '…, said X'."""
_NAME_SHAPED: Final = re.compile(r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){1,2}")
"""Two or three capitalised words, as a person's name stands in apposition ("the uncle, Ma Chengming,")."""
_KIN_HEADS: Final = frozenset("uncle aunt father mother son daughter wife husband brother sister cousin grandfather grandmother "
                              "grandson granddaughter nephew niece friend partner fiancé fiancée widow widower".split())
_RELATIVE_CLAUSE: Final = re.compile(r",\s+(?:who|whose|which)\b[^,;:]*,\s*\Z")
_EVIDENTIAL: Final = ("show", "found", "find", "reveal", "suggest", "indicate", "conclude")
"""Verbs of evidence (data "show", tests "found"): a comma before them closes a modifier of their subject, the
source never follows them as it may follow "said"."""
_CLOSING_QUOTES: Final = frozenset(("”", '"', "’", "'"))
_PARTICIPLE_CHUNK: Final = re.compile(r"\s*(?:[a-z]+ly\s+)?[a-z]+(?:ed|ing)\b")
_AUXILIARY: Final = re.compile(r"[ \t]+(?:has|have|had|will|would|can|could)[ \t]+(?!been\b)(?=[a-z])")
"""An auxiliary after the subject, in the main clause a participle of saying follows ("The government has resisted
calls …, saying")."""
_QUANTIFIER_ASIDE: Final = re.compile(r"\s*((?i:some|many|most|several|others))[ \t]*,[ \t]*(?:however|though|meanwhile|too|"
                                      r"also|in turn|of course)[ \t]*,[ \t]*(?:(?:have|has|had|also|even)[ \t]+)?")
"""A quantifier alone as the subject, an adverb set off by commas after it ("Some, however, have suggested")."""
_QUANTIFIER_IN_THE: Final = re.compile(r"\s*((?i:many|some|most|others|few)\s+(?:in|from|across|within)\s+the\s+[a-z]+)\s*")
"""A quantifier of people in a place or body the text names by a common noun ("Many in the city fear …")."""
_NEAR_TYPES: Final = ("PERSON", "ORG")
"""Who may speak from somewhere else in the clause than right before the verb: a place there is an object or a
setting ("his travel ban, which does not cover Afghanistan, and … that critics blame"; "…, Prince Harry told
reporters in London on a visit"), unlike a person or an organisation named there."""
_SPOKEN_TO: Final = re.compile(r"(?<![\w'’-])(?:to|with|against|toward|towards)\s+\Z")
"""Before whom a subject speaks to or with: not the speaker ("His uncle spoke with CNN … and said"); "a survey by X"
is X's."""
_DESCRIBED_AFTER: Final = re.compile(r",\s+(?:the|a|an)\s+[^,;:]*\Z")
_NEW_CLAUSE: Final = re.compile(r",[ \t]+(?:but|while|whereas|yet|although|though)[ \t]+"
                                r"(?!(?:he|she|they|it|we|i|you|who|also|then|still|now|later|instead|rather|not|never|only|"
                                r"even|[a-z]+ly)\b)(?![a-z\s'’-]*\b(?:spokes\w+|officials?|executives?|lawyers?|"
                                r"representatives?|staff|management|aides?)\b)(?:[a-z][\w'’-]*[ \t]+){1,3}\Z")
"""A clause of its own between a name and the verb, its subject a few lower-case words, not a pronoun or an adverb
("…, but online speculation points to"; not "…, but also shows"): the name is no subject of the verb."""
_NAME_OF: Final = re.compile(rf"(?<![\w'’-])((?:[{UPPER}][\w'’-]+\s+){{1,3}}?[{UPPER}][\w'’-]+)"
                             r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w.]+-based\s+)?\Z")
"""Capitalised words right before "of (the)" and an organisation: perhaps a name no list knows ("Wray Grimaldi of
the University of Otago")."""
INVERTING: Final = frozenset("commented remarked quipped stated declared countered observed "
                              "said says told tells added adds wrote writes asked explained noted recalled recalls remembers "
                              "recounted replied responded "
                              "continued warned argued insisted claimed reported note notes argue argues posit posits "
                              "bragged joked confessed exclaimed echoed gushed penned raved laughed sighed teased scoffed "
                              "snapped beamed cooed fumed".split())
"""Verbs of saying, after which the source may follow ("…," said a spokesman; "…," wrote the post's author)."""


def fallback_speaker(text: str, clause_start: int, verb_start: int, verb_end: int, before: str, trimmed: str,
                     participle: bool, mentions: Sequence[Suggestion], full_names: dict[str, str], context: Context,
                     orgs: list[str]) -> Speaker | None:
    """The speaker of the verb at text[verb_start:verb_end] when its subject (`before`, from `clause_start`;
    `trimmed`: without what closes it, such as adverbs) named none `subject_speaker` reads; `participle`: the verb is
    one ("saying"); `orgs`: the organisations named so far."""
    word = text[verb_start:verb_end].lower()
    saying = word in INVERTING
    telling = word in ("told", "tells", "telling")
    group = _THE_GROUP.fullmatch(trimmed)
    if group is not None and gazetteer().get(group.group(1)) == "MISC":
        return Speaker(f"the {group.group(1)}", "unnamed")  # "The Tories say", as "Tories say" and "Democrats say"
    passive = PASSIVE_BEFORE.search(before, max(0, len(before) - 30)) is not None  # "Combat is reported to"
    glued = text[clause_start - 1:clause_start] == "."  # a sentence the segmenter began inside ".IXIC added"
    loose = unlisted_speaker(text, trimmed, context, names_only=passive or glued)
    if loose:  # "Jo Grady, the union's leader, said", "The Nikkei reported", "Amazon said", "VW says"
        return loose
    described_then = _DESCRIBED_THEN_NAMED.fullmatch(trimmed) if trimmed.endswith((",", ", ")) and not passive else None
    if described_then is not None:  # "The group that owns most of her music, Big Machine, says"
        a, b = clause_start + described_then.start(1), clause_start + described_then.end(1)
        inside = [p for p in mentions if p.start < b and p.end > a]
        same = next((p for p in inside if p.end == b and p.type in ("PERSON", "ORG", "PLACE")
                     and not text[a:p.start].replace("The", "").strip()
                     and (p.type != "PLACE" or _PLACE_DESCRIBED.match(trimmed))), None)  # (not "X University, Knoxville,")
        apposed_name = Speaker(full_name(same, full_names), "named") if same is not None \
            else capitalised_speaker(described_then.group(1)) if not inside else None
        if apposed_name is not None:
            return apposed_name
    fenced = _FENCED_SUBJECT.fullmatch(trimmed) if trimmed.endswith((",", ", ")) and not passive else None
    if fenced:  # "The company, Acme Ltd, reported a loss", "Her husband, a retired teacher, said": no inversion
        apposed = next((p for p in mentions if p.type in ("PERSON", "ORG") and p.start ==
                        clause_start + fenced.start("apposed") and p.end == clause_start + fenced.end("apposed")), None)
        if apposed is not None:
            return Speaker(full_name(apposed, full_names), "named")
        head = noun_phrase_source(text, clause_start + fenced.start("head"), clause_start + fenced.end("head"),
                                  mentions, full_names)
        name_shaped = _NAME_SHAPED.fullmatch(fenced.group("apposed")) if head is not None and head.kind == "unnamed" \
            and (one_person(head.name) or head.name.split()[-1] in _KIN_HEADS) else None
        if name_shaped and all(zipf(w) >= 4.0 for w in name_shaped.group(0).split()):
            name_shaped = None  # ("the aunt, New Year, said": common words, no name)
        if name_shaped and not any(clause_start + fenced.start("apposed") <= p.start < clause_start + fenced.end(
                "apposed") for p in mentions):  # '"…," the uncle, Ma Chengming, said': the name no list knows
            return Speaker(name_shaped.group(0), "named")
        if head is not None:
            return described(head, text, context, full_names)
    which = _RELATIVE_CLAUSE.search(trimmed, max(0, len(trimmed) - 120))
    if which is not None and trimmed.startswith(", which", which.start()) and saying \
            and any(p.type == "PERSON" and verb_end < p.start <= verb_end + 2 and text[p.end:p.end + 1] in (",", ".")
                    for p in mentions):
        which = None  # "… the cash prices, which range from $200 to $450, said Jim Winkler, …": inverted after it
    if trimmed.rstrip().endswith(",") and not telling and not text.startswith(_EVIDENTIAL, verb_start) \
            and which is None and not (participle and word not in ("citing", "quoting")):
        # "The route will close, said a spokesman for X" (inverted after verbs of saying, never after "show"; not
        # after a relative clause: "Two people, who spoke on condition of anonymity, said the official …"; nor after
        # a participle: "The ministry refused to comment, saying the inquiry was open" is not the inquiry)
        after = source_after(text, verb_end, mentions, full_names, orgs, phrase=saying)
        if after:
            return after
    if not trimmed.strip():
        return None
    if not participle and passive:
        return None  # "The document was found …", "they are accused of …": the subject is not the source
    subject = trimmed.rstrip(" \t,")
    relative = _RELATIVE_CLAUSE.search(trimmed, max(0, len(trimmed) - 120)) if trimmed.endswith((",", ", ")) else None
    if relative:  # "a staff member at the resort, who saw Chan taken away, stated": the phrase before the clause
        subject = trimmed[:relative.start()].rstrip(" \t,")
    comma = subject.rfind(",")  # "Though X complies, other sites such as Y have stated": after the leading clause
    if comma > 0 and _PARTICIPLE_CHUNK.match(subject, comma + 1):  # "Results of X, published in Y, show"
        subject = subject[:comma]
        comma = subject.rfind(",")
    role = BARE_ROLE.match(subject, comma + 1) if comma > 0 else None
    if role:  # "Jarret Brachman, consultant to the US government said" (the apposition left open): the name
        named = next((p for p in mentions if p.type == "PERSON" and p.end == clause_start + comma
                      and p.start >= clause_start), None)
        if named is not None:
            return Speaker(full_name(named, full_names), "named")
        loose = loose_speaker(text, subject[:comma], context)
        if loose:
            return loose
    phrase = noun_phrase_source(text, clause_start + comma + 1, clause_start + len(subject), mentions, full_names)
    auxiliary = _AUXILIARY.search(subject, comma + 1) if phrase is None and participle and comma < 0 else None
    if auxiliary is not None:  # "The government has resisted calls …, saying": the subject before "has"
        phrase = noun_phrase_source(text, clause_start, clause_start + auxiliary.start(), mentions, full_names)
    if phrase and comma < 0 and text[max(0, clause_start - 3):clause_start].rstrip()[-1:] in _CLOSING_QUOTES \
            and phrase.name.startswith("the ") and phrase.name.split()[-1] in context.roles \
            and not former_or_another(text, phrase.name, context.roles[phrase.name.split()[-1]], clause_start):
        return Speaker(context.roles[phrase.name.split()[-1]], "named")  # '"…" the cardinal said', after
        # "Cardinal X": the person the text gave that role (never just the latest person: "the singer wrote")
    if phrase:  # "the authors say", "one poster admitted", "photos released of the scene showed"
        return phrase
    evidential = text.startswith(_EVIDENTIAL, verb_start) and not (
        text.startswith("suggested", verb_start) and before.rstrip().endswith((" have", " has", " had")))
    quantifier = None if evidential else QUANTIFIER_SUBJECT.fullmatch(subject, comma + 1) \
        or _QUANTIFIER_ASIDE.fullmatch(subject) or _QUANTIFIER_IN_THE.fullmatch(subject)
    # ("Some showed …" after "Thousands of documents": documents, no people; but "Some have suggested", "Some,
    # however, have suggested", "Many in the city fear": people)
    if quantifier:  # "Some also noted …", "Many say …": unnamed, as worded
        return Speaker(quantifier.group(1).lower(), "unnamed")
    near = [p for p in mentions if clause_start <= p.start and p.end <= verb_start and verb_start - p.end < 120
            and p.type in _NEAR_TYPES  # a place speaks only as the subject ("Sudan said"), never from afar
            and not _SPOKEN_TO.search(text, max(clause_start, p.start - 10), p.start)  # nor "spoke with CNN"
            and not POSTED_ON.search(text, max(clause_start, p.start - 12), p.start)]  # nor "posted on Twitter"
    if near and _DESCRIBED_AFTER.search(text, near[-1].end, verb_start):
        return None  # "In the speech, first disclosed by the Times, the former mayor argued": not the Times
    if near and _NEW_CLAUSE.search(text, near[-1].end, verb_start):
        return None  # "X offered little explanation, but online speculation points to …": not X
    if len(near) > 1 and near[-1].type == "ORG" and near[-2].type == "PERSON" \
            and OF.fullmatch(text, near[-2].end, near[-1].start):
        # "Wray Grimaldi of the University of Otago in Dunedin, New Zealand, said": the person, not the body
        return with_affiliation(text, near[-2], near[-1:], full_names)
    named_of = _NAME_OF.search(text, max(clause_start, near[-1].start - 60), near[-1].start) \
        if near and near[-1].type == "ORG" else None
    if named_of and loose_name(named_of.group(1)) and not any(p.end > named_of.start() for p in near[:-1]):
        # "Wray Grimaldi of the University of Otago … said": a name the entity suggester missed, with its body
        return Speaker(fullest(text, named_of.group(1), context.names), "named",
                       affiliation=full_name(near[-1], full_names))
    followers = FOLLOWER_AFTER.match(text, near[-1].end, verb_start) if near else None
    if near and followers is not None:  # "Lady Gaga fans, who …, have criticized", "Apple customers said": the group
        return Speaker(text[near[-1].start:followers.end(1)], "unnamed")
    if near:
        research = researchers(text, clause_start, near[-1])
        if research:  # "astronomers at the Ohio State University, Columbus, revealed": they speak, as worded
            return research
        voice = near[-1].type == "ORG" and VOICE.search(text, max(clause_start, near[-1].start - 120),
                                                         near[-1].start) is not None
        return Speaker(full_name(near[-1], full_names), "named", voice=voice)
    return None
