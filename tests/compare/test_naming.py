"""Naming choices and the outlet's own voice: real texts through the real pipeline."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language
from test_compare_example import build_story

import storyweave
from storyweave._model import Article, Comparison
from storyweave._stretches import Stretches
from storyweave.compare._naming import naming_groups
from storyweave.compare._voice import own_voice, quotation_mark_spans
from storyweave.evaluate.voice import VoiceCounts, count_words, evaluate_voice


def _comparison(nlp: Language, *outlets: tuple[str, str]) -> Comparison:
    """The comparison of one article per (outlet, text), through the real pipeline."""
    articles = [Article(id=f"a{n}", source=o, text=t) for n, (o, t) in enumerate(outlets, 1)]
    return build_story(articles, nlp).comparison


def test_each_outlet_is_credited_with_its_own_words_only(nlp: Language) -> None:
    comparison = _comparison(
        nlp,
        ("Daily One", "Soldiers staged a coup in the capital on Monday. "
                      "The coup leaders closed the airport and the border."),
        ("Second Post", "Soldiers led an uprising in the capital on Monday. "
                        "The uprising closed the airport and the border for hours."),
        ("Third Wire", "Soldiers took over the airport in the capital on Monday. "
                       "The president said that it was a coup against the nation. "
                       "Officials called the events a rebellion by a few officers."),
    )  # fmt: skip
    [choice] = [c for c in comparison.naming if c.concept == "the attempt to seize power"]
    words = {(u.outlet, u.term): u.count for u in choice.uses}
    assert words == {("Daily One", "coup"): 2, ("Second Post", "uprising"): 2}
    # The Third Wire uses "coup" and "rebellion" only in what others said or called it.
    assert choice.only_quoting == ("Third Wire",)
    assert all(u.examples and u.examples[0].article in ("a1", "a2") for u in choice.uses)


def test_someones_government_is_counted_per_owner(nlp: Language) -> None:
    comparison = _comparison(
        nlp,
        ("Daily One", "Sanctions hit the Maduro government again on Monday. "
                      "The Maduro government answered with new taxes on imports."),
        ("Second Post", "Sanctions hit Maduro's regime again on Monday. "
                        "The measures were announced by the Trump administration in Washington."),
    )  # fmt: skip
    about = {c.about: {(u.outlet, u.term) for u in c.uses} for c in comparison.naming}
    [maduro] = [k for k in about if k and "Maduro" in k]
    assert about[maduro] == {("Daily One", "government"), ("Second Post", "regime")}
    assert not any(k and "Trump" in k for k in about)  # one outlet: nothing to compare


def test_the_example_shows_the_competing_names_of_the_event(
    example_brief: storyweave.Brief,
) -> None:
    naming = {(c.concept, c.about): c for c in example_brief.comparison.naming}
    seize = naming[("the attempt to seize power", None)]
    used = {u.term for u in seize.uses}
    assert {"coup", "uprising"} <= used
    # Rachel Blevins writes "coup" only inside Maduro's and Bolton's words.
    assert "Rachel Blevins" in seize.only_quoting
    assert "Rachel Blevins" not in {u.outlet for u in seize.uses}
    # The outlet that never names itself writes "Maduro's regime"; others "the Maduro government".
    [power] = [c for (concept, about), c in naming.items() if about and "Maduro" in about]
    assert {u.term for u in power.uses} >= {"government", "regime"}


def test_framing_leaves_quoted_words_to_the_speaker(example_brief: storyweave.Brief) -> None:
    by_outlet = {(t.outlet, t.term) for t in example_brief.comparison.framing}
    # Pompeo's "literally", Smilde's "clearly", Bolton's "go down with the ship".
    assert not {term for _, term in by_outlet} & {"literally", "clearly", "go down with the ship"}
    assert ("Socialist Worker", "abortive coup") in by_outlet  # the outlet's own words stay


def test_words_with_other_senses_need_an_unambiguous_word_beside_them(nlp: Language) -> None:
    drug = (
        "The drug can cause aggression and insomnia in children. "
        "Early intervention by doctors helps most patients."
    )
    assert not _comparison(nlp, ("Daily One", drug), ("Second Post", drug)).naming
    war = _comparison(
        nlp,
        ("Daily One", "The war in the north entered its third month on Monday."),
        ("Second Post", "The conflict in the north entered its third month on Monday."),
    )
    assert [c.concept for c in war.naming] == ["a war"]


def test_naming_list_gives_each_word_one_group() -> None:
    groups = naming_groups()
    words = [t for g in groups for t in g.terms]
    assert len(groups) >= 10 and len(words) == len(set(words))
    assert all(len(g.terms) >= 2 and g.concept for g in groups)
    assert all(g.other_senses < set(g.terms) for g in groups)
    assert not any(t.endswith("?") for t in words)


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-20, 80), st.integers(-20, 80))))
def test_own_voice_blanks_only_the_quoted_stretches(
    text: str, spans: list[tuple[int, int]]
) -> None:
    offset = 10
    out = own_voice(text, offset, Stretches(spans))
    assert len(out) == len(text)
    for i, (before, after) in enumerate(zip(text, out, strict=True)):
        quoted = any(a <= i + offset < b for a, b in spans)
        assert after == (" " if quoted else before)


def test_quotation_marks_and_word_counts() -> None:
    text = "He said “we will win” and left. A “bad” idea."
    spans = quotation_mark_spans(text)
    assert [text[a:b] for a, b in spans] == ["“we will win”", "“bad”"]
    counts = VoiceCounts()
    gold = Stretches([(text.index("“we"), text.index("” and") + 1)])
    count_words(text, gold, Stretches(spans), counts)
    assert (counts.true_positive, counts.predicted, counts.gold) == (3, 4, 3)
    assert counts.row()["recall"] == 1.0 and counts.row()["precision"] == 0.75


def test_voice_rule_beats_quotation_marks_on_polnear(shared_data: Path, nlp: Language) -> None:
    rows = evaluate_voice(shared_data, nlp, "dev", limit=6)
    ours, marks = rows["storyweave"], rows["quotation marks"]
    assert ours["gold_words"] > 500
    assert ours["f1"] > marks["f1"] and ours["recall"] > rows["reported speech"]["recall"]


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8),
       st.integers(0, 60), st.integers(0, 60))  # fmt: skip
def test_stretches_answer_as_a_scan_would(
    ranges: list[tuple[int, int]], start: int, end: int
) -> None:
    stretches = Stretches(ranges)
    scan = start < end and any(a < end and start < b for a, b in ranges if a < b)
    assert stretches.overlaps(start, end) == scan
    assert (start in stretches) == any(a <= start < b for a, b in ranges)
