"""The sparse signals of the story clusterer: words and names of the opening."""

from __future__ import annotations

from storyweave._model import Article
from storyweave.cluster._features import DocumentFrequencies, dot, term_counts


def test_a_possessive_is_the_same_name_and_word() -> None:
    terms, names = term_counts(
        Article(
            id="a",
            title="Obama's rule is overturned",
            text="Obama overturned Bush’s rule. Microsoft's patch and Microsoft's "
            "update. Jim O'Brien was fired.",
        )
    )
    assert names["obama"] == 2 and "obama's" not in names
    assert names["microsoft"] == 2 and "microsoft's" not in names
    assert terms["microsoft"] == 2 and "microsoft's" not in terms
    assert names["bush"] == 1
    # An apostrophe inside a name is not a possessive.
    assert names["jim o'brien"] == 1


def test_a_possessive_does_not_part_two_articles_on_one_person() -> None:
    one = Article(id="a", text="Vinar's brother was found on Mt Cook on Thursday.")
    two = Article(id="b", text="Vinar was found on Mt Cook on Thursday.")
    counts = [term_counts(one)[1], term_counts(two)[1]]
    frequencies = DocumentFrequencies()
    for names in counts:
        frequencies.add(set(names))
    vectors = [frequencies.weigh(names) for names in counts]
    assert dot(vectors[0], vectors[1]) > 0.99
