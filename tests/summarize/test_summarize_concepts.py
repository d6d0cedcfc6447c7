"""Concept weights (``_concepts``): what the cluster says, counted in articles."""

from __future__ import annotations

import pytest

from _candidates import article
from storyweave.summarize import _concepts
from storyweave.summarize._concepts import LEAD_BONUS, UNIGRAM_SHARE, concept_weights


def test_a_concept_is_weighed_by_the_articles_that_hold_it() -> None:
    one = article("a", "Floods closed the main road into Lagos.")
    two = article("b", "Heavy floods closed schools in Lagos.")
    weights = concept_weights([one, two])
    # Both articles hold it, both in their lead.
    assert weights[("flood", "close")] == 2 + LEAD_BONUS * 2
    assert weights[("lago", "")] == pytest.approx((2 + LEAD_BONUS * 2) * UNIGRAM_SHARE)


def test_the_kept_concepts_do_not_depend_on_the_order_they_were_met(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every concept of these two articles ties with others; when only some may
    # be kept, the same ones must be, whatever order the articles (and so the
    # hash-ordered sets of their concepts) come in.
    one = article("a", "Floods closed the main road into Lagos on Monday.")
    two = article("b", "Rescue teams searched the flooded villages near Ibadan.")
    monkeypatch.setattr(_concepts, "MAX_CONCEPTS", 5)
    kept = set(concept_weights([one, two]))
    assert len(kept) == 5
    assert set(concept_weights([two, one])) == kept
