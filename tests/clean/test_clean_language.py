"""detect_language: function-word votes, script for CJK, None when unsure."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweave.clean import detect_language

SAMPLES = {
    "en": "The council said on Tuesday that the bridge would reopen next week, and that the "
    "repairs had cost more than the city had expected when the work began.",
    "de": "Der Stadtrat teilte am Dienstag mit, dass die Brücke in der nächsten Woche wieder "
    "geöffnet werde und dass die Reparaturen mehr gekostet hätten, als man erwartet hatte.",
    "fr": "Le conseil municipal a annoncé mardi que le pont rouvrirait la semaine prochaine et "
    "que les réparations avaient coûté plus cher que ce que la ville avait prévu.",
    "es": "El ayuntamiento anunció el martes que el puente volvería a abrir la próxima semana y "
    "que las reparaciones habían costado más de lo que la ciudad esperaba.",
    "it": "Il consiglio comunale ha annunciato martedì che il ponte riaprirà la prossima "
    "settimana e che le riparazioni sono costate più di quanto la città si aspettasse.",
    "pt": "A câmara municipal anunciou na terça-feira que a ponte vai reabrir na próxima semana "
    "e que as obras custaram mais do que a cidade esperava quando começaram.",
    "nl": "De gemeenteraad maakte dinsdag bekend dat de brug volgende week weer opengaat en dat "
    "de reparaties meer hebben gekost dan de stad had verwacht toen het werk begon.",
    "ru": "Городской совет во вторник сообщил, что мост снова откроется на следующей неделе и "
    "что ремонт обошёлся дороже, чем город ожидал, когда начались работы.",
    "zh": "市议会周二表示，这座桥将于下周重新开放，维修费用超出了该市开工时的预期。",
    "ja": "市議会は火曜日、橋が来週再開すると発表し、修理費用は市の予想を上回ったと述べた。",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_languages(code: str) -> None:
    assert detect_language(SAMPLES[code]) == code


def test_example_is_english(example_dir: Path) -> None:
    for path in sorted(example_dir.glob("*.txt")):
        assert detect_language(path.read_text(encoding="utf-8")) == "en"


@pytest.mark.parametrize("text", ["", "Breaking news", "12 34 56 78 90 11 12 13 14", "!!! ??? ..."])
def test_unsure_gives_none(text: str) -> None:
    assert detect_language(text) is None


def test_one_function_word_decides_nothing() -> None:
    # "jim" is on the Czech stop list; a headline of names must not be Czech
    assert detect_language("BOSTON CELTICS Fired Jim Smith, coach. Named Bob Jones coach.") is None


def test_english_with_foreign_names_is_english() -> None:
    text = (
        "Juan Guaido and Leopoldo López met at La Carlota, the air base, before the Fuerza "
        "Armada Nacional Bolivariana said it would stay loyal to the government of Maduro."
    )
    assert detect_language(text) == "en"
