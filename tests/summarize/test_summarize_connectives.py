"""A leading linking word is dropped when the rest of the sentence stands alone."""

from __future__ import annotations

import pytest

from storyweave.summarize._candidates import drop_connective, text_features


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("However, Lopez fled to the Spanish embassy.", "Lopez fled to the Spanish embassy."),
        ("Now Lopez is hiding in the Spanish embassy.", "Lopez is hiding in the Spanish embassy."),
        (
            "And, despite the bluster, the threat remains.",
            "Despite the bluster, the threat remains.",
        ),
        ("But he said no such thing.", "But he said no such thing."),  # "he" needs context
        ("However, it failed.", "However, it failed."),
        ("Nowhere was the army seen.", "Nowhere was the army seen."),  # not the word "now"
        ("As a result, the talks ended.", "As a result, the talks ended."),  # carries meaning
    ],
)
def test_drop_connective(text: str, expected: str) -> None:
    assert drop_connective(text) == expected


def test_a_sentence_freed_of_its_connective_may_stand_alone() -> None:
    text, _words, _concepts, _stems, dependent, eligible = text_features(
        "However, opposition leader Leopoldo Lopez fled to the Spanish embassy in Caracas."
    )
    assert text.startswith("Opposition leader") and not dependent and eligible
