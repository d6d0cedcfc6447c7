"""Batched adding: the threaded embedding and the faster sparse/MinHash code decide as before."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zlib
from pathlib import Path

from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from storyweave._model import Article
from storyweave.cluster import Stories, StoriesConfig
from storyweave.cluster._features import dot
from storyweave.cluster._store import DB_NAME
from storyweave.dedupe._shingles import NUM_PERM, SEED, fingerprint, shingles

DAY = dt.date(2019, 4, 30)


def _mixed_stream(example_dir: Path, quake_texts: dict[str, str]) -> list[Article]:
    """Venezuela, the earthquakes, a verbatim copy and an empty text, over two days."""
    venezuela = [
        Article(id=p.stem, text=p.read_text(encoding="utf-8"), published=DAY, source=p.stem[:3])
        for p in sorted(example_dir.glob("*.txt"))
    ]
    later = DAY + dt.timedelta(days=1)
    quakes = [Article(id=k, text=v, published=later) for k, v in quake_texts.items()]
    copy = venezuela[1].model_copy(update={"id": "wire-copy", "source": "wire"})
    empty = Article(id="empty", text="   ", published=later)
    return [*venezuela[:3], copy, *quakes[:2], empty, *venezuela[3:], *quakes[2:]]


def test_one_batch_decides_as_one_article_at_a_time(
    example_dir: Path, quake_texts: dict[str, str]
) -> None:
    stream = _mixed_stream(example_dir, quake_texts)
    config = StoriesConfig(window_days=3)
    batched = Stories(config).add_many(stream)
    single = Stories(config)
    one_by_one = [single.add(article) for article in stream]
    assert batched == one_by_one
    assert batched[stream.index(next(a for a in stream if a.id == "empty"))] is None
    assert len({a.story for a in batched if a is not None}) == 3  # Venezuela, Chile, Nepal


def test_what_add_many_returned_is_committed(
    tmp_path: Path, example_dir: Path, quake_texts: dict[str, str]
) -> None:
    stream = _mixed_stream(example_dir, quake_texts)
    stories = Stories.open(tmp_path)
    returned = [a for a in stories.add_many(stream) if a is not None]
    # A second connection sees only committed rows; the first is still open.
    reader = sqlite3.connect(str(tmp_path / DB_NAME))
    try:
        stored = [row[0] for row in reader.execute("SELECT id FROM articles ORDER BY seq")]
    finally:
        reader.close()
    stories.close()
    assert stored == [a.article for a in returned]


sparse = st.dictionaries(
    st.sampled_from([f"w{i}" for i in range(40)]),
    st.floats(min_value=-1, max_value=1, allow_nan=False),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(sparse, sparse)
def test_dot_equals_the_plain_sum(a: dict[str, float], b: dict[str, float]) -> None:
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    assert dot(a, b) == sum(v * large.get(k, 0.0) for k, v in small.items())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_fingerprint_equals_a_fresh_minhash(text: str) -> None:
    fresh = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32)
    expected = shingles(text)
    fresh.update_batch(sorted(expected))
    found = fingerprint(text)
    assert found.shingles == len(expected)
    assert (found.minhash.hashvalues == fresh.hashvalues).all()


@given(st.lists(st.sampled_from(["a", "b", "c", "A,", "d"]), max_size=12))
def test_shingles_are_the_word_runs(tokens: list[str]) -> None:
    text = " ".join(tokens)
    words = text.casefold().replace(",", "").split()
    span = min(3, len(words))
    runs = {" ".join(words[i : i + span]).encode() for i in range(len(words) - span + 1)}
    assert shingles(text) == (runs if words else set())
