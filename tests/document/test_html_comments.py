"""Readers' comments under an article are no part of it: on a real Accountancy Age page (goose3's test pages, judged
by a helper, stop 39) nine comments were kept as article text (5,500 of 9,200 characters) and gave six false claim
suggestions. Blocks whose class or id names a comment section ("comment_text", "comments", Disqus) are furniture,
as share bars and newsletters are; the article keeps its words. The first version matched any part "comment" and
dropped articles that merely have comments ("has-comments", "comments-open", "no-comments", an article in a
"commentBody"), as a reviewer showed: those stay. The first test fails before; the second guards."""
from __future__ import annotations

from pathlib import Path

import pytest

from reader.document import load_document

PARAGRAPH = ("Big bang advocates point to Canada and Australia as evidence of the strategy's success, while others "
             "argue that a slow convergence of the two standards would cost companies less. ")
COMMENT = ("I'm amazed at the narrow minded opinions here. If we don't adopt IFRS, the country will drift away as "
           "the world's primary capital market, and it is only a matter of time.")


def test_readers_comments_are_dropped(tmp_path: Path) -> None:
    comments = "".join(f'<div class="visitors_comment_content"><h3>Reader view {i}</h3><p>{COMMENT} ({i})</p>'
                       f'<p class="common_date">Posted by: reader {i}, 06 Oct 2011 | 13:30</p></div>' for i in range(9))
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>IFRS: big bang or slow convergence?</title></head><body><div id=\"main\">"
                    f"<h1>IFRS: big bang or slow convergence?</h1>{''.join(f'<p>{PARAGRAPH}</p>' for _ in range(3))}"
                    f"<h2>Comments</h2>{comments}</div></body></html>", encoding="utf-8")
    text = load_document(path).text
    assert text.count("Big bang advocates point to Canada") == 3
    assert "narrow minded" not in text and "Posted by" not in text


ARTICLE = "".join(f"<p>Paragraph {i}: {PARAGRAPH}</p>" for i in range(5))
REPLIES = "".join(f'<li class="comment" id="comment-{i}"><div class="comment-body"><p>Reader {i}: {COMMENT}</p>'
                  f"</div></li>" for i in range(30))


@pytest.mark.parametrize("container", [
    '<article class="post has-comments"><h1>Housing targets are a fantasy</h1>{a}</article>',
    '<div class="entry-content comments-open"><h1>Housing targets are a fantasy</h1>{a}</div>',
    '<div class="story-body no-comments">{a}</div>',
    '<div class="commentBody">{a}</div>',
])
def test_an_article_that_has_comments_keeps_its_words(tmp_path: Path, container: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Housing targets</title></head><body>{container.format(a=ARTICLE)}"
                    f'<section class="discussion"><h2>30 responses</h2><ol class="replies">{REPLIES}</ol></section>'
                    "</body></html>", encoding="utf-8")
    assert load_document(path).text.count("Big bang advocates point to Canada") == 5
