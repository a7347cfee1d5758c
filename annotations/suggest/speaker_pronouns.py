"""Whom a pronoun subject stands for ("he said", "they said", "it said"): the person of that gender named in the clause
(not as an object), the sentence's person before a semicolon, the subject of the sentence before, else the latest person
the text showed as of that gender; "they" an unnamed plural source named just before; "it" the author of a document the
sentence before opened with, else the latest organisation. Split out of `speakers.py`, which decides the speaker."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.coreference import pick_person
from annotations.suggest.document_authors import authored_before
from annotations.suggest.sentence_subject import INTRODUCED_PRONOUN
from annotations.suggest.sources import GENDER, previous_subject
from annotations.suggest.speaker_phrases import AGENT_NOUNS, STAFF_NOUNS
from annotations.suggest.speaker_context import Context, Speaker, full_name
from annotations.suggest.unnamed import ANTECEDENT_WINDOW, HEAD_SET, antecedent, fits_pronoun, lower_first, plural

OBJECT_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:by|to|with|from|against|toward|towards)\s+\Z")
"""Before a person who is an agent or an object in the clause ("When challenged by Bollinger … he stated"):
not whom the subject "he" names."""
INFINITIVE_OBJECT: Final = re.compile(r"(?<![\w'’-])to\s+(?:kill|murder|assassinate|kidnap|arrest|oust|remove|replace|fire|sack|"
                                      r"hire|sign|sue|impeach|defeat|beat|attack|blame|meet|interview|visit|elect|appoint|"
                                      r"nominate|endorse|support|oppose|protect|free|release|thank|honou?r|describe|name)\s+"
                                      r"(?:[A-Z][\w.'’-]*\s+){0,2}\Z")
"""Before a person who is the object of an infinitive ("“He was not part of the plan” to kill Moïse, he said", "The
plot to kidnap Governor Jo Li was foiled, he said"): not whom "he" names."""


_RELATIVE_PRONOUN: Final = re.compile(r"(?:,\s*|\s)(which|that|who|whom|whose|where|what)\s+(?:he|she)\s*\Z")
SENTENCE_OPENING: Final = re.compile(r"[\"“]?(?:(?:[A-Z][^,;:\"“”]{0,60}|[A-Z]\w*),\s+)?")
"""What may stand before a sentence's subject: an opening adverbial and its comma ("Soon after, ", "Meanwhile, ")."""
_SUBJECT_REACH: Final = 600
"""How far back (characters) a sentence's subject is still what a "he"/"she" whose gender the text does not settle
points to, rather than the person named last."""


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts, roughly: after the last line break or full stop before it."""
    return max(text.rfind("\n", 0, at) + 1, text.rfind(". ", 0, at) + 2)


_ASKED: Final = re.compile(r"Asked\s+(?:if|whether|about|what|why|how|when|who)\b[^;:]*,\s+")
"""A leading question put to the pronoun's person ("Asked if Mr Blunkett could return …, he replied"): whom it
names is asked about, not answering."""


_ASKS_THEM: Final = re.compile(r"(?<![\w'’-])(?:(?:asked|told|accused|questioned|pressed|urged|interrupted|heckled|showed|"
                               r"handed|gave)\s+(?:him|her)|(?:complained|shouted)\s+(?:to|at)|"
                               r"suggested)\b")
"""An unnamed person addressing someone ("A vendor told her that …", "A protester accused him of lying", "A customer
complained to the manager"): the "he"/"she" who answers is the one addressed, not the asker."""


def pronoun_speaker(text: str, clause_start: int, before: str, word: str, last: Sequence[Suggestion],
                    mentions: Sequence[Suggestion], full_names: dict[str, str], context: Context,
                    orgs: list[str]) -> Speaker | None:
    """The speaker a pronoun subject `word` ("he", "she", "they", "it") ending `before` (the clause from
    `clause_start`) stands for; `last` are the clause's mentions, `mentions` the sentence's."""
    if word in ("he", "she"):
        relative = _RELATIVE_PRONOUN.search(before)
        before_pronoun = {full_name(p, full_names) for p in mentions if p.type == "PERSON"
                          and p.end <= clause_start + len(before)} if relative is not None else set()
        if relative is not None and relative.group(1) == "what" and len(before_pronoun) > 1:
            relative = None  # "Kim cross-examined Ellis, challenging what he says": whose words, the text leaves open
        opener = next((p for p in last if p.type == "PERSON"), None) if relative is not None else None
        opens_at = clause_start
        if relative is not None and opener is None and len(before_pronoun) == 1:  # (the clause began after a quoted
            # title: "X discussed it in a post titled "Who Scares the Authorities?" exploring what he believes …")
            opener = next((p for p in mentions if p.type == "PERSON" and p.end <= clause_start), None)
            opens_at = _sentence_start(text, opener.start) if opener is not None else clause_start
        if opener is not None and SENTENCE_OPENING.fullmatch(text, opens_at, opener.start) \
                and context.gender.get(full_name(opener, full_names), GENDER[word]) == GENDER[word]:
            # "Kaplan negotiated with the company that held rights to the Rider-Waite deck, which he says …": the
            # sentence's subject, not a person named inside its object
            return Speaker(full_name(opener, full_names), "named")
        people = [full_name(p, full_names) for p in last if p.type == "PERSON"
                  and not OBJECT_BEFORE.search(text, max(clause_start, p.start - 10), p.start)
                  and not INFINITIVE_OBJECT.search(text, max(clause_start, p.start - 40), p.start)]
        name = pick_person(people, context.gender, word) if people else None
        same_sentence = [full_name(p, full_names) for p in mentions if p.type == "PERSON"
                         and p.end <= clause_start and not OBJECT_BEFORE.search(text, max(0, p.start - 10), p.start)] \
            if not name and clause_start and text[clause_start - 1] == ";" else []
        if same_sentence:  # "X, speaking to reporters, held Y responsible; he stated …": the sentence's person
            name = pick_person(same_sentence, context.gender, word)
        subject = previous_subject(text, context, full_names) if not name and (
            before.strip().lower() == word or INTRODUCED_PRONOUN.match(before)) else None
        if subject and context.gender.get(subject, GENDER[word]) == GENDER[word]:
            name = subject  # "Mr Anderson, who … during Hartley's trial. He told …": the subject
        single = context.single_unnamed
        if name is None and single is not None and single[1] > context.person_at \
                and not _ASKS_THEM.search(text, single[1], clause_start):
            # "A security official said … He said": no one named since, so the official
            return Speaker(single[0], "unnamed") if fits_pronoun(single[0], word) else None
        if name is None:
            name = pick_person(context.recent, context.gender, word) if context.recent else context.last_person
            topic = context.subject
            if name is not None and topic is not None and topic[0] != name and name not in context.gender \
                    and topic[0] in context.recent[-3:] and clause_start - topic[1] < _SUBJECT_REACH \
                    and topic[1] > context.spoke_at \
                    and context.gender.get(topic[0], GENDER[word]) == GENDER[word]:
                name = topic[0]  # "Fetter married John Gille. … she said": the subject, not the one named last
                # (unless someone spoke since: "A spokesman for X said … he said" is X)
        asked = _ASKED.match(before) if name and before.startswith("Asked ") else None
        about = {full_name(p, full_names) for p in last if p.type == "PERSON" and p.start < clause_start + asked.end()} \
            if asked is not None else set()
        if name in about:  # "Tony Blair … Asked if Mr Blunkett could return …, he replied": not the one asked about
            # when another person can be meant (but "Beckham arrived … Asked about reports that Beckham would leave Real
            # Madrid, he said": himself; never an organisation)
            left = [n for n in context.recent if n not in about and n not in (context.orgs or [])]
            if name != previous_subject(text, context, full_names):  # ("Arsene Wenger praised Fabregas. Asked about
                name = pick_person(left, context.gender, word) or name  # reports that Wenger would leave, he said")
        return Speaker(name, "named") if name else None
    own = _first_clause_subject(text, clause_start, clause_start + len(before.rstrip()) - len(word)) \
        if word == "they" else None  # "Investigators have not determined the cause, but they said": they
    single = context.single_unnamed
    if own is None and word == "they" and single is not None and context.previous is not None \
            and context.previous[0] == single[1] and single[1] > context.unnamed_at \
            and fits_pronoun(single[0], "he") and fits_pronoun(single[0], "she") \
            and antecedent(text, clause_start) is None:  # (not "A source said the players were tired. They …")
        return Speaker(single[0], "unnamed")  # "A source close to the family claimed … They told US Weekly": the
        # source, who spoke in the sentence just before (a singular "they")
    if own is None and word == "they" and context.last_unnamed and context.unnamed_at > context.org_at \
            and context.unnamed_at >= clause_start - ANTECEDENT_WINDOW and _previous_speaker(context):
        return Speaker(context.last_unnamed, "unnamed")  # "Officials said 40 people died. They said": the officials
    earlier = (own or antecedent(text, clause_start)) if word == "they" else None
    if earlier:  # "… left some of the state's energy experts bewildered. They said …"
        body = next((o for o in reversed(orgs) if earlier.startswith(o + " ")
                     and earlier[len(o) + 1:] in STAFF_NOUNS | AGENT_NOUNS), None)
        # "Scientology officials went to the station, where they claimed": the organisation, as when they are the
        # subject of "said"
        return Speaker(body, "named", voice=True) if body else Speaker(earlier, "unnamed")
    if word == "they" and context.last_unnamed and context.unnamed_at > context.org_at:
        return Speaker(context.last_unnamed, "unnamed")  # "Some experts … They said"
    authored = authored_before(text, context) if word == "it" else None
    if authored:  # "A statement by X was posted on Facebook. It said …": X, not Facebook
        return Speaker(authored, "named")
    if word == "it" and context.spoke_body is not None and before.strip().lower() == word:
        return Speaker(context.spoke_body, "unnamed")  # "… the border service said. … it added": that body
    spoke = context.spoke_org if word == "it" and before.strip().lower() == word else None
    if spoke is not None and spoke in orgs:
        return Speaker(spoke, "named")  # "The IDF said its aircraft struck Hamas targets. It said …": the IDF
    if word == "it" and context.body is not None and context.body_at > context.org_at:
        return Speaker(context.body, "unnamed")  # an unnamed body spoke since any organisation was named
    return Speaker(orgs[-1], "named") if orgs else None


def _first_clause_subject(text: str, clause_start: int, pronoun_at: int) -> str | None:
    """A plural unnamed source that is the subject of the sentence's first clause, for a "they" later in it
    ("Investigators have not determined the cause, but they said", "Police arrested two men, and they said", "On
    Monday, Scientology officials went to the station, where they claimed"): the phrase as worded; None when the
    first clause's subject is no such source ("Maria Santos met the ministers …")."""
    lead = _OPENING_ADVERBIAL.match(text, clause_start, pronoun_at)
    at = lead.end() if lead is not None else clause_start
    m = _SUBJECT_THEN_VERB.match(text, at, pronoun_at)
    if m is None:
        return None
    phrase = m.group(1)
    head = phrase.rsplit(None, 1)[-1]
    if not plural(phrase) or head[:1].isupper() and " " in phrase and head.lower() not in HEAD_SET:
        return None  # ("Maria Santos met": a name, no source)
    return lower_first(phrase, text, at)


_OPENING_ADVERBIAL: Final = re.compile(r"(?:On|In|At|During|After|Before|Last|This|Earlier|Later)\b[^,;:]{0,40},\s+")
_SUBJECT_THEN_VERB: Final = re.compile(r"((?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Ll]ocal|[A-Z][\w'’-]*)\s+){0,2}"
                                       r"[A-Za-z][\w'’-]*)\s+(?:[a-z]+ed|have|has|had|were|are|will|would|could|went|said|"
                                       r"told|met|made|took|gave|left|found|held|kept|began|spent|ran|came|saw)\b")
"""A subject of up to three words and its verb opening a clause ("Police arrested", "The players trained",
"Scientology officials went")."""


def _previous_speaker(context: Context) -> bool:
    """Whether the latest plural unnamed source spoke in the sentence just before this one (it, not a plural
    inside what it said, is what "they" then stands for)."""
    return context.previous is not None and context.previous[0] == context.unnamed_at
