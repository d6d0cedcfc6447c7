"""The expected-match model the selection program credits (``_expected``)."""

from __future__ import annotations

import itertools
import math

from _candidates import article, candidate
from storyweave.summarize._expected import (
    BIGRAM_SHARE,
    expected_counts,
    gram_counts,
    repeat_chances,
)


def test_gram_counts_stem_long_words_and_pair_neighbours() -> None:
    counts = gram_counts("The storms hit the coast; storms again.")
    assert counts[("storm",)] == 2
    assert counts[("the",)] == 2
    assert counts[("the", "storm")] == 1
    assert counts[("hit", "the")] == 1


def test_expected_counts_share_the_length() -> None:
    expected = expected_counts(
        [candidate("Rain fell on the town."), candidate("Rain fell.", 1)], 70
    )
    unigrams = {g: v for g, v in expected.items() if len(g) == 1}
    assert math.isclose(sum(unigrams.values()), 70)
    assert math.isclose(expected[("rain",)], 70 * 2 / 7)


def test_each_article_counts_once_however_long() -> None:
    # One outlet runs on about the rain; the other names the flood once. Pooled,
    # the long article would set the model (rain 6/8 of the words); averaged,
    # each article's distribution weighs the same.
    long_article = article("a", "Rain rain rain.", "Rain rain rain.")
    short_article = article("b", "Flood water.")
    expected = expected_counts(long_article + short_article, 100)
    assert math.isclose(expected[("rain",)], 50)
    assert math.isclose(expected[("flood",)], 25)
    assert math.isclose(sum(v for g, v in expected.items() if len(g) == 1), 100)


def test_repeat_chances_are_poisson_tails_and_fall() -> None:
    chances = repeat_chances(("rain",), 2.0, 10)
    assert math.isclose(chances[0], 1 - math.exp(-2.0))
    assert math.isclose(chances[1], 1 - 3 * math.exp(-2.0))
    assert all(a > b for a, b in itertools.pairwise(chances))
    assert len(repeat_chances(("rain",), 2.0, 1)) == 1  # no more repeats than the text holds
    assert repeat_chances(("rain",), 0.0, 5) == []
    pair = repeat_chances(("heavy", "rain"), 2.0, 1)
    assert math.isclose(pair[0], BIGRAM_SHARE * (1 - math.exp(-2.0)))


def test_the_program_credits_a_word_only_one_sentence_holds() -> None:
    # Two sentences of the same length and the same concept worth: only the
    # expected matches tell them apart, and "flood" is held by one of them only.
    from storyweave.summarize._ilp import solve

    dry = candidate("Officials in the region counted the damage on Monday.", 0)
    wet = candidate("Officials in the region counted the flood on Monday.", 1)
    weights = {c: 1.0 for c in dry.concepts | wet.concepts}
    for expected in ({("flood",): 3.0}, {("damag",): 3.0}):
        chosen = solve([dry, wet], weights, dry.words, {}, expected=expected)
        assert len(chosen) == 1
        holder = wet if ("flood",) in expected else dry
        assert chosen[0] is holder
