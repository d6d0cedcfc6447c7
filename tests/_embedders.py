"""Test doubles that wrap the real embedder (never a fake model)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from storyweave.embed import get_embedder


class CountingEmbedder:
    """MiniLM, recording the texts it is asked to embed."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.texts += texts
        return get_embedder().embed(texts)
