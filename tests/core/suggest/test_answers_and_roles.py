"""Two layouts of attribution (stop 37; an outside helper's invented battery, not any gold): a "Q: … / A: …"
interview gave its answers no speaker (only "Name: …" labels were read), and 'The minister was blunt: "There will
be no bailout."' kept "the minister" as an unnamed source, though the text named the minister before (as "The
minister said" is resolved). The first cases failed before; the guards keep the questions and a description the
text never resolves."""
from __future__ import annotations

from tests.core.suggest.suggesting import claims, speaker_of

QA = ("Lena Petrova, head of the Baltic Shipping Council, spoke to us about the new sanctions.\n\n"
      "Q: Are the sanctions working?\n\n"
      "A: They are hurting, but the fleet has adapted faster than anyone predicted.\n\n"
      "Q: What happens next?\n\n"
      "A: Prices will rise again before the winter, I am sure of it.\n")


def test_each_answer_is_the_person_the_introduction_presents() -> None:
    assert speaker_of(QA, "adapted faster") == ("Lena Petrova", "named")
    assert speaker_of(QA, "Prices will rise") == ("Lena Petrova", "named")


def test_the_questions_are_no_claims() -> None:
    assert not [c for c in claims(QA) if "?" in c.exact]


def test_a_role_named_before_speaks_through_a_colon() -> None:
    text = ("Finance Minister Chen Guoliang met bank executives in Beijing on Monday.\n\n"
            'The minister was blunt: "There will be no bailout for any lender this year."')
    assert speaker_of(text, "no bailout") == ("Chen Guoliang", "named")


def test_a_role_never_named_stays_as_worded() -> None:
    text = 'The minister was blunt: "There will be no bailout for any lender this year."'
    assert speaker_of(text, "no bailout") == ("the minister", "unnamed")
