"""Who said it: the subject of a claim's reporting verb. A named person, organisation or place (a government
speaking: "Sudan said"), resolved to its fullest name; "he"/"she" to the last person; "the union" to the
latest organisation with that word; "…," said X of Y to X with Y as affiliation; and unnamed sources —
"officials", "a senior diplomat", "some Republicans in the state", "state media" — kept as the text words
them and marked unnamed, so analysts can filter claims by the quality of their sourcing. Sources after the verb,
fronted before appositions or worded as any noun phrase are found by `sources.py`; the unnamed-source phrases by
`unnamed.py`; names no suggester gave by `unlisted_speakers.py`; what the subject right before the verb names by
`subject_speaker.py`. Pure functions."""
from __future__ import annotations

import re
from collections.abc import Sequence

from annotations.suggest import Suggestion
from annotations.suggest.coreference import UPPER, fullest, loose_name, pick_person
from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.verb_senses import POSSESSOR_BEFORE
from annotations.suggest.sources import (OF, author_of_words, noun_phrase_source, previous_subject, source_after,
                                        with_affiliation)
from annotations.suggest.speaker_context import Context, Speaker, full_name
from annotations.suggest.speaker_clause import clause_start as clause_begins, strip_trailing
from annotations.suggest.speaker_phrases import (BARE_ROLE, CARRIED_BY, KIN, LEADING_VERB, LINKING_ADVERB,
                                                 PRONOUN_AFTER, QUANTIFIER_SUBJECT, QUOTED_AS, THE_ROLE,
                                                 VERB_AND_OBJECT, named_after, researchers)
from annotations.suggest.sentence_subject import (INTRODUCED_PRONOUN, LATER_PRONOUN, absolute_subject,
                                                  quoted_as_subject, secondary_verb, sentence_subject)
from annotations.suggest.named_subjects import VOICE
from annotations.suggest.subject_speaker import POSTED_ON, subject_speaker
from annotations.suggest.unlisted_speakers import capitalised_speaker, loose_speaker, unlisted_speaker
from annotations.suggest.name_words import zipf
from annotations.suggest.org_references import referred_voice, salient_orgs
from annotations.suggest.unnamed import FOLLOWER_AFTER, one_person

_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which)\b[^,;:]*,\s*\Z")
_NAME_OF = re.compile(rf"(?<![\w'’-])((?:[{UPPER}][\w'’-]+\s+){{1,3}}?[{UPPER}][\w'’-]+)"
                      r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w.]+-based\s+)?\Z")
"""Capitalised words right before "of (the)" and an organisation: perhaps a name no list knows ("Wray Grimaldi of
the University of Otago")."""
WINDOW = 160
"""How far before its verb a subject is looked for (end-anchored patterns cost grows with the text given)."""


_NEW_CLAUSE = re.compile(r",[ \t]+(?:but|while|whereas|yet|although|though)[ \t]+"
                         r"(?!(?:he|she|they|it|we|i|you|who|also|then|still|now|later|instead|rather|not|never|only|"
                         r"even|[a-z]+ly)\b)(?![a-z\s'’-]*\b(?:spokes\w+|officials?|executives?|lawyers?|"
                         r"representatives?|staff|management|aides?)\b)(?:[a-z][\w'’-]*[ \t]+){1,3}\Z")
"""A clause of its own between a name and the verb, its subject a few lower-case words, not a pronoun or an adverb
("…, but online speculation points to"; not "…, but also shows"): the name is no subject of the verb."""
_USER_NAME = re.compile(r"(?:(?<![\w'’-])(?:user|blogger|netizen|tweeter|commenter|vlogger|YouTuber)[ \t]+|\A[ \t]*)"
                        r"([A-Za-z0-9][\w.-]*)[ \t]*\Z")
"""A user name no list knows, with a digit, "_" or "-" in it (checked apart): after "user"/"blogger", or alone as the
subject."""
_HANDLE_AFTER = re.compile(r"[ \t]*\(@\w+\)(?:[ \t]*\[[a-z]{2,3}\])?[ \t]*\Z")
"""A social-media handle in brackets after a name, and perhaps a language tag ("Runrunes (@RunRunesWeb) [es]")."""
_GOES_ON_TO = re.compile(r"[ \t]+(?:go|goes|went|going|gone)[ \t]+on[ \t]+to[ \t]+\Z")


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


_THE_SPOKESPERSON = frozenset(("the spokesman", "the spokeswoman", "the spokesperson"))
_BODY_SPOKESPERSON = re.compile(r"(?:a|an|the) ((?:[A-Z][\w&'’-]*|of|and|for)(?: (?:[A-Z][\w&'’-]*|of|and|for)){0,4}) "
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
        passive = _PASSIVE_BEFORE.search(text, max(0, verb_start - 30), verb_start) is not None
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
    saying = word in _INVERTING
    telling = word in ("told", "tells", "telling")  # what follows is who was told ("…," X told Al Jazeera)
    if not trimmed.strip() and not telling:  # "…," said X / "…," X said — the subject follows the verb
        after = source_after(text, verb_end, mentions, full_names, orgs, phrase=saying)
        if after:
            return described(after, text, context, full_names)
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
    group = _THE_GROUP.fullmatch(trimmed)
    if group is not None and gazetteer().get(group.group(1)) == "MISC":
        return Speaker(f"the {group.group(1)}", "unnamed")  # "The Tories say", as "Tories say" and "Democrats say"
    passive = _PASSIVE_BEFORE.search(before, max(0, len(before) - 30)) is not None  # "Combat is reported to"
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
            and phrase.name.startswith("the ") and phrase.name.split()[-1] in context.roles:
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


_OPENING_IT = re.compile(r"[\"“]?(It|They)[ \t]+(?!(?:is|was|are|were|seems|seemed|appears|appeared)\b)[a-z]")
"""A sentence opened by "It"/"They" and its verb: the subject of a second verb after "and" too (not "It was X who
…": a cleft, whose "it" stands for nobody)."""


def described(speaker: Speaker, text: str, context: Context, full_names: dict[str, str]) -> Speaker:
    """A definite role after the verb ('"…," said the actor') as the person the text gave that role (any role it
    gave: "Cardinal X" … "explained the cardinal"), else, for a role `THE_ROLE` knows, as the subject of the sentence
    before, as "The actor said" opening a sentence is; any other speaker as it is."""
    if speaker.kind != "unnamed" or not speaker.name.startswith("the "):
        return speaker
    role = speaker.name.split()[-1]
    if THE_ROLE.match("The" + speaker.name[3:]):
        named = context.roles.get(role) or previous_subject(text, context, full_names)
        return Speaker(named, "named") if named else speaker
    if role in context.roles and len(speaker.name.split()) == 2:  # '"…," explained the cardinal', after "Cardinal
        return Speaker(context.roles[role], "named")  # X" (not "said the other judge", "the victim's sheriff")
    return speaker


_FENCED_SUBJECT = re.compile(r"\s*(?P<head>(?:[A-Z][\w'’-]*|the|a|an|its|his|her|their|two|three|several)"
                             r"(?:[ \t]+[\w'’-]+){0,3}),[ \t]+(?P<apposed>[^,;:]+?),[ \t]*")
"""A short subject and its apposition fenced by commas, all that stands before the verb ("The company, Acme Ltd,",
"Her husband, a retired teacher,"): the subject, never a clause before an inverted '…, said X'."""
_DESCRIBED_THEN_NAMED = re.compile(r"\s*[\"“]?(?:The|A|An|Its|His|Her|Their)\s[^,;:\"“”]{3,120}?,[ \t]+"
                                   r"((?:The[ \t]+)?[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,3}),[ \t]*")
"""A description as the subject, then the name of what it describes fenced by commas ("The group that owns most
of her music, Big Machine,"): the name, which no list knows, speaks."""
_IMPERSONAL_PASSIVE = re.compile(r"(?<![\w'’-])[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:[a-z]+ly|now|also|"
                                 r"widely|since|further)\s+)*\Z")
"""Before a participle of saying: an impersonal passive ("it is now reported", "it was announced"), which names no
source."""
_PLACE_DESCRIBED = re.compile(r"\s*[\"“]?(?:The|A|An|Its|His|Her|Their)\s+(?:[a-z-]+\s+){0,2}(?:country|nation|state|city|"
                              r"town|region|province|island|capital|kingdom|republic)\b")
"""A description of a place, before the place's name in apposition ("The country that hosts the summit, France,")."""
_AS_BEFORE = re.compile(r"(?<![\w'’-])as\s+(?:first\s+|previously\s+|earlier\s+|widely\s+)?\Z", re.I)
"""Before a participle of saying with its agent: "as (first) reported by X" cites X."""
_BY_AGENT = re.compile(r"\s+by(?=\s)")
"""After a past participle of saying: its agent follows ("described by the Washington Post as …")."""
_HEARD_FROM = re.compile(r"[ \t]+(?:(?:evidence|testimony|submissions)[ \t]+)?from(?=[ \t])")
_THAT = re.compile(r"[ \t]+that\b")
_OBJECT_PRONOUN = re.compile(r"\s+(him|her)\b(?!\s+[a-z])", re.I)
_SPOKEN_TO = re.compile(r"(?<![\w'’-])(?:to|with|against|toward|towards)\s+\Z")
"""Before whom a subject speaks to or with: not the speaker ("His uncle spoke with CNN … and said"); "a survey by X"
is X's."""
_NEAR_TYPES = ("PERSON", "ORG")
"""Who may speak from somewhere else in the clause than right before the verb: a place there is an object or a
setting ("his travel ban, which does not cover Afghanistan, and … that critics blame"; "…, Prince Harry told
reporters in London on a visit"), unlike a person or an organisation named there."""




_PARTICIPLE_AFTER_SUBJECT = re.compile(
    r"\s*((?i:the|a|an|one|some|this|these|its|their)\s+(?:(?!(?:is|are|was|were|has|have|had|be|been|being|who|"
    r"which|that)\b)[a-z-]+\s+){0,4}?(?!(?:is|are|was|were|be|been|being)\b)[a-z-]+"
    r"|(?:Documents|Emails|E-mails|Records|Files|Messages|Minutes|Notes|Papers|Texts|Letters|Memos|Filings))"
    r",?\s+(?:[a-z]+ed|seen|shown)\s+(?:by|with|in|from|to|for|at)\b")
"""A subject whose noun phrase a participle phrase follows ("A team of researchers affiliated with …", "The
research, supported by …"): the names inside that phrase are not the speaker; the phrase before it is."""
_MAIN_PRONOUN = re.compile(r"(?:^|,\s+)([Hh]e|[Ss]he)\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*\Z")
"""Before a participle of saying: the main clause, a pronoun and its verb ("…, he declined, saying")."""
_INVERTING = frozenset("commented remarked quipped stated declared countered observed "
                       "said says told tells added adds wrote writes asked explained noted recalled recalls remembers "
                       "recounted replied responded "
                       "continued warned argued insisted claimed reported note notes argue argues posit posits "
                       "bragged joked confessed exclaimed echoed gushed penned raved laughed sighed teased scoffed "
                       "snapped beamed cooed fumed".split())
"""Verbs of saying, after which the source may follow ("…," said a spokesman; "…," wrote the post's author)."""
_NAME_SHAPED = re.compile(r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){1,2}")
"""Two or three capitalised words, as a person's name stands in apposition ("the uncle, Ma Chengming,")."""
_KIN_HEADS = frozenset("uncle aunt father mother son daughter wife husband brother sister cousin grandfather grandmother "
                       "grandson granddaughter nephew niece friend partner fiancé fiancée widow widower".split())
_QUANTIFIER_IN_THE = re.compile(r"\s*((?i:many|some|most|others|few)\s+(?:in|from|across|within)\s+the\s+[a-z]+)\s*")
"""A quantifier of people in a place or body the text names by a common noun ("Many in the city fear …")."""
_QUANTIFIER_ASIDE = re.compile(r"\s*((?i:some|many|most|several|others))[ \t]*,[ \t]*(?:however|though|meanwhile|too|"
                               r"also|in turn|of course)[ \t]*,[ \t]*(?:(?:have|has|had|also|even)[ \t]+)?")
"""A quantifier alone as the subject, an adverb set off by commas after it ("Some, however, have suggested")."""
_CLOSING_QUOTES = frozenset(("”", '"', "’", "'"))
_PASSIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:is|are|was|were|be|been|being)(?:\s+[a-z]+ly)?\s*\Z")
_EVIDENTIAL = ("show", "found", "find", "reveal", "suggest", "indicate", "conclude")
"""Verbs of evidence (data "show", tests "found"): a comma before them closes a modifier of their subject, the
source never follows them as it may follow "said"."""
_THE_GROUP = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?[Tt]he\s+([A-Z][a-z]*[a-rt-z]s)\s*")
"""A people or a party's members by a listed plural ("The Tories", "the Palestinians"): they speak, unnamed as worded."""
_AUXILIARY = re.compile(r"[ \t]+(?:has|have|had|will|would|can|could)[ \t]+(?!been\b)(?=[a-z])")
"""An auxiliary after the subject, in the main clause a participle of saying follows ("The government has resisted
calls …, saying")."""
_PARTICIPLE_CHUNK = re.compile(r"\s*(?:[a-z]+ly\s+)?[a-z]+(?:ed|ing)\b")
_DESCRIBED_AFTER = re.compile(r",\s+(?:the|a|an)\s+[^,;:]*\Z")
_TESTIFIES = re.compile(r"\s+(?:admit|say|tell|describe|explain|claim|deny|insist|accept|confirm)\b")
