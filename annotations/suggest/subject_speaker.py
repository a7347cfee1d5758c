"""The speaker a reporting verb's subject names, read from the words before the verb: a fronted person and their
affiliation, a name after appositions and relative clauses are cut off ("Eric Reeves, a Sudan researcher at Smith
College, said"), a body of a named one ("Bloomberg's campaign"), kin ("Kazemi's uncle"), joint subjects, a
pronoun, a definite description ("the billionaire"), an organisation's noun ("the union") and unnamed sources
("officials in Kabul"). Split out of `speakers.py`, which finds the verb's clause and tries the constructions
around it first. Pure functions."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.described_subjects import described_subject, org_reference
from annotations.suggest.name_words import CREDENTIALS, POST_NOMINALS
from annotations.suggest.named_makers import document_maker, document_sender
from annotations.suggest.named_subjects import named_subject
from annotations.suggest.org_references import ORG_NOUN_SET, latest_org
from annotations.suggest.shares import share_speaker
from annotations.suggest.sources import fronted_person, with_affiliation
from annotations.suggest.speaker_clause import last_word
from annotations.suggest.speaker_context import Context, Speaker, full_name
from annotations.suggest.speaker_phrases import GENERIC_TAIL, source_inside
from annotations.suggest.unlisted_speakers import APPOSITION
from annotations.suggest.unnamed import head_noun
from annotations.suggest.unnamed_subjects import unnamed_subject

_WORK_BY: Final = re.compile(r"[ \t]*(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:(?:[a-z-]+|\d{4})[ \t]+)?(?:story|report|article|"
                             r"column|piece|paper|study|book|op-ed|essay|analysis|investigation|review|letter)[ \t]+by[ \t]+")
"""A work by someone opening the subject ("A story by Ada Moe …", "A 2021 paper by …"): its author speaks."""
_OPEN_RELATIVE: Final = re.compile(r",\s+who\s[^,;:]*\Z")
"""A relative clause after the subject that the writer did not close with a comma before the verb."""
_OPEN_WHICH: Final = re.compile(r",\s+which\s+(?:includes|included|include|represents|represented|comprises|brings\s+together|"
                                r"groups)\s[^;:]*,\s*\Z")
"""A relative clause listing an organisation's members, commas inside it, before the verb: the body before it speaks."""
_BODY_HEADS: Final = ORG_NOUN_SET | frozenset("operator owner developer maker carrier insurer landlord employer contractor "
                                              "provider supplier".split())
_POST_NOMINAL: Final = re.compile(rf"[ \t]+(?:{'|'.join(sorted(POST_NOMINALS))})(?:,[ \t]+(?:for|of)[ \t]+[^,;:]{{1,60}})?,?[ \t]*")
"""Letters after a name, maybe with whom the person acts for ("KC, for the prosecution,"): no part of the subject."""
_CREDENTIAL: Final = "|".join(sorted((re.escape(c) for c in CREDENTIALS), key=len, reverse=True))
_CREDENTIALED: Final = re.compile(rf"(?:,?[ \t]+(?:{_CREDENTIAL})(?=[,\s]))+,"
                                  r"(?:[ \t]+(?:(?:a|an|the)[ \t]+)?[a-z][^,;:\"“”]{0,100},){0,2}(?:[ \t]+[a-z][a-z -]{0,40})?"
                                  r"[ \t]*")
"""Degrees after a name and up to two descriptions ("Kelly Jones MS, RD, CSSD, LDN, sports dietitian", "Logan DuBose,
MD, a geriatrics specialist and co-founder of Olera, a … group for dementia care,"): the named person speaks."""
_DESCRIBED_THEN_NAMED: Final = re.compile(r"\s*(?:[Oo]ne|[Aa]nother|[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+"
                                          r"(?:[a-z-]+[ \t]+){0,3}[a-z-]+,[ \t]+(?:(?:the[ \t]+)?\d{1,3}-year-old[ \t]+)?")
"""A description, its comma, and maybe an age: what stands before the name in "One survivor, 23-year-old X,"."""
_OPEN_APPOSITION: Final = re.compile(r"\s*,\s+(?:a|an|the|who|whose|which)\b[^,;:]*\Z")
_RELATIVE: Final = re.compile(r"\s*,?\s+(?:who|which|that)\s*\Z")
_LEADING_ADVERBIAL: Final = re.compile(r"\s*[\"“]?(?:On|In|At|After|Before|During|Since|Last|This|Earlier|Later|Meanwhile|Today|"
                                       r"Yesterday|Separately|However|Still|Now|Then|Also)\b[^,;:]{0,40}")
"""A time or a linking adverb opening the clause before the subject ("On Monday, the People's Daily")."""
POSTED_ON: Final = re.compile(r"(?<![\w'’-])(?:posted|wrote|said|tweeted|announced|appeared|published)\s+on\s+\Z")
"""Where a statement went out ("posted on Twitter accusing", "wrote on Facebook"): the platform, not the speaker."""
_ENDS_IN_NAME: Final = re.compile(r"[A-Z][\w.'’&-]*\s*\Z")
_PARTY_AND_STATE: Final = re.compile(r"[ \t]*\([A-Z][\w.-]{0,12}(?:[ \t]*[-–,][ \t]*[A-Z][\w. ]{0,14})?\)[ \t]*\Z")
"""A lawmaker's party and state in brackets after the name ("Sen. Joe Manchin (D-W.Va.)", "Rep. X (R-Texas)")."""
_PARTY_TAG: Final = re.compile(r",[ \t]+[DRI]-[A-Z][\w.]{1,12}(?:,[ \t]+\d{1,3})?,?[ \t]*\Z")
"""The same between commas, an age perhaps after it ("Rep. Jim Clyburn, D-S.C., 84,")."""
_COMPANIONS: Final = re.compile(r"\s+and\s+(?:his|her|their|its)\s+(?:[a-z-]+\s+)?[a-z-]+\s*\Z")


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
        if before.endswith((',"', ',”'), 0, len(before.rstrip())):  # 'X, who stars in the thriller "Salt Lines,"
            closing = len(before.rstrip()) - 1  # said': the comma inside the title's marks closes the aside
            before = before[:closing] + " " + before[closing + 1:]
        tail = before.rstrip()[-1:]
        cut = None
        if tail in (",", "–", "—", "-"):
            cut = APPOSITION.search(before, max(0, len(before) - 120))
            dashed = _dashed_name(text, clause_start, cut, mentions) if cut is not None and tail != "," else None
            if dashed is not None:  # "Her lawyer — Ms Byrne — argued": the name between the dashes
                return Speaker(full_name(dashed, full_names), "named")
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
    named = named_subject(text, clause_start, end, last, full_names, context.roles)
    if named is not None:
        return named
    final = last_word(before)
    reference = org_reference(before, final, orgs)
    described = described_subject(text, clause_start, end, before, final, reference, last, mentions, full_names,
                                  context, orgs)
    if described is not None:
        return described
    unnamed = unnamed_subject(text, clause_start, before, relative_clause, last, full_names, context, orgs)
    if unnamed is not None:
        return unnamed
    noun = reference[0].group(1).lower() if reference[0] else ""
    if noun and context.body is not None and head_noun(context.body) == noun:
        return Speaker(context.body, "unnamed")  # "the Ukrainian border service said … the service said": that body
    referred = latest_org(orgs, noun) if noun and orgs else None
    return Speaker(referred, "named") if referred is not None else None  # "the company": no ministry


def _dashed_name(text: str, clause_start: int, cut: re.Match[str], mentions: Sequence[Suggestion]
                 ) -> Suggestion | None:
    """The person or body an aside between dashes names, when it is all the aside holds (titles aside) and only a
    description stands before it ("Her lawyer — Ms Byrne —", "The bank's own lawyers — Arthur Cox —")."""
    a, b = clause_start + cut.start(), clause_start + cut.end()
    inside = [p for p in mentions if a <= p.start and p.end <= b and p.type in ("PERSON", "ORG")]
    if len(inside) != 1 or any(p.type in ("PERSON", "ORG") and clause_start <= p.start < a for p in mentions):
        return None
    named = inside[0]
    return named if _DASHED.fullmatch(text, a, named.start) and _DASH_CLOSES.fullmatch(text, named.end, b) else None


_DASHED: Final = re.compile(r"\s+[–—-]\s*(?:[A-Z][a-z]{1,4}\.?\s+)?")
_DASH_CLOSES: Final = re.compile(r"\s*[–—-]\s*")


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
