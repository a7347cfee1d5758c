"""Who said it: the subject of a claim's reporting verb. A named person, organisation or place (a government
speaking: "Sudan said"), resolved to its fullest name; "he"/"she" to the last person; "the union" to the
latest organisation with that word; "…," said X of Y to X with Y as affiliation; and unnamed sources —
"officials", "a senior diplomat", "some Republicans in the state", "state media" — kept as the text words
them and marked unnamed, so analysts can filter claims by the quality of their sourcing. Sources after the verb,
fronted before appositions or worded as any noun phrase are found by `sources.py`; the unnamed-source phrases by
`unnamed.py`; names no suggester gave by `unlisted_speakers.py`. Pure functions."""
from __future__ import annotations

import re
from collections.abc import Sequence

from annotations.suggest import Suggestion
from annotations.suggest.coreference import loose_name, pick_person
from annotations.suggest.name_words import title_words
from annotations.suggest.sources import (OF, ORG_NOUNS, PERSON_HEAD, RESEARCHERS, ROLE_OF, author_of_words,
                                         COMMERCIAL, fronted_person, joint_subject, latest_org, noun_phrase_source,
                                         previous_subject, source_after, with_affiliation)
from annotations.suggest.speaker_context import SPEAKER_TYPES, Context, Speaker, full_name
from annotations.suggest.speaker_clause import clause_start as clause_begins, last_word, strip_trailing
from annotations.suggest.speaker_phrases import (SPELLING, AGENT_NOUNS, BARE_ROLE, BODY_AFTER, CARRIED_BY, FOR_A_PERSON, STAFF_NOUNS,
                                                 GENERIC_TAIL, KIN, KIN_OF, LEADING_VERB, LINKING_ADVERB, MEMBER_OF,
                                                 PRONOUN_AFTER, QUANTIFIER_SUBJECT, QUOTED_AS, THE_PERSON, THE_ROLE,
                                                 VERB_AND_OBJECT, named_after, org_head, proper_name, researchers,
                                                 source_inside, speaks_for)
from annotations.suggest.sentence_subject import (INTRODUCED_PRONOUN, LATER_PRONOUN, SECONDARY, absolute_subject,
                                                   sentence_subject)
from annotations.suggest.speaker_pronouns import OBJECT_BEFORE, pronoun_speaker
from annotations.suggest.unlisted_speakers import APPOSITION, loose_speaker, unlisted_speaker
from annotations.suggest.unnamed import (COORDINATED, HEAD_SET, UNNAMED, UNNAMED_END, UNNAMED_OF, UNNAMED_RELATIVE,
                                         VERB_FIRST, ends_with_and_or, lower_first)

_OPEN_RELATIVE = re.compile(r",\s+who\s[^,;:]*\Z")
"""A relative clause after the subject that the writer did not close with a comma before the verb."""
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which)\b[^,;:]*,\s*\Z")
_OPEN_APPOSITION = re.compile(r"\s*,\s+(?:a|an|the|who|whose|which)\b[^,;:]*\Z")
_RELATIVE = re.compile(r"\s*,?\s+(?:who|which|that)\s*\Z")
_PRONOUN = re.compile(r"(?:^|\s)(he|she|they|it)\s*\Z", re.I)
_ORG_NOUN_SET = frozenset(ORG_NOUNS.split("|"))
_ORG_REFERENCE = re.compile(rf"(?:^|\s)(?:the|its)\s+(?:(?:[A-Za-z-]+\s+)?(?=(?:{'|'.join(sorted(COMMERCIAL))})\b))?"
                            rf"({ORG_NOUNS})\s*\Z", re.I)
"""The organisation referred to by its noun ("the union said"); a firm also with one adjective ("the German
automaker")."""
WINDOW = 160
"""How far before its verb a subject is looked for (end-anchored patterns cost grows with the text given)."""


def find_speaker(text: str, start: int, verb_start: int, verb_end: int, according: bool,
                 mentions: Sequence[Suggestion], full_names: dict[str, str], context: Context) -> Speaker | None:
    """The speaker of the reporting verb at text[verb_start:verb_end] in the sentence starting at `start`;
    `mentions` are the sentence's entity mentions outside quotes, in order."""
    named_here = [p.name or p.exact for p in mentions if p.type == "ORG" and p.end <= verb_start]
    orgs = (context.orgs or []) + named_here if named_here else context.orgs or []  # read, never changed
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
        by = source_after(text, agent.end(), mentions, full_names, orgs, phrase=passive)
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
    absolute = absolute_subject(text, start, verb_start, verb_end, mentions, full_names, context) \
        if text.startswith("ing", verb_end - 3) else None
    if absolute is not None:  # "…, with forecasters warning that": the noun phrase after "with"
        return absolute
    clause_start = max(clause_begins(text, start, verb_start), verb_start - WINDOW)
    linking = LINKING_ADVERB.match(text, clause_start, verb_start)
    if linking:  # "…; however figures issued on Thursday showed": the adverb is no part of the subject
        clause_start = linking.end()
    before = text[clause_start:verb_start]
    trimmed = strip_trailing(before)
    quoted_as = QUOTED_AS.search(trimmed, max(0, len(trimmed) - 90)) if trimmed.endswith(" as ") else None
    if quoted_as:  # "one resident was quoted as saying": the subject of the passive is the speaker
        trimmed = trimmed[:quoted_as.start()] + " "
    elif text.startswith("ing", verb_end - 3):  # "she remembered telling", "he began saying": the finite verb's subject
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
            return _described(after, text, context, full_names)
    inverted = PRONOUN_AFTER.match(text, verb_end) if saying and not trimmed.strip() else None
    if inverted:  # '"…," said he': the pronoun after the verb is its subject
        found = _subject(text, inverted.start(1), inverted.end(1), mentions, full_names, context, orgs)
        if found:
            return found
    modified = _PARTICIPLE_AFTER_SUBJECT.match(trimmed) if "ed " in trimmed and not INTRODUCED_PRONOUN.match(
        trimmed) else None  # (not "The first woman tried in X since 2003, she testified": "she" is the subject)
    if modified and "," in trimmed[modified.end():].rstrip(" \t,"):
        modified = None  # "The player died in hospital, his agent said": a clause, then the subject after its comma
    if modified:  # "A team of researchers affiliated with … in X has found", "The research, supported by X, reveals"
        phrase = noun_phrase_source(text, clause_start, clause_start + modified.end(1), mentions, full_names)
        if phrase:
            return phrase
    main = _MAIN_PRONOUN.search(trimmed, max(0, len(trimmed) - 40)) \
        if text.startswith("ing", verb_end - 3) and trimmed.rstrip().endswith(",") else None
    if main:  # "When X asked …, he declined, saying …": the participle's subject is the main clause's pronoun
        found = _subject(text, clause_start + main.start(1), clause_start + main.end(1), mentions, full_names,
                         context, orgs)
        if found:
            return found
    if SECONDARY.search(text, max(start, verb_start - 8), verb_start) or text.startswith("ing", verb_end - 3):
        found = sentence_subject(text, start, verb_start, mentions, full_names, context, places=True)
        if found:  # "X opened the debate addressing critics, stating …", "X did not respond - and concluded …"
            return found
    kin = KIN.search(trimmed, max(0, len(trimmed) - 60)) if "s " in trimmed[-60:] else None
    if kin:  # "Aitchison's father Norrie said": Norrie Aitchison
        owner = next((p for p in mentions if p.type == "PERSON" and p.start == clause_start + kin.start(1)), None)
        name = kin.group("name")
        if owner is not None and " " not in name and not kin.group("royal"):
            name = f"{name} {full_name(owner, full_names).split()[-1]}"
        return Speaker(name, "named")
    if LATER_PRONOUN.search(trimmed, max(0, len(trimmed) - 12)):
        found = sentence_subject(text, start, verb_start, mentions, full_names, context, people_only=True)
        if found:  # "X did not mention al-Sadr's movement, and he said …": the subject, not the one mentioned
            return found
    found = _subject(text, clause_start, clause_start + len(trimmed), mentions, full_names, context, orgs)
    if found:
        return found
    passive = _PASSIVE_BEFORE.search(before, max(0, len(before) - 30)) is not None  # "Combat is reported to"
    glued = text[clause_start - 1:clause_start] == "."  # a sentence the segmenter began inside ".IXIC added"
    loose = unlisted_speaker(text, trimmed, context, names_only=passive or glued)
    if loose:  # "Jo Grady, the union's leader, said", "The Nikkei reported", "Amazon said", "VW says"
        return loose
    if trimmed.rstrip().endswith(",") and not telling and not text.startswith(_EVIDENTIAL, verb_start):
        # "The route will close, said a spokesman for X" (inverted after verbs of saying, never after "show")
        after = source_after(text, verb_end, mentions, full_names, orgs, phrase=saying)
        if after:
            return after
    if not trimmed.strip():
        return None
    if not text.startswith("ing", verb_end - 3) and passive:
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
    if phrase:  # "the authors say", "one poster admitted", "photos released of the scene showed"
        return phrase
    quantifier = QUANTIFIER_SUBJECT.fullmatch(subject, comma + 1) if not text.startswith(_EVIDENTIAL, verb_start) \
        else None  # ("Some showed …" after "Thousands of documents": documents, no people)
    if quantifier:  # "Some also noted …", "Many say …": unnamed, as worded
        return Speaker(quantifier.group(1).lower(), "unnamed")
    near = [p for p in mentions if clause_start <= p.start and p.end <= verb_start and verb_start - p.end < 120
            and p.type in _NEAR_TYPES  # a place speaks only as the subject ("Sudan said"), never from afar
            and not _SPOKEN_TO.search(text, max(clause_start, p.start - 10), p.start)  # nor "spoke with CNN"
            and not _POSTED_ON.search(text, max(clause_start, p.start - 12), p.start)]  # nor "posted on Twitter"
    if near and _DESCRIBED_AFTER.search(text, near[-1].end, verb_start):
        return None  # "In the speech, first disclosed by the Times, the former mayor argued": not the Times
    if near:
        research = researchers(text, clause_start, near[-1])
        if research:  # "astronomers at the Ohio State University, Columbus, revealed": they speak, as worded
            return research
        voice = near[-1].type == "ORG" and _VOICE.search(text, max(clause_start, near[-1].start - 120),
                                                         near[-1].start) is not None
        return Speaker(full_name(near[-1], full_names), "named", voice=voice)
    return None


def _described(speaker: Speaker, text: str, context: Context, full_names: dict[str, str]) -> Speaker:
    """A definite role after the verb ('"…," said the actor') as the person the text gave that role, else as the
    subject of the sentence before, as "The actor said" opening a sentence is; any other speaker as it is."""
    if speaker.kind != "unnamed" or not speaker.name.startswith("the ") or not THE_ROLE.match("The" + speaker.name[3:]):
        return speaker
    role = speaker.name.split()[-1]
    named = context.roles.get(role) or previous_subject(text, context, full_names)
    return Speaker(named, "named") if named else speaker


_BY_AGENT = re.compile(r"\s+by(?=\s)")
"""After a past participle of saying: its agent follows ("described by the Washington Post as …")."""
_HEARD_FROM = re.compile(r"[ \t]+(?:(?:evidence|testimony|submissions)[ \t]+)?from(?=[ \t])")
_THAT = re.compile(r"[ \t]+that\b")
_OBJECT_PRONOUN = re.compile(r"\s+(him|her)\b(?!\s+[a-z])", re.I)
_SPOKEN_TO = re.compile(r"(?<![\w'’-])(?:to|with|against|toward|towards)\s+\Z")
"""Before whom a subject speaks to or with: not the speaker ("His uncle spoke with CNN … and said"); "a survey by X"
is X's."""
_POSTED_ON = re.compile(r"(?<![\w'’-])(?:posted|wrote|said|tweeted|announced|appeared|published)\s+on\s+\Z")
"""Where a statement went out ("posted on Twitter accusing", "wrote on Facebook"): the platform, not the speaker."""
_NEAR_TYPES = ("PERSON", "ORG")
"""Who may speak from somewhere else in the clause than right before the verb: a place there is an object or a
setting ("his travel ban, which does not cover Afghanistan, and … that critics blame"; "…, Prince Harry told
reporters in London on a visit"), unlike a person or an organisation named there."""


def _subject(text: str, clause_start: int, end: int, mentions: Sequence[Suggestion], full_names: dict[str, str],
             context: Context, orgs: list[str]) -> Speaker | None:
    """The subject before a reporting verb (text[clause_start:end]); `orgs` are the organisations named so far,
    this sentence's included (in place of `context.orgs`)."""
    fronted = fronted_person(text, clause_start, end, mentions)
    if fronted is not None:
        return with_affiliation(text, fronted, [p for p in mentions if fronted.end < p.start and p.end <= end],
                                 full_names)
    before = text[clause_start:end]
    companions = _COMPANIONS.search(before, max(0, len(before) - 40)) if " and " in before[-40:] else None
    if companions:  # "he and his co-authors predicted": the first named speaks
        end = clause_start + companions.start()
        before = text[clause_start:end]
    previous_cut = relative_clause = False
    for i in range(3):  # "Eric Reeves, a Sudan researcher at Smith College, said"; "MPs who said"
        tail = before.rstrip()[-1:]
        cut = None
        if tail in (",", "–", "—", "-"):
            cut = APPOSITION.search(before, max(0, len(before) - 120))
        elif i > 0 and previous_cut:  # "Luo Huining, the new director of X, in a speech, praised"
            cut = _OPEN_APPOSITION.search(before, max(0, len(before) - 120))
        elif last_word(before) in ("who", "which", "that"):
            cut = _RELATIVE.search(before, max(0, len(before) - 12))
            relative_clause = relative_clause or cut is not None
        previous_cut = cut is not None
        if cut is None:
            break
        end = clause_start + cut.start()
        before = text[clause_start:end]
    open_relative = _OPEN_RELATIVE.search(before, max(0, len(before) - 120)) if ", who " in before[-120:] else None
    if open_relative and not source_inside(before[open_relative.start():].split()[2:]):
        # "Evan Kohlmann, who tracks jihadi sites for NBC News said": the person before "who" (but "John Smith, who
        # police said was 34": the source is inside the clause)
        person = next((p for p in mentions if p.type == "PERSON" and p.end == clause_start + open_relative.start()),
                      None)
        if person is not None:
            return Speaker(full_name(person, full_names), "named")
    last = [p for p in mentions if clause_start <= p.start and p.end <= end
            and not (p.type == "ORG" and _POSTED_ON.search(text, max(clause_start, p.start - 12), p.start))]
    if last and last[-1].type == "ORG" and GENERIC_TAIL.fullmatch(text, last[-1].end, end):
        end = last[-1].end  # "Lynn Boylan of the Sinn Féin party tweeted": the party's name is the end
    member = MEMBER_OF.fullmatch(text, clause_start, last[0].start) \
        if len(last) == 1 and last[0].type == "ORG" and not text[last[0].end:end].strip(" \t,") else None
    if member and loose_name(member.group(1)) and proper_name(member.group(1)):
        # "Dodds of Time Magazine points out": a person the suggester missed (not "Analysts at Goldman Sachs")
        return Speaker(member.group(1), "named", affiliation=full_name(last[0], full_names))
    body = BODY_AFTER.fullmatch(text, last[-1].end, end) if last and last[-1].type == "PLACE" else None
    if body and not OBJECT_BEFORE.search(text, max(clause_start, last[-1].start - 10), last[-1].start):
        return Speaker(f"{full_name(last[-1], full_names)} {body.group(1)}", "named")  # "the Comoros government"
    stands_for = speaks_for(text, last, end, full_names, context.roles) if last else None
    if stands_for is not None:  # "Russia's representative at the UN said", "The Duke of Edinburgh said"
        return stands_for
    on_behalf = FOR_A_PERSON.search(text, max(clause_start, last[-1].start - 40), last[-1].start) \
        if last and last[-1].type == "PERSON" and not text[last[-1].end:end].strip(" \t’'s,") else None
    if on_behalf:  # "The family of John Smith, who died in the crash, said", "Lawyers for Maria Ruiz said"
        return Speaker(lower_first(text[on_behalf.start():last[-1].end], text, on_behalf.start()), "unnamed")
    if last and last[-1].type in SPEAKER_TYPES:
        body = _POSSESSED.fullmatch(text, last[-1].end, end) if text.startswith(("’", "'"), last[-1].end, end) \
            else None
        if body:  # "Bloomberg's campaign countered": a body of that person or organisation, named
            return Speaker(text[last[-1].start:last[-1].end + len(body.group(0).rstrip())], "named")
        kin = KIN_OF.fullmatch(text, last[-1].end, end) if text.startswith(("’", "'"), last[-1].end, end) \
            else None
        if kin and last[-1].type != "PERSON" and kin.group(1) in AGENT_NOUNS | STAFF_NOUNS:
            kin = None  # "Apple's spokesman said", "NASA's scientists": the organisation speaks, as "a spokesman for
            # Apple" does (the gold gives "Scientology officials" to the church)
        if kin:  # "Kazemi's uncle told CNN": the uncle, unnamed, as worded — not Kazemi
            titled = _TITLE_WORD.search(text, max(clause_start, last[-1].start - 24), last[-1].start)
            first = titled.start(1) if titled and titled.group(1).rstrip(".") in title_words() else last[-1].start
            return Speaker(text[first:last[-1].end + len(kin.group(0).rstrip())], "unnamed")
    joint = joint_subject(text, clause_start, last, end, full_names) if len(last) > 1 else None
    if joint is not None:  # "Ehud Olmert and Mahmoud Abbas said", "both Roscosmos and NASA said": as the text joins them
        return joint
    if last and not text[last[-1].end:end].strip(" \t’'s,") and last[-1].type in SPEAKER_TYPES \
            and not _example(text, max(clause_start, last[-1].start - 16), last[-1].start):
        nearest = last[-1]
        if nearest.type != "PERSON" and len(last) > 1 and last[-2].type == "PERSON" \
                and (OF.fullmatch(text[last[-2].end:nearest.start])
                     or ROLE_OF.fullmatch(text, last[-2].end, nearest.start)):
            return Speaker(full_name(last[-2], full_names), "named", affiliation=full_name(nearest, full_names))
        group = UNNAMED_OF.search(text, max(clause_start, nearest.start - 60), nearest.start) \
            if nearest.type == "PLACE" else None
        if group:  # "Republicans in Western North Carolina"
            return Speaker(lower_first(text[group.start():nearest.end], text, group.start()), "unnamed")
        research = researchers(text, clause_start, nearest)
        if research:  # "astronomers at the Ohio State University, Columbus": they speak, not the university
            return research
        if not (text[nearest.end:end].strip() and nearest.type != "PERSON"):
            voice = nearest.type == "ORG" and _VOICE.search(text, max(clause_start, nearest.start - 120),
                                                            nearest.start) is not None
            return Speaker(full_name(nearest, full_names), "named", voice=voice)
    final = last_word(before)
    pronoun = _PRONOUN.search(before, max(0, len(before) - 8)) if final in ("he", "she", "they", "it") else None
    if pronoun:  # "he said", "they said", "it said": whom the pronoun stands for
        return pronoun_speaker(text, clause_start, before, pronoun.group(1).lower(), last, mentions, full_names,
                               context, orgs)
    described = _DESCRIPTION.search(before, max(0, len(before) - 50)) if final in context.roles else None
    if described:  # "the billionaire said", after "billionaire Ada Moe"
        return Speaker(context.roles[final], "named")
    if THE_ROLE.match(before):  # "Danny Fitzsimons … gave evidence. The security contractor said": him
        subject = previous_subject(text, context, full_names)
        if subject:
            return Speaker(subject, "named")
    if context.last_person and THE_PERSON.search(before, max(0, len(before) - 30)):
        return Speaker(context.last_person, "named")  # "…, the Malawian told Al Jazeera", "the 45-year-old said"
    reference = _ORG_REFERENCE.search(before, max(0, len(before) - 40)) if final in _ORG_NOUN_SET else None
    if reference:
        noun = reference.group(1).lower()
        named = latest_org(orgs, noun) if noun in COMMERCIAL else \
            next((o for o in reversed(orgs) if noun in o.casefold().split()), None)  # "the German automaker": the firm
        if named is not None:
            return Speaker(named, "named")
    elif final.isalpha() and len(final) > 2 and orgs:
        stripped = before.rstrip()
        determiner = stripped[max(0, len(stripped) - len(final) - 5):len(stripped) - len(final)].lower()
        definite = determiner.endswith((" the ", " its ")) or determiner in ("the ", "its ")
        named = next((o for o in reversed(orgs) if org_head(o) == SPELLING.get(final, final)), None) \
            if definite else None
        if named is not None:  # "the Church denied", after "the Church of Scientology": the organisation's head noun
            return Speaker(named, "named")
    words = before.casefold().split()[-9:]
    unnamed = UNNAMED_END.search(before, max(0, len(before) - 90)) \
        if any(w.strip(",;:") in HEAD_SET for w in words) else None
    if unnamed is None and (" who " in before or " that " in before):  # "fishermen who spoke on Tuesday said"
        relative = UNNAMED_RELATIVE.search(before, max(0, len(before) - 140))
        if relative:
            phrase = relative.group(1).strip()
            return Speaker(lower_first(phrase, text, clause_start + relative.start(1)), "unnamed")
    if unnamed and not relative_clause and _PREPOSITION_BEFORE.search(before, max(0, unnamed.start() - 12), unnamed.start()):
        unnamed = None  # "X's analysis of its own statistics concluded": the object of "of" is not the subject
        # (but "a string of Tory MPs who said": the antecedent of "who" may be)
    if unnamed:
        verb_first = VERB_FIRST.match(before, unnamed.start())
        if verb_first:  # "has roiled some Republicans in the state who suspect": not the verb
            unnamed = UNNAMED.match(before, verb_first.end()) or unnamed
        phrase = unnamed.group(0).strip()
        listed = COORDINATED.search(before, max(0, unnamed.start() - 120), unnamed.start()) \
            if ends_with_and_or(before, unnamed.start()) else None
        if listed:  # "Black voters, campaign organizers and veteran volunteers said"
            unnamed = listed
            phrase = before[listed.start():].strip()
        head = clause_start + len(before[:unnamed.start()].rstrip())
        appositive = [p for p in last if p.end <= head and p.type == "PERSON"]
        if appositive and text[appositive[-1].end:head] == ",":  # "Ada Moe, CEO of Harbour Ltd, said"
            return Speaker(full_name(appositive[-1], full_names), "named")
        inside = [p for p in last if unnamed.start() + clause_start <= p.start]
        author = [p for p in inside if p.type == "ORG"] if not RESEARCHERS.match(phrase) else []
        if author:  # "a new CBS News poll", "a spokesperson for the Ferry Company": the organisation speaks
            return Speaker(full_name(author[-1], full_names), "named", voice=PERSON_HEAD.search(phrase) is not None)
        if not any(p.type == "PERSON" for p in inside):
            return Speaker(lower_first(phrase, text, clause_start + unnamed.start()), "unnamed")
    referred = latest_org(orgs, reference.group(1).lower()) if reference and orgs else None
    return Speaker(referred, "named") if referred is not None else None  # "the company": no ministry


_PARTICIPLE_AFTER_SUBJECT = re.compile(
    r"\s*((?i:the|a|an|one|some|this|these|its|their)\s+(?:(?!(?:is|are|was|were|has|have|had|be|been|being|who|"
    r"which|that)\b)[a-z-]+\s+){0,4}?(?!(?:is|are|was|were|be|been|being)\b)[a-z-]+),?\s+[a-z]+ed\s+"
    r"(?:by|with|in|from|to|for|at)\b")
"""A subject whose noun phrase a participle phrase follows ("A team of researchers affiliated with …", "The
research, supported by …"): the names inside that phrase are not the speaker; the phrase before it is."""
_MAIN_PRONOUN = re.compile(r"(?:^|,\s+)([Hh]e|[Ss]he)\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*\Z")
"""Before a participle of saying: the main clause, a pronoun and its verb ("…, he declined, saying")."""
_INVERTING = frozenset("commented remarked quipped stated declared countered observed "
                       "said says told tells added adds wrote writes asked explained noted recalled recalls remembers "
                       "recounted replied responded "
                       "continued warned argued insisted claimed reported note notes argue argues posit posits".split())
"""Verbs of saying, after which the source may follow ("…," said a spokesman; "…," wrote the post's author)."""
_PASSIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:is|are|was|were|be|been|being)(?:\s+[a-z]+ly)?\s*\Z")
_EVIDENTIAL = ("show", "found", "find", "reveal", "suggest", "indicate", "conclude")
"""Verbs of evidence (data "show", tests "found"): a comma before them closes a modifier of their subject, the
source never follows them as it may follow "said"."""
_PARTICIPLE_CHUNK = re.compile(r"\s*(?:[a-z]+ly\s+)?[a-z]+(?:ed|ing)\b")
_EXAMPLE_BEFORE = re.compile(r"(?<![\w'’-])(?:such\s+as|including)\s+(?:the\s+)?\Z")
"""Before a name that is an example inside the subject ("other sites such as X have stated"): not the subject."""


def _example(text: str, start: int, end: int) -> bool:
    """`_EXAMPLE_BEFORE` in text[start:end] (at most 16 characters), tried only where "as " or "ing " occurs
    (most subjects: never)."""
    seg = text[start:end]
    return ("as " in seg or "ing " in seg) and _EXAMPLE_BEFORE.search(text, start, end) is not None
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’-])(?:of|in|on|for|from|at|by|with|about)\s+\Z")
_DESCRIPTION = re.compile(r"(?:^|\s)the\s+(?:[a-z][\w-]*\s+){0,2}[a-z-]+\s*\Z", re.I)
"""A definite description as the subject: "the former mayor", "the billionaire"."""
_DESCRIBED_AFTER = re.compile(r",\s+(?:the|a|an)\s+[^,;:]*\Z")
_TESTIFIES = re.compile(r"\s+(?:admit|say|tell|describe|explain|claim|deny|insist|accept|confirm)\b")
_TITLE_WORD = re.compile(r"(?<![\w'’-])([A-Z][a-z]+\.?)\s+\Z")
"""The capitalised word right before a name: a title when `title_words` lists it ("President Trump's advisers")."""
_COMPANIONS = re.compile(r"\s+and\s+(?:his|her|their|its)\s+(?:[a-z-]+\s+)?[a-z-]+\s*\Z")
_POSSESSED = re.compile(r"[’']s?\s+(?:[a-z]+\s+)?(?:campaign|office|administration|team|government|ministry|"
                        r"cabinet|department)\s*")
"""A person's or organisation's body speaking: "Bloomberg's campaign", "the mayor's office", "China's commerce
ministry"."""
_VOICE = re.compile(rf"(?:{PERSON_HEAD.pattern})\s+(?:for|of|at|from)\s+(?:the\s+)?[A-Z][^,;:]*\Z", re.I)
"""Before an organisation's name: "a spokesman for (the) …" — the organisation speaks through a person."""