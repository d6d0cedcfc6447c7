"""Fixtures shared by the whole suite: the real models, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from _embedders import CountingEmbedder
from storyweave import Brief, Engine, Result
from storyweave.nlp._spacy import load_spacy

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_DIR = ROOT / "examples" / "venezuela-2019"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_spacy()


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLE_DIR


@pytest.fixture(scope="session")
def example_result() -> Result:
    """The bundled example run once through the whole engine, for every test that reads it."""
    return Engine().run([str(EXAMPLE_DIR)])


@pytest.fixture(scope="session")
def example_brief(example_result: Result) -> Brief:
    return example_result.brief


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture
def counting_embedder() -> CountingEmbedder:
    return CountingEmbedder()
