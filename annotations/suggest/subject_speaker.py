"""The speaker a reporting verb's subject names, read from the words before the verb: a fronted person and their
affiliation, a name after appositions and relative clauses are cut off ("Eric Reeves, a Sudan researcher at Smith
College, said"), a body of a named one ("Bloomberg's campaign"), kin ("Kazemi's uncle"), joint subjects, a
pronoun, a definite description ("the billionaire"), an organisation's noun ("the union") and unnamed sources
("officials in Kabul"). Split out of `speakers.py`, which finds the verb's clause and tries the constructions
around it first. Pure functions."""
from __future__ import annotations

import re
from collections.abc import Sequence

from annotations.suggest import Suggestion
from annotations.suggest.coreference import loose_name
from annotations.suggest.joint_speakers import joint_subject
from annotations.suggest.named_makers import document_maker, document_sender, outlet_subject
from annotations.suggest.name_words import CREDENTIALS, POST_NOMINALS, title_words
from annotations.suggest.org_references import (COMMERCIAL, ORG_NOUN_SET, ORG_REFERENCE, SUBORDINATOR,
                                                 WHOSE, described_body, latest_org, office_of, referred_voice,
                                                 salient_orgs, sentence_subject_org)
from annotations.suggest.shares import share_speaker
from annotations.suggest.sources import (OF, PERSON_HEAD, RESEARCHERS, ROLE_OF, fronted_person, previous_subject,
                                         with_affiliation)
from annotations.suggest.speaker_context import SPEAKER_TYPES, Context, Speaker, full_name
from annotations.suggest.speaker_clause import last_word
from annotations.suggest.speaker_phrases import (AGENT_NOUNS, BODY_AFTER, FOR_A_PERSON, GENERIC_TAIL, KIN_OF, MEMBER_OF,
                                                 SPELLING, STAFF_NOUNS, THE_NATIONAL, THE_PERSON, THE_ROLE,
                                                 aged_person, org_head, proper_name, researchers, source_inside,
                                                 speaks_for)
from annotations.suggest.speaker_pronouns import OBJECT_BEFORE, pronoun_speaker
from annotations.suggest.unlisted_speakers import APPOSITION
from annotations.suggest.unnamed import (COORDINATED, FOLLOWER_AFTER, HEAD_SET, IN_THE_KNOW, MEMBERS_AFTER, UNNAMED,
                                         UNNAMED_END, UNNAMED_OF, UNNAMED_RELATIVE, VERB_FIRST, ends_with_and_or,
                                         head_noun, lower_first)


_WORK_BY = re.compile(r"[ \t]*(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:(?:[a-z-]+|\d{4})[ \t]+)?(?:story|report|article|"
                      r"column|piece|paper|study|book|op-ed|essay|analysis|investigation|review|letter)[ \t]+by[ \t]+")
"""A work by someone opening the subject ("A story by Ada Moe …", "A 2021 paper by …"): its author speaks."""
_QUANTIFIER_IN = re.compile(r"(?<![\w'’-])(?:[Mm]any|[Ss]ome|[Mm]ost|[Oo]thers|[Ff]ew|[Ss]everal|[Tt]hose)[ \t]+"
                            r"(?:in|from|across)[ \t]+(?:the[ \t]+)?\Z")
"""A quantifier and where its people are ("Many in Hong Kong fear that"): unnamed people there, not the place."""
_GENERIC_BODIES = frozenset(("Ministry", "Department"))
"""The heads of a government body named by its field alone ("Health Ministry", "Defense Department"): the country's
possessive before it belongs to the name ("Gaza’s Health Ministry", "Japan’s Defense Ministry")."""
_FORMER = re.compile(r"\b(?:former|ex-|retired)\b", re.I)


def subject_speaker(text: str, clause_start: int, end: int, mentions: Sequence[Suggestion],
                    full_names: dict[str, str], context: Context, orgs: list[str]) -> Speaker | None:
    """The subject before a reporting verb (text[clause_start:end]); `orgs` are the organisations named so far,
    this sentence's included (in place of `context.orgs`)."""
    fronted = fronted_person(text, clause_start, end, mentions)
    if fronted is not None:
        return with_affiliation(text, fronted, [p for p in mentions if fronted.end < p.start and p.end <= end],
                                 full_names)
    share = share_speaker(text, clause_start, end, mentions)
    if share is not None:  # "More than half (57 percent) said", "Forty-eight percent of respondents said"
        return share
    made = document_maker(text, clause_start, end, mentions, full_names)
    if made is not None and not any(p.type in ("PERSON", "ORG") and made[1] <= p.start < end for p in mentions) \
            and "," not in text[made[1]:end]:
        return made[0]  # "A Brookings 2021 analysis of the “geography of AI” called": its maker
    work = _WORK_BY.match(text, clause_start, end)
    writer = next((p for p in mentions if work is not None and p.start == work.end() and p.type == "PERSON"), None)
    if writer is not None and (text.startswith(("'s", "’s", " and ", ",", "'", "’"), writer.end) or any(
            p.type == "PERSON" and writer.end < p.start and p.end <= end for p in mentions)):
        writer = None  # ("A letter by Ada Moe's lawyer", "A review by A and B", "A paper by A was cited by B, who")
    if writer is not None:  # "A story by Ada Moe published in the New York Times reported": its author
        return Speaker(full_name(writer, full_names), "named")
    lettered = next((p for p in mentions if p.type == "PERSON" and clause_start <= p.start and p.end < end
                     and (_POST_NOMINAL.fullmatch(text, p.end, end) or _CREDENTIALED.fullmatch(text, p.end, end))),
                    None) if end - clause_start > 4 else None
    if lettered is not None:  # "Jane Pell MP said", "Jonathan Reeve KC, for the prosecution, said": the name
        end = lettered.end
    before = text[clause_start:end]
    apposed = _named_in_apposition(text, clause_start, end, mentions) if before.rstrip().endswith(",") else None
    if apposed is not None:  # "One survivor, 23-year-old Mohammed Darwish, said": the text names the one described
        return Speaker(full_name(apposed, full_names), "named")
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
            if cut is not None and _LEADING_ADVERBIAL.fullmatch(before, 0, cut.start()):
                cut = None  # "On Monday, the People's Daily, the mouthpiece of X, warned": the subject after the time
            elif cut is not None and not _ENDS_IN_NAME.search(before, 0, cut.start()):
                cut = None  # "X has resigned, the Supreme Council …, now in control of …, announced": a clause
                # before it, no name the apposition could be of
        elif last_word(before) in ("who", "which", "that"):
            cut = _RELATIVE.search(before, max(0, len(before) - 12))
            relative_clause = relative_clause or cut is not None
        previous_cut = cut is not None and (cut.re is not APPOSITION or cut.group("participle") is None)
        # (after "X, based in Y," no second aside is looked for: "whose think tank, the Foundation for …, based in
        # Naples, wrote")
        if cut is None:
            break
        end = clause_start + cut.start()
        before = text[clause_start:end]
    bracket = _PARTY_AND_STATE.search(before, max(0, len(before) - 40)) if before.rstrip().endswith(")") else \
        _PARTY_TAG.search(before, max(0, len(before) - 30)) if "-" in before[-30:] else None
    bracketed = next((p for p in mentions if p.type == "PERSON" and p.end == clause_start + bracket.start()), None) \
        if bracket is not None else None
    if bracketed is not None:  # "Sen. Joe Manchin (D-W.Va.), a frequent critic of …, said": the senator
        return Speaker(full_name(bracketed, full_names), "named")
    open_relative = _OPEN_RELATIVE.search(before, max(0, len(before) - 120)) if ", who " in before[-120:] else None
    if open_relative and not source_inside(before[open_relative.start():].split()[2:]):
        # "Evan Kohlmann, who tracks jihadi sites for NBC News said": the person before "who" (but "John Smith, who
        # police said was 34": the source is inside the clause)
        person = next((p for p in mentions if p.type == "PERSON" and p.end == clause_start + open_relative.start()),
                      None)
        if person is not None:
            return Speaker(full_name(person, full_names), "named")
    which = _OPEN_WHICH.search(before, max(0, len(before) - 160)) if ", which " in before[-160:] else None
    listing = next((p for p in mentions if which is not None and p.type == "ORG"
                    and p.end == clause_start + which.start()), None)
    if listing is not None:  # "The Making Decisions Alliance, which includes the Alzheimer's Society, …, Mencap and
        return Speaker(full_name(listing, full_names), "named")  # the National Autistic Society, said": the alliance
    sender = document_sender(text, clause_start, end, mentions, full_names) if ", from " in before else None
    if sender is not None:  # "The letter, from the Home Office, says": its sender
        return sender
    last = [p for p in mentions if clause_start <= p.start and p.end <= end
            and not (p.type == "ORG" and POSTED_ON.search(text, max(clause_start, p.start - 12), p.start))]
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
    if on_behalf and _VOICE_FOR.match(text, on_behalf.start(), last[-1].start):
        return Speaker(full_name(last[-1], full_names), "named")  # "A spokesman for Arkwright said": his words
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
        if nearest.type == "PLACE" and len(last) > 1 and last[-2].type == "ORG" \
                and _IN_PLACE.fullmatch(text, last[-2].end, nearest.start):
            nearest = last[-2]  # "The US Embassy in Kyiv wrote": the embassy, where it is
        person = next((p for p in last if p.type == "PERSON"), None) if nearest.type == "PLACE" else None
        if person is not None and person is not nearest and _LOCATIVE.search(text, max(0, nearest.start - 7),
                                                                             nearest.start) \
                and person.start - clause_start < 40 and "," not in text[clause_start:nearest.start] \
                and (_OF_BODY.match(text, person.end) or _PERSON_IN.fullmatch(text, person.end, nearest.start)
                     and not _BEFORE_PERSON.search(text, clause_start, person.start)):
            # "Ira Katz of Little Five Points Pharmacy in Atlanta told": the person, not where the body is; "Walaa Al
            # Ghussein in Gaza tweeted": the person, not where she is
            return Speaker(full_name(person, full_names), "named")
        if nearest.type == "PLACE" and len(last) > 1 and last[-2].type == "ORG" \
                and _OF_PLACE.fullmatch(text, last[-2].end, nearest.start):
            # "the U.S. Attorney's Office for the Western District of New York said": the body, its place in its name
            return Speaker(text[last[-2].start:nearest.end], "named")
        before_it = [p for p in last[:last.index(nearest)] if not text.startswith("-based", p.end)]
        if nearest.type != "PERSON" and before_it and before_it[-1].type == "PERSON" \
                and (OF.fullmatch(text[before_it[-1].end:nearest.start])
                     or ROLE_OF.fullmatch(text, before_it[-1].end, nearest.start)):
            # "Ada Moe of Harbour Ltd said" (and "of the Brussels-based Harbour Ltd": the place is no mention here)
            return Speaker(full_name(before_it[-1], full_names), "named", affiliation=full_name(nearest, full_names))
        group = (UNNAMED_OF.search(text, max(clause_start, nearest.start - 60), nearest.start)
                 or _QUANTIFIER_IN.search(text, max(clause_start, nearest.start - 20), nearest.start)) \
            if nearest.type == "PLACE" else None
        if group:  # "Republicans in Western North Carolina", "Many in Hong Kong"
            return Speaker(lower_first(text[group.start():nearest.end], text, group.start()), "unnamed")
        research = researchers(text, clause_start, nearest)
        if research:  # "astronomers at the Ohio State University, Columbus": they speak, not the university
            return research
        setting = nearest.type == "PLACE" and nearest.start - clause_start > 40 and _IN_A_PLACE.search(
            text, max(clause_start, nearest.start - 30), nearest.start) is not None
        lead = text.rfind(", ", clause_start, nearest.start)  # (after a leading clause: "On Monday, sources close to")
        at = clause_start if lead < 0 or IN_THE_KNOW.match(text, clause_start, nearest.start) else lead + 2
        knowing = IN_THE_KNOW.match(text, at, nearest.start)  # ("one source close to Trump": a person too)
        knowing = knowing or _EMPTY_HEAD_WHO.match(text, at, nearest.start)  # "Those who know Ada Moe said": them
        if knowing is not None and not text[nearest.end:end].strip():  # "People familiar with Google said": them,
            opens = at + len(text[at:nearest.end]) - len(text[at:nearest.end].lstrip())  # not Google (as "people
            return Speaker(lower_first(text[opens:nearest.end], text, opens), "unnamed")  # familiar with Google's plans")
        polled = (_POLLED_BY.search(text, max(at, nearest.start - 24), nearest.start)
                  or _SEATED_ON.search(text, max(at, nearest.start - 8), nearest.start)) \
            if not text[nearest.end:end].strip() and nearest.type == "ORG" else None
        if polled is not None and UNNAMED.fullmatch(text, at, at + len(text[at:polled.start()].rstrip())):
            # "Economists polled by Reuters said", "Democrats on the House Armed Services Committee said":
            return Speaker(lower_first(text[at:nearest.end].strip(), text, at), "unnamed")  # them, as worded
        owner = before_it[-1] if before_it and before_it[-1].type == "PLACE" else None
        if owner is not None and nearest.type == "ORG" and text.startswith(("’s ", "'s "), owner.end) \
                and owner.end + 3 == nearest.start and nearest.exact.split()[-1] in _GENERIC_BODIES \
                and len(nearest.exact.split()) == 2 and not text[nearest.end:end].strip():
            return Speaker(text[owner.start:nearest.end], "named")  # "Gaza’s Health Ministry said": whose ministry
        if not setting and not (text[nearest.end:end].strip() and nearest.type != "PERSON"):
            voice = nearest.type == "ORG" and VOICE.search(text, max(clause_start, nearest.start - 120),
                                                            nearest.start) is not None
            return Speaker(full_name(nearest, full_names), "named", voice=voice)
    final = last_word(before)
    pronoun = _PRONOUN.search(before, max(0, len(before) - 8)) if final in ("he", "she", "they", "it") else None
    if pronoun:  # "he said", "they said", "it said": whom the pronoun stands for
        return pronoun_speaker(text, clause_start, before, pronoun.group(1).lower(), last, mentions, full_names,
                               context, orgs)
    described_as = described_body(before, context.roles) if final in ORG_NOUN_SET else None
    if described_as is not None:  # "The New York-based group said", after "Human Rights Watch, a New York-based group,"
        return Speaker(described_as, "named")
    role = final if final in context.roles else final.rsplit("-", 1)[-1]  # ("the singer-songwriter": songwriter)
    described = _DESCRIPTION.search(before, max(0, len(before) - 50)) if role in context.roles else None
    if described and _PREPOSITION_BEFORE.search(before, 0, described.start() + before[described.start()].isspace()):
        described = None  # "A friend of the actor told": the friend speaks, not the actor
    if described and role in ORG_NOUN_SET and context.roles[role] not in (orgs[-1] if orgs else None,
                                                                          context.spoke_org):
        described = None  # "Amnesty, a rights group, … Greenpeace joined the protest. The group said": not Amnesty
    if described:  # "the billionaire said", after "billionaire Ada Moe"; "the charity said", after "Oxfam, a charity,"
        return Speaker(context.roles[role], "named")
    if THE_ROLE.match(before):  # "Danny Fitzsimons … gave evidence. The security contractor said": him
        subject = previous_subject(text, context, full_names)
        if subject:
            return Speaker(subject, "named")
    if context.last_person and THE_NATIONAL.search(before, max(0, len(before) - 40)) and context.previous \
            and len({p.exact for p in context.previous[1] if p.type == "PERSON"}) == 1:
        return Speaker(context.last_person, "named")  # "Marta Lindgren won. The 31-year-old Swede said": her
    described_by = THE_PERSON.search(before, max(0, len(before) - 30)) if context.last_person else None
    if described_by is not None:  # "…, the Malawian told Al Jazeera", "the 45-year-old said"
        aged = _AGE.search(described_by.group(0))
        given = aged_person(text, clause_start, aged.group(0), context.recent) if aged else None
        return Speaker(given or context.last_person or "", "named")  # ("the 58-year-old": who was given that age)
    outlet = outlet_subject(before, orgs, context.spoke_org)
    if outlet is not None:  # "The outlet said", after "Bloomberg News reported": the latest news outlet named
        return outlet
    reference = ORG_REFERENCE.search(before, max(0, len(before) - 40)) if final in ORG_NOUN_SET else None
    whose = WHOSE.search(reference.group(0)) if reference else None
    if whose is not None and reference is not None and office_of(whose.group(1), reference.group(1), orgs) is None:
        reference = None  # "the sheriff's office said", no sheriff's office named: as before, not another office
    if reference:
        noun = reference.group(1).lower()
        if noun in COMMERCIAL:  # "the German automaker": the firm — the sentence's subject first ("X agreed to buy
            # Y, the company said": X, not the object named last)
            subject = sentence_subject_org(text, clause_start, before, reference.start(), mentions, full_names)
            spoken_of = {full_name(p, full_names) for p in mentions if p.type == "ORG" and p.start >= end}
            here = [full_name(p, full_names) for p in mentions if p.type == "ORG" and p.end <= clause_start
                    + reference.start()] if SUBORDINATOR.search(before, 0, reference.start() + 1) else []
            # ("Shares in Barclays rose after the bank said": Barclays, named in the clause the reference depends on,
            # after the one that spoke before; not ", the company said" closing a sentence about a customer)
            salient = [o for o in salient_orgs(orgs, context) if o not in here] + here
            named = (latest_org([subject], noun) if subject is not None else None) \
                or latest_org([o for o in salient if o not in spoken_of], noun)
            # ("the company said AOL's profit rose": not AOL, of which it speaks)
        else:
            named = office_of(whose.group(1), noun, orgs) if whose is not None else \
                next((o for o in reversed(orgs) if noun in o.casefold().split()), None)
        if named is not None:
            return Speaker(named, "named")
    elif final.isalpha() and len(final) > 2 and orgs:
        stripped = before.rstrip()
        determiner = stripped[max(0, len(stripped) - len(final) - 5):len(stripped) - len(final)].lower()
        definite = determiner.endswith((" the ", " its ")) or determiner in ("the ", "its ")
        modifier = _MODIFIED_HEAD.search(stripped, max(0, len(stripped) - len(final) - 30)) if not definite else None
        named = next((o for o in reversed(orgs) if org_head(o) == SPELLING.get(final, final)
                      and (modifier is None or modifier.group(1) in o.casefold().split()
                           and modifier.group(1) not in _GENERIC_MODIFIERS)), None) \
            if definite or modifier is not None else None
        if named is not None:  # "the Church denied", after "the Church of Scientology": the organisation's head noun
            return Speaker(named, "named")
    words = before.casefold().split()[-9:]
    unnamed = UNNAMED_END.search(before, max(0, len(before) - 90)) \
        if any(w.strip(",;:") in HEAD_SET for w in words) else None
    if unnamed and unnamed.group(0).rstrip().endswith((" and", " or", " but")):
        unnamed = None  # "X commended the officers for their vigilance and warned": a second verb, no subject
    elif unnamed and not relative_clause and _PREPOSITION_BEFORE.search(before, max(0, unnamed.start() - 12),
                                                                        unnamed.start()):
        conjunct = _LAST_CONJUNCT.search(before, unnamed.start(), unnamed.end())
        unnamed = UNNAMED.match(before, conjunct.start(1)) if conjunct is not None else None
        if unnamed is not None and before[unnamed.end():].strip():
            unnamed = None  # "X's analysis of its own statistics concluded": the object of "of" is not the subject
        # (but "a string of Tory MPs who said": the antecedent of "who" may be; "children live with families in
        # the UK and carers have said": a new clause's subject after "and")
        if " who " in before or " that " in before:  # "officials in Kabul who spoke to reporters said": them
            relative = UNNAMED_RELATIVE.search(before, max(0, len(before) - 140))
            if relative:
                return Speaker(lower_first(_relative_source(relative), text, clause_start + relative.start(1)),
                               "unnamed")
    elif unnamed is None and (" who " in before or " that " in before):  # "fishermen who spoke on Tuesday said"
        relative = UNNAMED_RELATIVE.search(before, max(0, len(before) - 140))
        if relative:
            return Speaker(lower_first(_relative_source(relative), text, clause_start + relative.start(1)), "unnamed")
    if unnamed:
        verb_first = VERB_FIRST.match(before, unnamed.start())
        if verb_first:  # "has roiled some Republicans in the state who suspect": not the verb
            unnamed = UNNAMED.match(before, verb_first.end()) or unnamed
        reified = _REIFIED.match(before, unnamed.start()) if before[:unnamed.start()].rstrip().endswith(",") else None
        if reified is not None:  # "…, a measure supporters said was needed": the supporters (the measure is what
            unnamed = UNNAMED.match(before, reified.end()) or unnamed  # they spoke of, a relative left unsaid)
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
        inside = [p for p in last if unnamed.start() + clause_start < p.end]  # (or straddling it: "PG&E officials")
        author = [p for p in inside if p.type == "ORG" and not FOLLOWER_AFTER.match(text, p.end)
                  and not MEMBERS_AFTER.match(text, p.end) and not _SEATED_ON.search(text, max(0, p.start - 8), p.start)
                  and not _POLLED_BY.search(text, max(0, p.start - 24), p.start)] \
            if not (RESEARCHERS.match(phrase) or _FORMER.search(phrase) or IN_THE_KNOW.match(phrase)) \
            else []  # ("Apple customers": not Apple; "a Pew survey of Facebook users": Pew)  # (a former employee speaks for no one: "a former DPWH district engineer said"; nor do "people
        # familiar with Google's plans")
        if author:  # "a new CBS News poll", "a spokesperson for the Ferry Company": the organisation speaks
            return Speaker(full_name(author[-1], full_names), "named", voice=PERSON_HEAD.search(phrase) is not None)
        referred = referred_voice(phrase, salient_orgs(orgs, context)) if not inside else None
        if referred is not None:  # "a spokesperson for the company said", "a ministry spokesperson said"
            return Speaker(referred, "named", voice=True)
        if not any(p.type == "PERSON" for p in inside):
            named_first = any(p.start == clause_start + unnamed.start() for p in inside)  # ("Harbour Ltd customers")
            return Speaker(phrase if named_first else lower_first(phrase, text, clause_start + unnamed.start()),
                           "unnamed")
    noun = reference.group(1).lower() if reference else ""
    if noun and context.body is not None and head_noun(context.body) == noun:
        return Speaker(context.body, "unnamed")  # "the Ukrainian border service said … the service said": that body
    referred = latest_org(orgs, noun) if noun and orgs else None
    return Speaker(referred, "named") if referred is not None else None  # "the company": no ministry


_GENERIC_MODIFIERS = frozenset("new old first second last next free big small main other same current former united great "
                               "general public".split())
"""Adjectives any body may get that a name holds too: no sign the name is meant ("the new party" after the New
Democratic Party; "the tutoring corps", "the weather service" are)."""
_MODIFIED_HEAD = re.compile(r"(?:^|\s)(?:[Tt]he|[Ii]ts)\s+([a-z]+)\s+[a-z]+\Z")
"""A definite head noun after one word of the organisation's name ("the tutoring corps" for the New Jersey Tutoring
Corps)."""
_OPEN_RELATIVE = re.compile(r",\s+who\s[^,;:]*\Z")
_OPEN_WHICH = re.compile(r",\s+which\s+(?:includes|included|include|represents|represented|comprises|brings\s+together|"
                         r"groups)\s[^;:]*,\s*\Z")
"""A relative clause listing an organisation's members, commas inside it, before the verb: the body before it speaks."""

"""A relative clause after the subject that the writer did not close with a comma before the verb."""
def _named_in_apposition(text: str, clause_start: int, end: int, mentions: Sequence[Suggestion]) -> Suggestion | None:
    """The person an apposition names after a description of them, when the two are all the subject ("Another
    witness, the 45-year-old Tomasz Nowak,")."""
    closing = text.rfind(",", clause_start, end)
    person = next((p for p in mentions if p.type in ("PERSON", "ORG") and p.end == closing), None)
    if person is None or person.start < clause_start:
        return None
    described = _DESCRIBED_THEN_NAMED.fullmatch(text, clause_start, person.start)
    if described is None or person.type == "ORG" and last_word(described.group(0).rstrip(", ")) not in _BODY_HEADS:
        return None  # (a body only after a body's description: "The rail operator, Great Lakes Central Railway,")
    return person


_BODY_HEADS = ORG_NOUN_SET | frozenset("operator owner developer maker carrier insurer landlord employer contractor "
                                       "provider supplier".split())
_IN_PLACE = re.compile(r"\)?[ \t]+(?:in|at)[ \t]+")
_OF_PLACE = re.compile(r"[ \t]+of[ \t]+")
"""Between an organisation and a place that ends its name ("… Western District of New York")."""
_LOCATIVE = re.compile(r"[ \t](?:in|at|near|outside)[ \t]+\Z")
"""Before a place that says where a body is ("… Pharmacy in Atlanta")."""
_PERSON_IN = re.compile(r"[ \t]+(?:in|at|near|outside)[ \t]+")
"""Between a person and the place right after, where they are ("Walaa Al Ghussein in Gaza")."""
_BEFORE_PERSON = re.compile(r"(?<![\w'’-])(?:of|for|by|with|about|to|from|against|on|at|[a-z]+ing)(?![\w'’-])")
"""Before a person in the subject: the person is an object there ("Police searching for X in Portugal", "Lawyers for X
in Moscow"), not the subject."""
_OF_BODY = re.compile(r"[ \t]+(?:of|at|from|with)[ \t]+")
"""After a person, before the body they are of ("Ira Katz of Little Five Points Pharmacy")."""
_POST_NOMINAL = re.compile(rf"[ \t]+(?:{'|'.join(sorted(POST_NOMINALS))})(?:,[ \t]+(?:for|of)[ \t]+[^,;:]{{1,60}})?,?[ \t]*")
"""Letters after a name, maybe with whom the person acts for ("KC, for the prosecution,"): no part of the subject."""
_CREDENTIAL = "|".join(sorted((re.escape(c) for c in CREDENTIALS), key=len, reverse=True))
_CREDENTIALED = re.compile(rf"(?:,?[ \t]+(?:{_CREDENTIAL})(?=[,\s]))+,"
                           r"(?:[ \t]+(?:(?:a|an|the)[ \t]+)?[a-z][^,;:\"“”]{0,100},){0,2}(?:[ \t]+[a-z][a-z -]{0,40})?"
                           r"[ \t]*")
"""Degrees after a name and up to two descriptions ("Kelly Jones MS, RD, CSSD, LDN, sports dietitian", "Logan DuBose,
MD, a geriatrics specialist and co-founder of Olera, a … group for dementia care,"): the named person speaks."""
_DESCRIBED_THEN_NAMED = re.compile(r"\s*(?:[Oo]ne|[Aa]nother|[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+"
                                   r"(?:[a-z-]+[ \t]+){0,3}[a-z-]+,[ \t]+(?:(?:the[ \t]+)?\d{1,3}-year-old[ \t]+)?")
"""A description, its comma, and maybe an age: what stands before the name in "One survivor, 23-year-old X,"."""
_OPEN_APPOSITION = re.compile(r"\s*,\s+(?:a|an|the|who|whose|which)\b[^,;:]*\Z")
_RELATIVE = re.compile(r"\s*,?\s+(?:who|which|that)\s*\Z")
_LEADING_ADVERBIAL = re.compile(r"\s*[\"“]?(?:On|In|At|After|Before|During|Since|Last|This|Earlier|Later|Meanwhile|Today|"
                                r"Yesterday|Separately|However|Still|Now|Then|Also)\b[^,;:]{0,40}")
"""A time or a linking adverb opening the clause before the subject ("On Monday, the People's Daily")."""
_PRONOUN = re.compile(r"(?:^|\s)(he|she|they|it)\s*\Z", re.I)


POSTED_ON = re.compile(r"(?<![\w'’-])(?:posted|wrote|said|tweeted|announced|appeared|published)\s+on\s+\Z")
"""Where a statement went out ("posted on Twitter accusing", "wrote on Facebook"): the platform, not the speaker."""
_EXAMPLE_BEFORE = re.compile(r"(?<![\w'’-])(?:such\s+as|including)\s+(?:the\s+)?\Z")
"""Before a name that is an example inside the subject ("other sites such as X have stated"): not the subject."""


def _example(text: str, start: int, end: int) -> bool:
    """`_EXAMPLE_BEFORE` in text[start:end] (at most 16 characters), tried only where "as " or "ing " occurs
    (most subjects: never)."""
    seg = text[start:end]
    return ("as " in seg or "ing " in seg) and _EXAMPLE_BEFORE.search(text, start, end) is not None


_VOICE_FOR = re.compile(r"(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z-]+\s+)?(?:spokes(?:man|woman|person)|representative)"
                        r"\s+(?:for|of)\s", re.I)
"""Someone speaking for a person named right after ("a spokesman for Arkwright", "a representative for the singer
Ada Moe"): the person's words, as the gold gives them (not the family's or the lawyers': "Lawyers for X said")."""
_AGE = re.compile(r"\d{1,3}(?=-year-old)")
_SEATED_ON = re.compile(r"(?<![\w'’-])on\s+(?:the\s+)?\Z")
"""Before the body a source sits on ("Democrats on the House Armed Services Committee"): the members speak."""
_POLLED_BY = re.compile(r"(?<![\w'’-])(?:polled|surveyed|interviewed|questioned|contacted|asked)\s+by\s+(?:the\s+)?\Z")
"""Before the body that asked a source ("economists polled by Reuters"): the source speaks, not the pollster."""
_ENDS_IN_NAME = re.compile(r"[A-Z][\w.'’&-]*\s*\Z")
_REIFIED = re.compile(r"(?:a|an|the)\s+(?:[a-z]+\s+)?(?:move|measure|claim|decision|step|plan|policy|figure|number|"
                      r"charge|allegation|accusation|assertion|proposal|change|deal|law|bill|rule|practice|idea|"
                      r"tactic|strategy|approach|scenario|outcome|prospect|sum|estimate|toll|rise|drop|fall|cut|"
                      r"increase|decline)\s+(?=[a-z])", re.I)
"""A thing said of, in apposition before its source ("…, a measure supporters said was needed", "…, a move critics
say will hurt renters"): the relative "that" left out, the source after it."""
_LAST_CONJUNCT = re.compile(r"\sand\s+((?:(?!\sand\s)[^,;:])+?)\s*\Z")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’-])(?:of|in|on|for|from|at|by|with|about|to)\s+\Z")
_IN_A_PLACE = re.compile(r"(?<![\w'’-])(?:in|at|across|near|throughout|around)\s+(?:[a-z-]+\s+)?\Z")
"""Before a place at the end of a long subject: where its head is ("Interviews with 20 people at Haley's events in
northwestern Iowa showed"), a setting, not the subject."""


_PARTY_AND_STATE = re.compile(r"[ \t]*\([A-Z][\w.-]{0,12}(?:[ \t]*[-–,][ \t]*[A-Z][\w. ]{0,14})?\)[ \t]*\Z")
"""A lawmaker's party and state in brackets after the name ("Sen. Joe Manchin (D-W.Va.)", "Rep. X (R-Texas)")."""
_PARTY_TAG = re.compile(r",[ \t]+[DRI]-[A-Z][\w.]{1,12}(?:,[ \t]+\d{1,3})?,?[ \t]*\Z")
"""The same between commas, an age perhaps after it ("Rep. Jim Clyburn, D-S.C., 84,")."""


def _relative_source(relative: re.Match[str]) -> str:
    """The unnamed source before "who"/"that" ("fishermen who spoke on Tuesday said": fishermen), with its clause where
    the head alone says nothing ("Those who oppose the bill said": those who oppose the bill)."""
    phrase = relative.group(1).strip()
    return relative.group(0).strip() if phrase.lower() in _EMPTY_HEADS else phrase


_EMPTY_HEAD_WHO = re.compile(r"\s*(?:[Tt]hose|[Ss]ome|[Mm]any|[Aa]ll|[Oo]thers|[Aa]nyone|[Ee]veryone|[Ff]ew)\s+(?:who|that)\s")
"""A subject that is only people described by a relative clause ("Those who know Ada Moe", "Some who spoke to the
BBC"): the phrase speaks, not the person or body named inside it."""
_EMPTY_HEADS = frozenset(("those", "anyone", "everyone", "others", "some", "many", "few", "all"))


_DESCRIPTION = re.compile(r"(?:^|\s)the\s+(?:[a-z][\w-]*\s+){0,2}[a-z-]+\s*\Z", re.I)
"""A definite description as the subject: "the former mayor", "the billionaire"."""
_TITLE_WORD = re.compile(r"(?<![\w'’-])([A-Z][a-z]+\.?)\s+\Z")
"""The capitalised word right before a name: a title when `title_words` lists it ("President Trump's advisers")."""
_COMPANIONS = re.compile(r"\s+and\s+(?:his|her|their|its)\s+(?:[a-z-]+\s+)?[a-z-]+\s*\Z")
_POSSESSED = re.compile(r"[’']s?\s+(?:[a-z]+\s+)?(?:campaign|office|administration|team|government|ministry|"
                        r"cabinet|department)\s*")
"""A person's or organisation's body speaking: "Bloomberg's campaign", "the mayor's office", "China's commerce
ministry"."""
VOICE = re.compile(rf"(?:{PERSON_HEAD.pattern})\s+(?:for|of|at|from)\s+(?:the\s+)?[A-Z][^,;:]*\Z", re.I)
"""Before an organisation's name: "a spokesman for (the) …" — the organisation speaks through a person."""
