"""Sentence embeddings behind a named backend (``embed.minilm.v1``)."""

from ._minilm import MiniLMEmbedder, SentenceVectors, embed_sentences, get_embedder

__all__ = ["MiniLMEmbedder", "SentenceVectors", "embed_sentences", "get_embedder"]
