"""Whether a word of saying found in a text reports there or means something else there: a noun ("the states",
"amid fears that"), an adjective ("a suspected arson attack"), a deed ("oil gushed", "ruled out of the match"), an
order ("Predict the outcome …"), part of a name ("the Pacific Tsunami Warning Center"). The checks each word needs,
run once per occurrence by `reporting_verbs.reporting_verbs`; split out of that module, which finds the words and
picks a sentence's main verb. Pure functions."""
from __future__ import annotations

import re
from typing import Final

_WITH_A_CLAUSE_ONLY: Final = frozenset("admits concedes acknowledges observes assured assures affirmed reaffirmed clarified "
                                        "underscored underlined lamented laments recalled posted expressed expresses voiced "
                                        "voices fretted frets informs informed affirms concludes thought thinks documented "
                                        "suspected hopes hoped worried".split()) \
           | {"is afraid", "are afraid", "was afraid", "were afraid"}
"""Verbs of saying that are as often something else ("admits students", "observes a silence", "acknowledges the
crowd", "recalled 2 million cars", "underlined the passage", "posted it online", "expressed sympathy", "informed the
police", "I can't tell"): a report only before "that", "how", "when" or a quote ("expressed concern that", "voiced its hope that"), or right after a
quote ('"…," he conceded')."""
_DISPUTES_NOUN: Final = re.compile(r"(?<![\w'’-])(?:in|of|over|with|and|the|a|two|several|many|legal|trade|border|labou?r|"
                                   r"their|its|his|her)\s+\Z", re.I)
_WORDS_POSTED: Final = re.compile(r"[ \t]+(?:a|an|the|its|his|her|their)[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:tweet|message|statement|"
                                  r"post|letter|note|update|comment)s?\b")
"""After "posted": words put out ("posted a tweet saying …"), not a picture or "it online"."""
_CLAUSE_AFTER: Final = re.compile(r"(?:[ \t]+(?:[\w'’.-]+[ \t]+){0,4}?(?:that|how|when|whether)\b|[ \t]*[,:]?[ \t]*[\"“]|"
                                  r"[ \t]+(?:it|he|she|there|they|we|you|I)(?:['’](?:s|re|ll|d|ve|m)|[ \t]+(?:is|was|are|were|"
                                  r"does|did|has|have|wo|ca)n['’]t)[ \t]+(?:not[ \t]+|n['’]t[ \t]+|be[ \t]+|been[ \t]+|"
                                  r"very[ \t]+|too[ \t]+|so[ \t]+)?(?![a-z]+(?:ion|ude|ers|ment|ness|ies)\b)[a-z]+(?:[ \t]*[.,;:!?]|"
                                  r"[ \t]+(?:to|that|and|but|for|because|when|if|enough)\b)|"
                                  r"[ \t]+(?:(?:the|a|an|his|her|its|their|this|these|those|[A-Z][\w'’-]*|voters|people|he|she|"
                                  r"they|it|we|you)[ \t]+)"
                                  r"(?:[\w'’-]+[ \t]+){0,2}?(?:will|would|is|are|was|were|has|have|had|can|could|should|must|"
                                  r"may|might)\b)")
_TOLD_THAT: Final = re.compile(r"[ \t]+(?:[\w'’.-]+[ \t]+){1,4}?that\b")
"""After "tell": who is told, then "that" (the present tense reports only so)."""
_LISTED_BEFORE: Final = re.compile(r"(?:(?<![\w'’-])(?:and|or|of|the|its|their|his|her|our|your|my|these|those|new|such)|,)"
                                   r"\s+\Z", re.IGNORECASE)
_COMMITMENT_AFTER: Final = re.compile(r"[ \t]+(?:that|to|it|they|he|she|we|I|you|its|their)\b")
POSSESSOR_BEFORE: Final = re.compile(r"[A-Za-z](?:[’']s|(?<=s)[’'])[ \t]+(?:[a-z]+[ \t]+)?\Z")
"""A possessive before a noun of thinking, maybe with an adjective ("Hollerich's hope", "Moe's biggest fear",
"Investors' main fear"): whose view "… is that" gives; the match starts at the possessor's last letter."""
_THAT_NOUN: Final = re.compile(r"[ \t]+(?:[\w'’-]+(?:[ \t]*(?:[.,;:!?)]|\Z)|[ \t]+(?:through|in|on|at|for|with|from|to|into|"
                               r"over|under|until|during|by|and|or|despite|today|every|now|still|early|late|later|again|too|well|first|"
                               r"quickly|long|young|the)\b)|(?:way|position|stance|"
                               r"view|line|course|policy|blockade|record|pace|level|status|tradition|lead)\b)")
"""After "maintain that", "think that": a lone noun, or one with a preposition after it ("maintain that road through
the winter"): "that" is its determiner, no clause follows."""
_PER_SOURCE: Final = re.compile(r"[ \t]+(?:(?:the|a|an|his|her|its|their)[ \t]|[A-Z]|(?:police|officials|sources|people|"
                                r"reports|data|figures|filings|documents|records|witnesses|analysts|experts)\b)")
"""After "per": a source ("per the statement", "per Reuters", "per police", "per people familiar with …"), not a rate
("per cent", "per day", "per capita")."""
_AFTER_A_QUOTE_ONLY: Final = frozenset(("recalls", "remembers", "remembered", "recounts", "shouts", "shouted", "yells",
                                        "yelled", "screams", "screamed", "emails", "emailed", "texted", "pleaded", "pleads",
                                        "echoed", "gushed", "penned", "raved", "captioned", "fumed", "laughed", "sighed",
                                        "teased", "scoffed", "snapped", "beamed", "cooed"))
"""Verbs of saying only right after a quote ('"…," recalls X', '"Open the door!" an officer shouts', '"…," he
emails', the gossip page's '"…," she gushed / penned / laughed / captioned the post'): elsewhere a product recall, a
memory, a noise, a message sent, a plea in court ("pleaded guilty"), oil that gushed, a song penned, a laugh."""
_QUOTE_BEFORE: Final = re.compile(r"[,.!?]?[\"”’']\s*(?:(?:he|she|they|(?:a|an|the|one|his|her|their|its)\s+(?:[a-z-]+\s+)?[a-z]+"
                                  r"(?:\s+(?:on|of|at|in|from)\s+(?:the|a|an|its|his|her|their)\s+[a-z]+"
                                  r"|,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},)?|"
                                  r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+)?\Z")
_QUOTE_AFTER_READS: Final = re.compile(r"[ \t]*[,:]?[ \t]*[\"“‘']")
"""After "reads": the words read, in quotes ("The sign reads, '…'"; not "The note reads well")."""
_WRITING_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:tweet|post|sign|caption|banner|headline|message|note|letter|statement|"
                                    r"email|e-mail|text|placard|poster|inscription|plaque|notice|label)s?\b[^.;:\"“”]{0,40}\Z",
                                    re.IGNORECASE)
"""A piece of writing as the subject of "reads" ("The tweet from Vulture magazine reads, …")."""
_AS_SOURCE: Final = re.compile(r"(?<![\w'’-])[Aa]s\s+(?:the|a|an|its|their|his|her)?\s*(?:[\w'’-]+\s+){0,3}\Z")
"""An opening as-clause before the verb ("As the report states:", "as its charter states"): the verb reports."""
_AS_STATES_AFTER: Final = re.compile(r"[ \t]*(?:[,:;.—–]|\Z)|[ \t]+(?:that|in|on)\b|[ \t]*[\"“]")
"""After "as … states": the clause's end or what is stated ("As the report states:"), not the verb of "some states"
("as some states commit to renewable energy")."""
_NAME_BEFORE: Final = re.compile(r"[^.!?:;\"“\s]\s+[A-Z][\w'’-]*(?:\.[A-Z][\w'’-]*)*[ \t]\Z")
_IN_NAME: Final = re.compile(r"[ \t]+(?:[A-Z]|of\b|for\b)")
"""A capitalised word of saying between capitalised words, not first in its sentence: part of a name ("the Pacific
Tsunami Warning Center reported", "Early Warning System"), no verb."""

_WELCOMED_WHAT: Final = re.compile(r"[ \t]+(?:the|this|that|its|their|his|her|a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?:decision|news|"
                                   r"ruling|vote|move|resolution|announcement|verdict|deal|agreement|report|findings|plan|"
                                   r"proposal|bill|law|step|changes(?!\s+in\s+the\s+weather)|results?|initiative|measures?|reforms?|ceasefire|"
                                   r"cease-fire|release|statement|judg(?:e)?ment|sentence|charges?|arrests?|investigation|"
                                   r"inquiry|probe|budget|policy|order|truce|talks|commitment|pledge|offer|appointment)\b")
"""What a stance of welcome is about ("welcomed the ruling", "welcomed the EU Parliament resolution"): not a guest."""
_THINKING: Final = frozenset(("fear", "fears", "feared", "worry", "worries", "felt", "feel", "feels", "concerned", "think"))
"""Verbs of thinking and feeling that report only before a clause ("fear the river will flood", "felt the conference was
a success", "think the source of this water is a plume"), never before an object ("feared the worst", "felt the
cold")."""
_BARE_CLAUSE: Final = re.compile(r"[ \t]+(?:(?:the|a|an|his|her|its|their|this|these|those|[A-Z][\w'’-]*)[ \t]+)"
                                 r"(?:[\w'’-]+[ \t]+){0,4}?(?:will|would|is|are|was|were|has|have|had|can|could|should|must|"
                                 r"may|might)\b")
"""A clause with no "that" right after a verb of thinking ("fear the river will flood"), its subject a noun phrase."""
_GERUND_CLAUSE: Final = re.compile(r"[ \t]+[a-z]+ing[ \t]+(?:[\w'’-]+[ \t]+){0,6}?(?:is|are|was|were|will|would|could|can|should|"
                                   r"must|may|might)\b")
"""A clause whose subject is a gerund ("thinks warning members early about layoffs is the right approach")."""
_PRONOUN_CLAUSE: Final = re.compile(r"[ \t]+(?:he|she|they|we|it|i|you)(?:['’](?:ll|re|s|d|ve|m))?[ \t]+[a-z]")
"""A clause opening with a personal pronoun right after a verb ("declare they comply", "predict we'll see")."""
_CLAIM_OBJECT: Final = re.compile(r"[ \t]+(?:the[ \t]+|any[ \t]+|all[ \t]+)?(?:[a-z-]+[ \t]+)?(?:accusations?|allegations?|claims?|"
                                  r"reports?|charges?|wrongdoing|involvement|responsibility|fraud|abuse|negligence|misconduct|"
                                  r"discrimination|violations?|bias|knowledge|links?|reports)\b")
"""What is denied, alleged or confirmed when no clause follows ("deny accusations of brutality", "allege involvement
in plans"): a claim about it."""
_POINTED_AT_PLACE: Final = re.compile(r"[ \t]+(?:the|a|an|his|her|their|its)[ \t]+(?:[a-z-]+[ \t]+)?(?:door|window|sky|map|screen|"
                                      r"sign|ceiling|floor|exit|wall|board|chart|photo|picture|spot|direction|corner|field|ball|table|"
                                      r"desk|stage|crowd|camera|car|building|house|sea|river|mountains?|stars|moon|"
                                      r"bruises?|scars?|wounds?)s?\b")
_SCORE_BEFORE: Final = re.compile(r"(?:\d|(?<![\w'’-])(?:the|his|her|their|its|our|more|extra|bonus|ranking|three|two|"
                                  r"ten|twelve|twenty|several|many|crucial|vital|valuable|important)\s+)\s*\Z")
"""Before "points to": a score or a ranking ("12 points to lead", "three points to go top", "the points to win"),
points as a noun."""
"""After "pointed to": a thing pointed at with a finger ("pointed to the door"), not evidence or a cause."""
_THING_RELATIVE: Final = re.compile(r",[ \t]*which[ \t]+(?:also[ \t]+|clearly[ \t]+|now[ \t]+)?\Z")
"""Before "points to": a relative clause after a comma whose subject is the thing before it ("the problem of
prohibition, which points to"; but "a Harvard study that points to" is the study's)."""
_AS_IN_SOURCE: Final = re.compile(r"[ \t]+(?:(?:an?|the|its|their|his|her)[ \t]+)?(?:[\w’'&.-]+[ \t]+){0,4}?(?:report|article|"
                                  r"study|story|statement|paper|analysis|survey|interview|post|letter|filing|review|research|"
                                  r"findings)s?\b")
"""After "as detailed/noted/… in": a document someone made ("an Ars Technica report"), which "as … in" cites."""
_GERUND_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:without|recommends?|recommended|suggests?|suggested|considers?|considered|"
                                   r"believes?|believed|thinks?|avoids?|avoided)[ \t]+\Z")
"""Words that take a gerund as their object or their clause's subject ("recommends adding", "believes adding more tutors
is", "without saying"): a word of saying after them is that gerund, no verb of its own."""
_NOUN_TOO: Final = frozenset(("suspected", "thought", "hopes", "worried", "documented", "fear", "fears", "worry", "worries",
                              "concerned"))
"""Verbs of thinking that are as often a noun or an adjective ("a suspected gunman", "the thought of it", "his hopes")."""
_DETERMINER_BEFORE: Final = re.compile(r"(?:(?<![\w'’-])(?:a|an|the|his|her|its|their|our|my|your|this|that|no|any)|[a-z][’'](?:s)?)"
                                       r"\s+\Z")
_FEAR_NOUNS: Final = frozenset(("fear that", "fears that", "worries that", "hopes that", "fear", "fears", "worry", "worries"))
_FEAR_NOUN_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:amid|of|over|on|to|with|in|growing|raised|raises|raising|sparked|sparking|"
                                      r"fuelled|fueled|fuelling|fueling|stoked|allay|allayed|ease|eased|easing|renewed|dashed)\s+"
                                      r"(?:[a-z]+\s+)?\Z|(?<![\w'’-])(?:the|is|was|are|were)\s+(?:growing\s+|widespread\s+|real\s+|"
                                      r"deep\s+|mounting\s+)?\Z|(?<![\w'’-])(?i:mounting|deepening|growing|rising|lingering|"
                                      r"widespread|renewed|persistent)\s+\Z")
"""Before "fears that", "hopes that": the noun of a mood ("amid fears that", "raised hopes that", "there is growing
fear that"), nobody's claim."""
_OUTLINED_WHAT: Final = re.compile(r"[ \t]+(?:the|a|an|his|her|its|their|our|some|several|three|two|four|five)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?"
                                   r"(?:plans?|proposals?|priorities|vision|strategy|case|arguments?|concerns|steps|measures|"
                                   r"timeline|approach|polic(?:y|ies)|position|reasons|terms|goals|demands|objections|options|"
                                   r"changes|ideas|agenda|framework|roadmap|road map)\b")
_RULED_OUT_SPORT: Final = re.compile(r"[ \t]+(?:of|for)\b")
_NOT_PASSIVE: Final = frozenset(("worried", "outlined", "faulted", "ruled out", "assumed"))
"""Verbs that report only in the active: in the passive they name no one who says it."""
_BASE_FORMS: Final = frozenset("allege deny confirm acknowledge admit explain predict concede complain testify "
                               "announce accuse declare".split())
"""Plain forms of verbs of saying, reporting only as a plural's present ("Lawyers for X allege"), never after "to", a
modal or a negation."""
_NOT_FINITE: Final = re.compile(r"(?<![\w'’-])(?:to|not|n[’']t|cannot|can|could|will|would|may|might|must|should|shall|do|does|"
                                r"did)\s+(?:[a-z]+ly\s+)?\Z")
PASSIVE: Final = re.compile(r"(?:w(?<!\w.)(?:as|ere)|i(?<!\w.)s|a(?<!\w.)re|b(?<!\w.)e(?:en|ing)?)\s+(?:[a-z]+ly\s+)?\Z")
"""A verb in the passive: "was|were|is|are|been|be|being" (a word of its own) and perhaps an adverb before it;
each alternative starts with a letter, so the engine skips ahead to w, i, a or b."""


def reports_here(text: str, folded: str, start: int, end: int, word: str) -> bool:
    """Whether `word`, found whole at text[start:end + 1] (`folded`: the text in lower case, same offsets), is a
    verb or phrase of saying here, not another sense of the word."""
    if text[start].isupper() and " " not in word and _IN_NAME.match(text, end + 1) \
            and _NAME_BEFORE.search(text, max(0, start - 30), start):
        return False  # a capitalised word of saying inside a name ("the Pacific Tsunami Warning Center reported")
    if word == "states" and (text[start].isupper() or not (
            _AS_SOURCE.search(text, max(0, start - 40), start) and _AS_STATES_AFTER.match(text, end + 1)
            or _QUOTE_BEFORE.search(text, max(0, start - 40), start))):
        return False  # "the states", "United States" (nouns); '"…," the report states' and "As the report
        # states:" say it
    if word == "reads" and not (_WRITING_BEFORE.search(text, max(0, start - 60), start)
                                and not folded.endswith(("which ", "that "), 0, start)
                                and _QUOTE_AFTER_READS.match(text, end + 1)
                                or _QUOTE_BEFORE.search(text, max(0, start - 40), start)):
        return False  # "she reads the news"; "The tweet from X reads, …", '"New lower prices," reads one'
        # (not "… redirects to an error message which reads": the message speaks, and no rule finds it)
    if word in _AFTER_A_QUOTE_ONLY and not _QUOTE_BEFORE.search(text, max(0, start - 40), start):
        return False  # "Toyota recalls 1.8 million vehicles", "Smith still remembers the smell" ('"…," he recalls')
    if word in ("promises", "pledges", "vows") and (not _COMMITMENT_AFTER.match(text, end + 1)
                                            or _LISTED_BEFORE.search(text, max(0, start - 12), start)
                                            or text.startswith(" to be ", end + 1)):
        return False  # "her campaign promises on housing", "…, and pledges to protect …" (nouns); "promises
        # it will", "The government pledges to"
    if word.endswith(" that") and _THAT_NOUN.match(text, end + 1):
        return False  # "The city must maintain that road.": "that" a determiner, no clause after it
    if word.endswith(" is that") and not POSSESSOR_BEFORE.search(text, max(0, start - 30), start):
        return False  # "Hollerich's hope is that": his; "The general view is that": nobody's
    if word == "per" and not _PER_SOURCE.match(text, end + 1):
        return False
    if word == "tell" and not (_TOLD_THAT.match(text, end + 1) or _QUOTE_BEFORE.search(text, max(0, start - 40), start)):
        return False  # "I cannot tell whether", "tell them to leave"; "Two donors tell ABC News that …" reports
    if word in _WITH_A_CLAUSE_ONLY and not _CLAUSE_AFTER.match(text, end + 1) \
            and not (word == "thinks" and _GERUND_CLAUSE.match(text, end + 1)) \
            and not _QUOTE_BEFORE.search(text, max(0, start - 40), start) \
            and not (word == "posted" and _WORDS_POSTED.match(text, end + 1)):
        return False  # "The college admits 500 students", "Ford recalled 300,000 trucks", "assured of a place"
    if word == "worried" and text[start].isupper():
        return False  # "Worried about backlash, House Democrats …": an adjective opening the sentence
    if word in _NOT_PASSIVE and PASSIVE.search(folded, max(0, start - 30), start):
        return False  # "the confusion was dismissed when raised", "it is assumed that", "they were worried
        # about": nobody said so here ("experts are worried that" is a phrase of its own)
    if word in ("welcomed", "welcomes") and not _WELCOMED_WHAT.match(folded, end + 1):
        return False  # "welcomed Ohtani into the locker room": a greeting; "welcomed the ruling": a stance
    if word in _BASE_FORMS and (_NOT_FINITE.search(folded, max(0, start - 24), start) or text[start].isupper()
                                or word != "accuse" and not _CLAUSE_AFTER.match(text, end + 1)
                                and not _PRONOUN_CLAUSE.match(folded, end + 1)
                                and not _CLAIM_OBJECT.match(folded, end + 1)):
        return False  # "refuse to acknowledge", "the senator cannot confirm", "will not admit": nobody says so;
        # "Predict the outcome …, the teacher told" (an order); "Airlines that deny boarding", "Scans confirm a
        # fracture", "Chelsea concede late goal": no clause, no statement
    if word in _NOUN_TOO and (_DETERMINER_BEFORE.search(folded, max(0, start - 12), start) or text[start].isupper()
                              or folded.endswith(("so ", "too ", ", "), 0, start)):
        return False  # "a suspected arson attack", "The thought they might lose", "Hopes the ceasefire will hold
        # are fading", "so worried that", "Parents, worried their children …": a noun or an adjective
    if word in ("think", "feel", "worry") and _NOT_FINITE.search(folded, max(0, start - 24), start):
        return False  # "didn’t think the fires would", "to feel the", "would worry": no belief stated
    if word in _THINKING and not (folded.startswith(" that", end + 1) and not _THAT_NOUN.match(text, end + 6)
                                                  or _PRONOUN_CLAUSE.match(folded, end + 1)
                                                  or _BARE_CLAUSE.match(text, end + 1)
                                                  or word == "think" and _GERUND_CLAUSE.match(text, end + 1)):
        return False  # "Doctors feared the worst when …": an object, no clause; "fear (that) X will" is one
    if word in _FEAR_NOUNS and _FEAR_NOUN_BEFORE.search(folded, max(0, start - 16), start):
        return False  # "amid fears that", "raised hopes that", "growing fear that": a mood, nobody's claim
    if word == "assumed" and not (_PRONOUN_CLAUSE.match(folded, end + 1) or folded.startswith(" that", end + 1)):
        return False  # "assumed the presidency when …", "assumed office": no thought; "assumed he had …" is one
    if word.endswith(" how") and folded.startswith(" to ", end + 1):
        return False  # "instructions that detail how to assemble the shelf": a manual, nobody's claim
    if word == "outlined" and not _OUTLINED_WHAT.match(folded, end + 1):
        return False  # "outlined in red", "Mountains outlined against the sky": a shape; "outlined its plans" says
    if word == "ruled out" and _RULED_OUT_SPORT.match(folded, end + 1):
        return False  # "ruled out of the match", "ruled out for offside": an injury or a referee
    if word == "disputes" and _DISPUTES_NOUN.search(text, max(0, start - 12), start):
        return False  # "embroiled in disputes with its suppliers": the noun
    if word.endswith("ing") and " " not in word and _GERUND_BEFORE.search(folded, max(0, start - 14), start):
        return False  # "believes adding more tutors should …", "recommends adding lanes", "left without saying
        # goodbye": a gerund, the thing believed or done (not "kept saying", "while adding", "by warning")
    if word in ("point to", "pointed to", "points to") and (
            _NOT_FINITE.search(folded, max(0, start - 24), start) or text[start].isupper()
            or PASSIVE.search(folded, max(0, start - 30), start) or _POINTED_AT_PLACE.match(folded, end + 1)
            or word == "points to" and _SCORE_BEFORE.search(folded, max(0, start - 16), start)
            or _THING_RELATIVE.search(folded, max(0, start - 12), start)):
        return False  # "Point to the map", "did not point to", "was pointed to", "pointed to the door", "the problem
        # of prohibition, which points to …" (a thing, nobody's claim): no claim
    if word.startswith("as ") and word.endswith(" in") and not _AS_IN_SOURCE.match(text, end + 1):
        return False  # "as described in the manual": no source; "as detailed in an Ars Technica report" cites one
    if text.endswith("worth ", max(0, start - 6), start) and not folded[start - 7:start - 6].isalnum():
        return False  # "It's worth noting that …": the writer's own aside (not "Stallworth said", "Ms Worth said")
    return True
