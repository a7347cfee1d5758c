"""`without_surrogates`: a document's text made storable one character for one, so no offset moves."""
from __future__ import annotations

from annotations.unicode_text import mended, without_surrogates


def test_each_surrogate_becomes_one_replacement_character() -> None:
    text = "a\udc00b\ud83d\ude00c"  # a lone half, then a pair as UTF-16 read naively gives it
    assert without_surrogates(text) == "a\ufffdb\ufffd\ufffdc"
    assert len(without_surrogates(text)) == len(text)
    assert mended(text) == "a\ufffdb😀c"  # (metadata may shrink: a pair is its character)


def test_whole_text_is_the_same_object() -> None:
    text = "Réformes 😀"
    assert without_surrogates(text) is text
