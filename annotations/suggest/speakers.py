"""Who said it: the subject of a claim's reporting verb. A named person, organisation or place (a government
speaking: "Sudan said"), resolved to its fullest name; "he"/"she" to the last person; "the union" to the
latest organisation with that word; "…," said X of Y to X with Y as affiliation; and unnamed sources —
"officials", "a senior diplomat", "some Republicans in the state", "state media" — kept as the text words
them and marked unnamed, so analysts can filter claims by the quality of their sourcing. Sources after the verb,
fronted before appositions or worded as any noun phrase are found by `sources.py`; the unnamed-source phrases by
`unnamed.py`; names no suggester gave by `unlisted_speakers.py`; what the subject right before the verb names by
`subject_speaker.py`, and what the clause names when that subject names none by `subject_fallbacks.py`. Pure
functions."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.coreference import pick_person
from annotations.suggest.described_subjects import described, national_after
from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.org_references import referred_voice, salient_orgs
from annotations.suggest.sentence_subject import (INTRODUCED_PRONOUN, LATER_PRONOUN, absolute_subject,
                                                  quoted_as_subject, secondary_verb, sentence_subject)
from annotations.suggest.sources import author_of_words, noun_phrase_source, source_after
from annotations.suggest.speaker_clause import clause_start as clause_begins, strip_trailing
from annotations.suggest.speaker_context import Context, Speaker, full_name
from annotations.suggest.speaker_phrases import (CARRIED_BY, KIN, LEADING_VERB, LINKING_ADVERB, PRONOUN_AFTER,
                                                 QUOTED_AS, VERB_AND_OBJECT, named_after)
from annotations.suggest.subject_fallbacks import INVERTING, PASSIVE_BEFORE, fallback_speaker
from annotations.suggest.subject_speaker import subject_speaker
from annotations.suggest.verb_senses import POSSESSOR_BEFORE

WINDOW: Final = 160
"""How far before its verb a subject is looked for (end-anchored patterns cost grows with the text given)."""


_USER_NAME: Final = re.compile(r"(?:(?<![\w'’-])(?:user|blogger|netizen|tweeter|commenter|vlogger|YouTuber)[ \t]+|\A[ \t]*)"
                               r"([A-Za-z0-9][\w.-]*)[ \t]*\Z")
"""A user name no list knows, with a digit, "_" or "-" in it (checked apart): after "user"/"blogger", or alone as the
subject."""
_HANDLE_AFTER: Final = re.compile(r"[ \t]*\(@\w+\)(?:[ \t]*\[[a-z]{2,3}\])?[ \t]*\Z")
"""A social-media handle in brackets after a name, and perhaps a language tag ("Runrunes (@RunRunesWeb) [es]")."""
_GOES_ON_TO: Final = re.compile(r"[ \t]+(?:go|goes|went|going|gone)[ \t]+on[ \t]+to[ \t]+\Z")


def find_speaker(text: str, start: int, verb_start: int, verb_end: int, according: bool,
                 mentions: Sequence[Suggestion], full_names: dict[str, str], context: Context) -> Speaker | None:
    """The speaker of the reporting verb at text[verb_start:verb_end] in the sentence starting at `start`;
    `mentions` are the sentence's entity mentions outside quotes, in order."""
    found = _find_speaker(text, start, verb_start, verb_end, according, mentions, full_names, context)
    if found is None or found.kind != "unnamed" or "spokes" not in found.name:
        return found
    voice = _voice_of(found.name, context)
    if voice is not None and ("spokesman" in found.name or "spokeswoman" in found.name):
        context.gender.setdefault(voice.name, "m" if "spokesman" in found.name else "f")  # "he" later is its voice,
    return voice or found  # "she" someone else (its spokesman being a man)


def _voice_of(name: str, context: Context) -> Speaker | None:
    """The organisation an unnamed spokesperson speaks for, where the text shows which; None otherwise."""
    if name in _THE_SPOKESPERSON and context.voice_org and context.voice_org[1] in (name[4:], "spokesperson"):
        return Speaker(context.voice_org[0], "named", voice=True)  # "A spokesman for the Home Office said … . The
        # spokesman stressed": the office again (not after a spokeswoman for another body)
    referred = referred_voice(name, salient_orgs(context.orgs, context)) if context.orgs else None
    if referred is not None:  # "A spokesperson for the department did not respond … but said": the department
        return Speaker(referred, "named", voice=True)
    body = _BODY_SPOKESPERSON.fullmatch(name)
    if body is not None and gazetteer().get(body.group(1)) not in ("PLACE", "MISC"):
        return Speaker(body.group(1), "named", voice=True)  # "a Labour spokesman", "a Cosla spokesman": the body
    return None


_THE_SPOKESPERSON: Final = frozenset(("the spokesman", "the spokeswoman", "the spokesperson"))
_BODY_SPOKESPERSON: Final = re.compile(r"(?:a|an|the) ((?:[A-Z][\w&'’-]*|of|and|for)(?: (?:[A-Z][\w&'’-]*|of|and|for)){0,4}) "
                                       r"spokes(?:man|woman|person)")
"""A spokesperson named by the body they speak for, capitalised before the noun ("a Labour spokesman", "a Cosla
spokeswoman"): not a nationality or a place ("a Scottish spokesman", "a US spokesman")."""


def _find_speaker(text: str, start: int, verb_start: int, verb_end: int, according: bool,
                  mentions: Sequence[Suggestion], full_names: dict[str, str], context: Context) -> Speaker | None:
    participle = text.startswith("ing", verb_end - 3) or text.startswith("ing that", verb_end - 8)  # ("reporting that")
    named_here = [p.name or p.exact for p in mentions if p.type == "ORG" and p.end <= verb_start]
    orgs = (context.orgs or []) + named_here if named_here else context.orgs or []  # read, never changed
    if not according and text.startswith("on to ", verb_start - 6):
        goes_on = _GOES_ON_TO.search(text, max(start, verb_start - 20), verb_start)
        if goes_on is not None:  # "The strategy document goes on to say that": its subject, before "goes"
            verb_start = goes_on.start()
    if according:
        pronoun = _OBJECT_PRONOUN.match(text, verb_end)
        if pronoun:  # "According to him, …": the latest person of that gender
            word = "he" if pronoun.group(1).lower() == "him" else "she"
            name = pick_person(context.recent, context.gender, word) if context.recent else context.last_person
            return Speaker(name, "named") if name else None
        carrier = CARRIED_BY.match(text, verb_end)
        by = author_of_words(text, carrier.end(), mentions, full_names, orgs) if carrier else None
        if by is not None:  # "according to the fears expressed by a senior official", "… a post from X": its author
            return by
        return source_after(text, verb_end, mentions, full_names, orgs, phrase=True) or named_after(text, verb_end)
    agent = _BY_AGENT.match(text, verb_end) if text.startswith("ed", verb_end - 2) else None
    if agent:  # "her memoir, described by the Washington Post as …": the agent of the passive speaks
        passive = PASSIVE_BEFORE.search(text, max(0, verb_start - 30), verb_start) is not None
        as_by = _AS_BEFORE.search(text, max(0, verb_start - 12), verb_start) is not None
        by = source_after(text, agent.end(), mentions, full_names, orgs, phrase=passive or as_by) \
            or (named_after(text, agent.end()) if as_by else None)  # "…, as reported by MarketScreener."
        if by is not None and (by.kind == "named" or passive):
            return by  # ("X was accused by prosecutors of …": unnamed agents too, after a passive's auxiliary)
    heard_from = _HEARD_FROM.match(text, verb_end) if text.startswith("heard", verb_start) else None
    if heard_from:  # "The panel heard from the chief inspector that …": the one heard from speaks
        by = source_after(text, heard_from.end(), mentions, full_names, orgs, phrase=True)
        if by is not None:
            return by
    if text.startswith("heard", verb_start) and _THAT.match(text, verb_end):
        return None  # "The court heard that …": who told it, the sentence does not say (the court only listened)
    if text.startswith("heard", verb_start):  # "The court heard Hartley admit that …": the witness speaks
        witness = next((p for p in mentions if verb_end < p.start <= verb_end + 2 and p.type == "PERSON"), None)
        if witness and _TESTIFIES.match(text, witness.end):
            return Speaker(full_name(witness, full_names), "named")
    absolute = (absolute_subject(text, start, verb_start, verb_end, mentions, full_names, context)
                or quoted_as_subject(text, start, verb_start, mentions, full_names)) if participle else None
    if absolute is not None:  # "…, with forecasters warning that": the noun phrase after "with"
        return absolute
    clause_start = max(_past_scare_quotes(text, start, clause_begins(text, start, verb_start), verb_start),
                       verb_start - WINDOW)
    straddling = next((p for p in mentions if p.start < clause_start < p.end), None)
    if straddling is not None:  # a quote mark inside a name ('Marvin "The Hammer" Jenkins said'): the name's start
        clause_start = straddling.start
    linking = LINKING_ADVERB.match(text, clause_start, verb_start)
    if linking:  # "…; however figures issued on Thursday showed": the adverb is no part of the subject
        clause_start = linking.end()
    before = text[clause_start:verb_start]
    trimmed = strip_trailing(before)
    handle = _HANDLE_AFTER.search(trimmed) if "(@" in trimmed else None
    if handle is not None:  # "Daltonicum (@Daltonicum) notes that": the name before the handle
        trimmed = trimmed[:handle.start()] + " "
    last_word = trimmed[trimmed.rstrip().rfind(" ") + 1:].rstrip()
    user = _USER_NAME.search(trimmed, max(0, len(trimmed) - 60)) if last_word and not last_word.isalpha() else None
    named_user = user.group(1) if user is not None else ""
    if user is not None and any(c.islower() for c in named_user) and (
            any(c in named_user for c in "_0123456789") or "-" in named_user and named_user.islower()
            and user.start(1) > user.start()):  # (a hyphen only after "user", "blogger" …: not "co-workers said")
        return Speaker(user.group(1), "named")  # "LJ user menelik3 reminded", "dohlik_nemruchi responded that"
    possessor = POSSESSOR_BEFORE.search(trimmed, max(0, len(trimmed) - 30)) if text.endswith(" is that", 0, verb_end) \
        else None
    if possessor is not None:  # "Hollerich’s hope is that …", "Moe's biggest fear is that …": whose hope it is
        trimmed = trimmed[:possessor.start() + 1] + " "
    quoted_as = QUOTED_AS.search(trimmed, max(0, len(trimmed) - 90)) if trimmed.endswith(" as ") else None
    if quoted_as:  # "one resident was quoted as saying": the subject of the passive is the speaker
        trimmed = trimmed[:quoted_as.start()] + " "
    elif participle:  # "she remembered telling", "he began saying": the finite verb's subject
        lead = LEADING_VERB.search(trimmed, max(0, len(trimmed) - 24)) or \
            VERB_AND_OBJECT.search(trimmed, max(0, len(trimmed) - 140))  # "released a statement saying"
        if lead:
            trimmed = trimmed[:lead.start() + 1]
    word = text[verb_start:verb_end].lower()
    saying = word in INVERTING
    telling = word in ("told", "tells", "telling")  # what follows is who was told ("…," X told Al Jazeera)
    national = national_after(text, verb_end, context) if saying and not trimmed.strip() else None
    if national is not None:  # '"…," said the Hungarian': the person named last
        return national
    if not trimmed.strip() and not telling:  # "…," said X / "…," X said — the subject follows the verb
        after = source_after(text, verb_end, mentions, full_names, orgs, phrase=saying)
        if after:
            return described(after, text, context, full_names, verb_start)
    inverted = PRONOUN_AFTER.match(text, verb_end) if saying and not trimmed.strip() else None
    if inverted:  # '"…," said he': the pronoun after the verb is its subject
        found = subject_speaker(text, inverted.start(1), inverted.end(1), mentions, full_names, context, orgs)
        if found:
            return found
    modified = _PARTICIPLE_AFTER_SUBJECT.match(trimmed) if ("ed " in trimmed or "seen by" in trimmed
                                                            or "shown to" in trimmed) and not INTRODUCED_PRONOUN.match(
        trimmed) else None  # (not "The first woman tried in X since 2003, she testified": "she" is the subject)
    if modified and "," in trimmed[modified.end():].rstrip(" \t,"):
        modified = None  # "The player died in hospital, his agent said": a clause, then the subject after its comma
    if modified:  # "A team of researchers affiliated with … in X has found", "The research, supported by X, reveals"
        phrase = noun_phrase_source(text, clause_start, clause_start + modified.end(1), mentions, full_names)
        if phrase:
            return phrase
    main = _MAIN_PRONOUN.search(trimmed, max(0, len(trimmed) - 40)) \
        if participle and trimmed.rstrip().endswith(",") else None
    if main:  # "When X asked …, he declined, saying …": the participle's subject is the main clause's pronoun
        found = subject_speaker(text, clause_start + main.start(1), clause_start + main.end(1), mentions, full_names,
                         context, orgs)
        if found:
            return found
    if secondary_verb(text, start, verb_start) or participle:
        found = sentence_subject(text, start, verb_start, mentions, full_names, context, places=True)
        if found:  # "X opened the debate addressing critics, stating …", "X did not respond - and concluded …"
            return found
        opening = _OPENING_IT.match(text, start, verb_start) \
            if secondary_verb(text, start, verb_start) else None
        if opening:  # "It did not reveal the location and said …": whom "it" stands for, as in "it said"
            found = subject_speaker(text, opening.start(1), opening.end(1), mentions, full_names, context, orgs)
            if found:
                return found
    kin = KIN.search(trimmed, max(0, len(trimmed) - 60)) if "s " in trimmed[-60:] else None
    if kin:  # "Aitchison's father Norrie said": Norrie Aitchison
        owner = next((p for p in mentions if p.type == "PERSON" and p.start == clause_start + kin.start(1)), None)
        name = kin.group("name")
        if owner is not None and " " not in name and not kin.group("royal"):
            name = f"{name} {full_name(owner, full_names).split()[-1]}"
        return Speaker(name, "named")
    if "he" in trimmed[-12:] and LATER_PRONOUN.search(trimmed, max(0, len(trimmed) - 12)):  # ("he"/"she" there first)
        found = sentence_subject(text, start, verb_start, mentions, full_names, context, people_only=True)
        if found:  # "X did not mention al-Sadr's movement, and he said …": the subject, not the one mentioned
            return found
    if ("it" in before[-30:] or "It" in before[-30:]) and _IMPERSONAL_PASSIVE.search(before, max(0, len(before) - 30)):
        return None  # "it is now reported that …": nobody is named as saying it
    found = subject_speaker(text, clause_start, clause_start + len(trimmed), mentions, full_names, context, orgs)
    if found:
        return found
    return fallback_speaker(text, clause_start, verb_start, verb_end, before, trimmed, participle, mentions,
                            full_names, context, orgs)


def _past_scare_quotes(text: str, start: int, clause_start: int, verb_start: int) -> int:
    """Where the reporting clause begins when it seemed to begin after a closing quotation mark that only quotes a
    word or a title inside the subject ("Ryan Sloan, who drove through “intense” rain, said"; "Gilley, author of the
    article "The Case for Colonialism," argued"): before that quotation, as long as one such is the cause. A quotation
    opening the sentence or following a colon is what was said, and the clause stays after it."""
    for _ in range(3):
        if clause_start <= start or text[clause_start - 1] not in "”\"":
            return clause_start
        close = clause_start - 1
        opening = max(text.rfind("“", start, close), text.rfind('"', start, close))
        inside = text[opening + 1:close]
        if opening < start + 2 or not text[opening - 1].isspace() or not text[opening - 2].isalnum() \
                or len(inside.split()) > 5 or any(mark in inside for mark in ".!?;:") or text[close + 1:close + 2] == "," \
                or not (inside.rstrip().endswith(",") and not text[close + 1:verb_start].strip()
                        or "," in text[close + 1:verb_start]):
            return clause_start  # (only inside an apposition or a relative clause: 'the "Pose" actor said' is no such)
        earlier = clause_begins(text, start, opening)
        if "," not in text[earlier:opening]:
            return clause_start  # (the quotation sits in an apposition or a relative clause after the subject)
        clause_start = earlier
    return clause_start


_OPENING_IT: Final = re.compile(r"[\"“]?(It|They)[ \t]+(?!(?:is|was|are|were|seems|seemed|appears|appeared)\b)[a-z]")
"""A sentence opened by "It"/"They" and its verb: the subject of a second verb after "and" too (not "It was X who
…": a cleft, whose "it" stands for nobody)."""


_IMPERSONAL_PASSIVE: Final = re.compile(r"(?<![\w'’-])[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:[a-z]+ly|now|also|"
                                        r"widely|since|further)\s+)*\Z")
"""Before a participle of saying: an impersonal passive ("it is now reported", "it was announced"), which names no
source."""
_AS_BEFORE: Final = re.compile(r"(?<![\w'’-])as\s+(?:first\s+|previously\s+|earlier\s+|widely\s+)?\Z", re.I)
"""Before a participle of saying with its agent: "as (first) reported by X" cites X."""
_BY_AGENT: Final = re.compile(r"\s+by(?=\s)")
"""After a past participle of saying: its agent follows ("described by the Washington Post as …")."""
_HEARD_FROM: Final = re.compile(r"[ \t]+(?:(?:evidence|testimony|submissions)[ \t]+)?from(?=[ \t])")
_THAT: Final = re.compile(r"[ \t]+that\b")
_OBJECT_PRONOUN: Final = re.compile(r"\s+(him|her)\b(?!\s+[a-z])", re.I)


_PARTICIPLE_AFTER_SUBJECT: Final = re.compile(
           r"\s*((?i:the|a|an|one|some|this|these|its|their)\s+(?:(?!(?:is|are|was|were|has|have|had|be|been|being|who|"
           r"which|that)\b)[a-z-]+\s+){0,4}?(?!(?:is|are|was|were|be|been|being)\b)[a-z-]+"
           r"|(?:Documents|Emails|E-mails|Records|Files|Messages|Minutes|Notes|Papers|Texts|Letters|Memos|Filings))"
           r",?\s+(?:[a-z]+ed|seen|shown)\s+(?:by|with|in|from|to|for|at)\b")
"""A subject whose noun phrase a participle phrase follows ("A team of researchers affiliated with …", "The
research, supported by …"): the names inside that phrase are not the speaker; the phrase before it is."""
_MAIN_PRONOUN: Final = re.compile(r"(?:^|,\s+)([Hh]e|[Ss]he)\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*\Z")
"""Before a participle of saying: the main clause, a pronoun and its verb ("…, he declined, saying")."""
_TESTIFIES: Final = re.compile(r"\s+(?:admit|say|tell|describe|explain|claim|deny|insist|accept|confirm)\b")
