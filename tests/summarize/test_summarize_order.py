"""Story order: the opener first, then the days the sentences narrate, in order."""

from __future__ import annotations

import datetime as dt

from storyweave._model import Sentence
from storyweave.summarize._candidates import Candidate, make_candidate
from storyweave.summarize._order import story_order

TUESDAY = dt.date(2019, 4, 30)
WEDNESDAY = dt.date(2019, 5, 1)


def _candidate(article: str, index: int, text: str, order: int) -> Candidate:
    sentence = Sentence(
        id=f"{article}#s{index}", article=article, index=index, text=text, start=0, end=len(text)
    )
    return make_candidate(sentence, order)


def test_without_days_the_articles_follow_their_publication_order() -> None:
    lead = _candidate("a", 0, "Rebels seized the capital's main airport on Wednesday.", 1)
    older = _candidate("b", 3, "Troops left the city's barracks before dawn.", 0)
    later = _candidate("a", 5, "The government called for talks with rebel leaders.", 1)
    assert story_order([later, older, lead]) == [lead, older, later]


def test_days_put_tuesday_before_wednesday_whatever_the_article() -> None:
    lead = _candidate("a", 0, "Rebels seized the capital's main airport on Wednesday.", 0)
    wednesday = _candidate("a", 4, "The government called for talks with rebel leaders.", 0)
    tuesday = _candidate("b", 6, "Troops left the city's barracks before dawn on Tuesday.", 1)
    carried = _candidate("b", 9, "Hundreds of residents fled toward the border crossing.", 1)
    when = {
        lead.sentence.id: (WEDNESDAY, True),
        wednesday.sentence.id: (WEDNESDAY, False),
        tuesday.sentence.id: (TUESDAY, True),
        carried.sentence.id: (TUESDAY, False),
    }
    ordered = story_order([wednesday, carried, lead, tuesday], when=when)
    assert ordered == [lead, tuesday, carried, wednesday]


def test_a_dependent_sentence_stays_after_its_predecessor() -> None:
    lead = _candidate("c", 0, "Rebels seized the capital's main airport on Wednesday.", 2)
    first = _candidate("a", 2, "Troops left the city's barracks before dawn on Tuesday.", 0)
    second = _candidate("a", 3, "They were back in their barracks on Friday evening.", 0)
    thursday = _candidate("b", 4, "Rebel leaders met the mediators on Thursday.", 1)
    assert second.dependent
    when = {
        lead.sentence.id: (WEDNESDAY, True),
        first.sentence.id: (TUESDAY, True),
        second.sentence.id: (dt.date(2019, 5, 3), True),
        thursday.sentence.id: (dt.date(2019, 5, 2), True),
    }
    ordered = story_order([thursday, second, lead, first], when=when)
    assert ordered == [lead, first, second, thursday]
