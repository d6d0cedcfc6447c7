"""Name keys, typo matching, titles and the lookup helper, on small inputs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storyweave._model import Entity, Sentence
from storyweave.entities import EntityIndex, office_of, role_after, role_before
from storyweave.entities._names import clean_surface, name_key, similar_word
from storyweave.entities._persons import same_person


def _sentence(text: str) -> Sentence:
    return Sentence(id="a#s0", article="a", index=0, text=text, start=0, end=len(text))


def test_name_keys_fold_accents_possessives_and_honorifics() -> None:
    assert name_key("Leopoldo López") == name_key("Leopoldo Lopez") == "leopoldo lopez"
    assert name_key("Juan Guaido’s", person=True) == "juan guaido"
    assert name_key("Venezuela’s Maduro", person=True) == "maduro"
    assert name_key("Mr Bolton", person=True) == "bolton"
    assert clean_surface("the U.S.") == "U.S."


def test_one_typo_in_long_words_only() -> None:
    assert similar_word("guaido", "gaido") and similar_word("guaido", "guido")
    assert similar_word("maduro", "maudro")  # transposition
    assert not similar_word("lopez", "perez")
    assert not similar_word("bush", "busk")  # short words must match exactly


def test_full_names_need_agreeing_given_names() -> None:
    assert same_person("elliot abrams", "elliott abrams")
    assert same_person("vladimir padrino", "vladimir padrino lopez")
    # The small model takes a title into the name: "Forecaster Hal Gerrish".
    assert same_person("hal gerrish", "forecaster hal gerrish")
    assert not same_person("gerrish", "forecaster gerrish")  # a surname alone is not enough
    assert not same_person("leopoldo lopez", "vladimir padrino lopez")


def test_roles_before_and_after_names() -> None:
    s = _sentence("Secretary of State Mike Pompeo also commented.")
    assert role_before(s, s.text.index("Mike")) == "Secretary of State"
    s = _sentence("Mike Pompeo, the US Defense Secretary, has declared it.")
    assert role_after(s, s.text.index(",")) == "US Defense Secretary"
    s = _sentence("Hugo Chavez’s successor, Nicolas Maduro, remains in power and appeared.")
    assert role_after(s, s.text.index(", remains")) is None
    s = _sentence("Calling for an uprising, Guaido announced it.")
    assert role_before(s, s.text.index("Guaido")) is None
    # A sentence's first word, inside a quotation of several sentences, is no title.
    s = _sentence("“Your time is up. Accept Interim President Guaido’s amnesty,” Bolton said.")
    assert role_before(s, s.text.index("Guaido")) == "Interim President"


def test_office_separates_kind_from_qualifier() -> None:
    places = frozenset({"us"})
    assert office_of("US secretary of state", places) == ("secretary", frozenset({"state"}))
    assert office_of("US Defense Secretary", places) == ("secretary", frozenset({"defense"}))
    assert office_of("Mr", places) is None


@given(st.text(max_size=200))
def test_name_functions_accept_any_text(text: str) -> None:
    name_key(text, person=True)
    clean_surface(text, person=True)
    sentence = _sentence(text or "x")
    role_before(sentence, len(sentence.text))
    role_after(sentence, 0)
    index = EntityIndex([Entity(id="E1", name="Juan Guaido", label="PERSON", aliases=("Guaido",))])
    found = index.find(text)
    assert found is None or found.id == "E1"
