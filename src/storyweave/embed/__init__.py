"""Sentence embeddings behind a named backend (``embed.minilm.v1``)."""

from ._minilm import (
    DIMENSIONS,
    Embedder,
    MiniLMEmbedder,
    SentenceVectors,
    embed_sentences,
    get_embedder,
)

__all__ = [
    "DIMENSIONS",
    "Embedder",
    "MiniLMEmbedder",
    "SentenceVectors",
    "embed_sentences",
    "get_embedder",
]
