"""Shorter forms of a sentence (``_compress``) and how the program chooses among forms."""

from __future__ import annotations

from storyweave._model import Sentence
from storyweave.summarize._candidates import Candidate, make_candidate, shorter_candidate
from storyweave.summarize._compress import without_aside
from storyweave.summarize._ilp import previous_ids, shortlist, solve


def test_the_aside_about_a_name_goes() -> None:
    assert (
        without_aside(
            "Retired Sen. John Tower, the defense secretary-designate, underwent surgery today."
        )
        == "Retired Sen. John Tower underwent surgery today."
    )
    assert (
        without_aside("Juan Guaido, who leads the National Assembly, called for protests.")
        == "Juan Guaido called for protests."
    )


def test_a_name_that_is_itself_an_aside_keeps_its_closing_comma() -> None:
    assert (
        without_aside(
            "Gorbachev's foreign minister, Alexander Bessmertnykh, who had dropped out of "
            "sight, reappeared today."
        )
        == "Gorbachev's foreign minister, Alexander Bessmertnykh, reappeared today."
    )


def test_attributions_lists_and_common_nouns_stay() -> None:
    kept = [
        # the clause before an attribution: cutting it would join "Iraq officials said"
        "The embargo bars oil from Iraq, which accounts for 4% of supplies, officials said.",
        # after a common noun the commas are a list's
        "The plane carried milk, a ton of sheets, a ton of medicine and blankets.",
        # what follows starts a noun phrase, not a verb
        "Egon Krenz, the successor, and Guenter Schabowski gave their versions.",
        "Nothing to cut here, as the sentence has no aside.",
    ]
    for text in kept:
        assert without_aside(text) == text


def _candidate(text: str, n: int) -> Candidate:
    sentence = Sentence(
        id=f"a#s{n}", article="a", index=n, text=text, start=0, end=len(text), paragraph=0
    )
    return make_candidate(sentence, 0)


LONG = "Senator Jane Roe, the chairwoman of the finance committee, announced the wage deal."
FOLLOWER = "She said the deal would pass the Senate before the end of the month."


def test_the_shorter_form_is_one_more_candidate_for_the_same_sentence() -> None:
    long = _candidate(LONG, 0)
    short = shorter_candidate(long)
    assert short is not None
    assert short.text == "Senator Jane Roe announced the wage deal."
    assert short.sentence == long.sentence
    assert short.words < long.words
    assert shorter_candidate(short) is None
    weights = {c: 1.0 for c in long.concepts}
    listed = shortlist([long], weights, 100, {})
    assert [c.text for c in listed] == [LONG, short.text]


def test_at_most_one_form_of_a_sentence_is_chosen_and_the_budget_picks_it() -> None:
    long = _candidate(LONG, 0)
    short = shorter_candidate(long)
    assert short is not None
    weights = {c: 1.0 for c in long.concepts}
    roomy = solve([long, short], weights, 100, {})
    assert len(roomy) == 1  # the two forms never stand together
    tight = solve([long, short], weights, short.words, {})
    assert [c.text for c in tight] == [short.text]


def test_a_dependent_sentence_may_follow_its_predecessors_shorter_form() -> None:
    long, follower = _candidate(LONG, 0), _candidate(FOLLOWER, 1)
    assert follower.dependent
    short = shorter_candidate(long)
    assert short is not None
    weights = {c: 1.0 for c in long.concepts | follower.concepts}
    # Only the shorter form leaves room for the follower, in whatever order the forms come.
    budget = short.words + follower.words
    previous = previous_ids([long, follower])
    for forms in ([long, short], [short, long]):
        chosen = solve([*forms, follower], weights, budget, previous)
        assert [c.text for c in chosen] == [short.text, FOLLOWER]
