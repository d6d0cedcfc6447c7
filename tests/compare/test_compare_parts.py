"""Numbers, ages, statuses, log-odds and candidate pairs, on small inputs."""

from __future__ import annotations

from collections import Counter

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from storyweave.compare import log_odds_z
from storyweave.compare._age_conflicts import parse_age
from storyweave.compare._numbers import compatible, quantities
from storyweave.compare._pairs import _approximate, _exact
from storyweave.compare._text import sentence_status


def _one(text: str):
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


def test_quantities_and_their_compatibility() -> None:
    a = _one("Bolton said 25,000 Cuban troops are in Venezuela.")
    b = _one("He put the number at 20,000 Cuban troops.")
    assert a.value == 25_000 and "troop" in a.unit and not compatible(a, b)
    low = _one("The clashes left at least one person dead.")
    assert compatible(low, _one("Two people died in the clashes."))
    assert _one("Sales rose 5 million dollars.").value == 5e6


def test_years_times_ordinals_and_totals_are_not_counts() -> None:
    assert quantities("It happened in 2019 at 4:30 on the 21st floor.") == ()
    total = quantities("The attacks left 20 people dead, including the three gunmen.")
    assert all(q.value != 20 for q in total)


def test_ages_in_words_and_digits() -> None:
    assert parse_age("29") == 29 and parse_age("Twenty-eight") == 28 and parse_age("nineteen") == 19
    assert parse_age("several") is None


def test_status_of_sentences() -> None:
    assert sentence_status("Maduro has since denied the claims.") == "denied"
    assert sentence_status("Some reports claim that Maduro was ready to step down.") == "attributed"
    assert sentence_status("Lopez is hiding in the Spanish embassy.") == "asserted"


def test_log_odds_prefers_the_outlets_own_words() -> None:
    mine = Counter({"coup": 6, "president": 3})
    rest = Counter({"uprising": 6, "president": 3})
    z = log_odds_z(mine, mine + rest, prior_scale=0.1)
    assert z["coup"] > 1.0 and abs(z["president"]) < 0.5


def test_approximate_pairs_find_the_exact_neighbours() -> None:
    rng = np.random.default_rng(3)
    base = rng.normal(size=(200, 32)).astype(np.float32)
    matrix = np.vstack([base, base + 0.05 * rng.normal(size=base.shape).astype(np.float32)])
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    groups = np.arange(len(matrix)) // 10  # ten sentences per article
    exact = {(i, j) for _c, i, j in _exact(matrix, groups, 0.9)}
    approx = {(i, j) for _c, i, j in _approximate(matrix, groups, 0.9)}
    assert exact and len(exact & approx) >= 0.95 * len(exact) and approx <= exact


@given(st.text(max_size=300))
def test_text_helpers_accept_any_text(text: str) -> None:
    for q in quantities(text):
        assert q.value >= 0 and q.unit
    assert sentence_status(text) in {"asserted", "attributed", "denied"}


def test_decades_fractions_and_compounds_are_not_counts() -> None:
    assert quantities("Prodigy, one-half of the legendary '90s rap group, died.") == ()
    assert quantities("It was popular in the 1990s and lasted a 10-day run.") == ()


def test_a_negated_claim_is_itself_a_denial() -> None:
    from storyweave.compare._claim_conflicts import _denies, _is_denial

    assert _denies('Sanders said "none of these allegations are true."')
    assert not _denies("Pompeo claimed that Maduro was ready to leave.")
    assert _is_denial("Russia rejected a suggestion that it had persuaded Maduro to stay.")
    assert not _is_denial("The court rejected a request that he be kept in prison.")


def test_only_explicit_dates_are_compared() -> None:
    from storyweave.compare._claim_conflicts import EXPLICIT_DATE

    assert EXPLICIT_DATE.search("on April 30, 2019") and EXPLICIT_DATE.search("on 30 April")
    assert EXPLICIT_DATE.search("on 4/30/2019")
    assert not EXPLICIT_DATE.search("today") and not EXPLICIT_DATE.search("on Tuesday")
    assert not EXPLICIT_DATE.search("may be arrested at any time")
