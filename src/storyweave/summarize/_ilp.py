"""Choose the sentences that cover the most concept weight within a word budget.

The exact integer linear program of Gillick and Favre (2009), solved with HiGHS
through ``highspy``::

    maximise   sum_j w_j c_j
    subject to sum_i len_i x_i <= budget
               c_j <= sum_{i contains j} x_i        (a concept counts once)
               x_i + x_k <= 1                       (near-repeated sentences)
               x_i <= x_prev(i)                     (dependent sentences)

With ``expected`` gram counts (``_expected``), the objective also credits the
words a reader's summary is expected to share with the chosen ones::

    + s * sum_{g,k} P(Poisson(lambda_g) >= k) z_gk
    subject to sum_k z_gk <= sum_i count_gi x_i     (0 <= z_gk <= 1)

The chances fall with ``k``, so the k-th repeat of a word earns its chance only
once the summary holds it ``k`` times. ``s`` makes the expected matches of a
whole ``budget``-word text worth ``EXPECTED_MATCH_SHARE`` x the total concept weight.

Only the best-scoring candidates enter the program, so its size does not grow
with the cluster.
"""

from __future__ import annotations

import heapq
import itertools
import math
import os
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

import highspy
import numpy as np
from scipy import sparse

from .._errors import BackendError
from ._candidates import Candidate
from ._concepts import Concept, concept_worth
from ._expected import Gram, gram_counts, repeat_chances

MAX_CANDIDATES = 250
# Two sentences whose content stems overlap this much (cosine) say one thing.
REDUNDANT_COSINE = 0.55
# The search stops after this many branch-and-bound nodes (a bound on work, so
# the answer does not depend on the machine's speed; every development cluster
# is solved to the gap well within it) or, as a safety net, after this long.
NODE_LIMIT = 200
SOLVER_SECONDS = 10.0
# Stop within this fraction of the optimum (1 %): the last sliver of concept weight is noise.
MIP_GAP = 1e-2
# Nearly all of the solver's time goes into the root node: cutting planes and
# sub-MIP heuristics. A small cut pool, no RINS / RENS sub-MIPs and no restart
# keep it short. On the 37 DUC 2002 clusters cut to 10 articles, solve time
# median / slowest: 0.31 / 1.25 s with HiGHS's defaults (scipy's older HiGHS:
# about 1.5x slower again), 0.21 / 0.87 s with these, the same objective summed
# over the clusters.
HIGHS_OPTIONS: dict[str, bool | int | float | str] = {
    "output_flag": False,
    "mip_allow_restart": False,
    "mip_pool_soft_limit": 100,
    "mip_heuristic_run_rins": False,
    "mip_heuristic_run_rens": False,
}
# Worth of the expected word matches against the concept weights (see the module doc).
EXPECTED_MATCH_SHARE = 0.7


def shortlist(
    candidates: Sequence[Candidate],
    weights: Mapping[Concept, float],
    budget: int,
    previous: Mapping[str, str],
    factor: Mapping[str, float] | None = None,
) -> list[Candidate]:
    """The eligible candidates worth solving for, at most ``MAX_CANDIDATES``.

    A dependent sentence stays only together with the sentence before it.
    ``factor`` scales a sentence's concept worth (editorial preferences).
    """

    def score(candidate: Candidate) -> float:
        worth = concept_worth(candidate, weights)
        return worth * factor.get(candidate.sentence.id, 1.0) if factor else worth

    pool = [c for c in candidates if c.eligible and c.words <= budget and score(c) > 0]
    best = heapq.nlargest(MAX_CANDIDATES, pool, key=lambda c: (score(c), -c.sentence.index))
    chosen = {c.sentence.id for c in best}
    return [c for c in best if not c.dependent or previous.get(c.sentence.id) in chosen]


def previous_ids(candidates: Sequence[Candidate]) -> dict[str, str]:
    """Sentence id -> id of the sentence just before it in the same article."""
    out: dict[str, str] = {}
    for before, after in itertools.pairwise(candidates):
        if before.sentence.article == after.sentence.article:
            out[after.sentence.id] = before.sentence.id
    return out


def redundant_pairs(shortlisted: Sequence[Candidate]) -> list[tuple[int, int]]:
    """Index pairs of shortlisted sentences that repeat each other."""
    return redundant_stem_pairs([c.stems for c in shortlisted])


def redundant_stem_pairs(stems: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
    """Index pairs ``(i, k)``, ``i < k``, of stem sets at cosine ``REDUNDANT_COSINE`` or more.

    Shared with the evaluation's readability audit, which counts near-repeats
    in any system's summary by the rule the program enforces.
    """
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for i, sentence_stems in enumerate(stems):
        for s in sentence_stems:
            rows.append(i)
            cols.append(vocabulary.setdefault(s, len(vocabulary)))
    if not rows:
        return []
    matrix = sparse.csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(len(stems), len(vocabulary))
    )
    norms = np.sqrt(np.asarray(matrix.sum(axis=1)).ravel())
    overlap = (matrix @ matrix.T).toarray() / np.outer(norms, norms).clip(min=1e-9)
    first, second = np.nonzero(np.triu(overlap, k=1) >= REDUNDANT_COSINE)
    return list(zip(first.tolist(), second.tolist(), strict=True))


def solve(
    shortlisted: Sequence[Candidate],
    weights: Mapping[Concept, float],
    budget: int,
    previous: Mapping[str, str],
    bonus: Sequence[float] | None = None,
    required: Sequence[int] = (),
    exclusive: Sequence[Sequence[int]] = (),
    expected: Mapping[Gram, float] | None = None,
) -> list[Candidate]:
    """The optimal subset of ``shortlisted`` for the budget.

    ``bonus``: per-sentence extra worth; ``required``: shortlist positions at
    least one of which must be chosen (no solution, an empty list, if none fits);
    ``exclusive``: groups of positions at most one of which may be chosen;
    ``expected``: each gram's expected count in a reader's summary, credited
    as the module doc says.
    """
    if not shortlisted:
        return []
    holders = Counter(c for s in shortlisted for c in s.concepts if c in weights)
    # A concept only one sentence holds is covered exactly when that sentence is
    # chosen: its weight moves onto the sentence, and the program stays small.
    concepts = sorted(c for c, n in holders.items() if n > 1)
    column = {c: len(shortlisted) + j for j, c in enumerate(concepts)}
    # A gram held by one sentence earns all its chances exactly when that
    # sentence is chosen: its worth moves onto the sentence, like a concept's.
    terms = _match_terms(shortlisted, expected or {})
    solitary = [(next(iter(held)), chances) for held, chances in terms if len(held) == 1]
    matches = [(held, chances) for held, chances in terms if len(held) > 1]
    first_match = len(shortlisted) + len(concepts)
    n_vars = first_match + sum(len(chances) for _, chances in matches)
    objective = np.zeros(n_vars)
    objective[len(shortlisted) : first_match] = [-weights[c] for c in concepts]
    objective[: len(shortlisted)] = [
        -math.fsum(weights[c] for c in s.concepts if holders.get(c) == 1) for s in shortlisted
    ]
    if bonus is not None:
        objective[: len(shortlisted)] -= np.asarray(bonus)
    scale = EXPECTED_MATCH_SHARE * math.fsum(weights.values()) / max(budget, 1)
    for i, chances in solitary:  # only sentence i can supply these matches
        objective[i] -= scale * sum(chances)
    column_at = first_match
    match_rows: list[dict[int, float]] = []
    for holding, chances in matches:
        row = {i: -float(n) for i, n in holding.items()}
        for chance in chances:
            objective[column_at] = -scale * chance
            row[column_at] = 1.0
            column_at += 1
        match_rows.append(row)

    rows: list[dict[int, float]] = [{i: float(s.words) for i, s in enumerate(shortlisted)}]
    upper = [float(budget)]
    covering: dict[int, dict[int, float]] = {column[c]: {column[c]: 1.0} for c in concepts}
    for i, s in enumerate(shortlisted):
        for c in s.concepts:
            if c in column:
                covering[column[c]][i] = -1.0
    rows.extend(covering.values())
    upper.extend([0.0] * len(covering))
    for i, k in redundant_pairs(shortlisted):
        rows.append({i: 1.0, k: 1.0})
        upper.append(1.0)
    index = {s.sentence.id: i for i, s in enumerate(shortlisted)}
    for i, s in enumerate(shortlisted):
        prev = previous.get(s.sentence.id)
        if s.dependent:  # only with the sentence before it (never alone)
            rows.append({i: 1.0, index[prev]: -1.0} if prev in index else {i: 1.0})
            upper.append(0.0)

    if required:
        rows.append({i: -1.0 for i in required})
        upper.append(-1.0)
    for group in exclusive:
        rows.append({i: 1.0 for i in group})
        upper.append(1.0)
    rows.extend(match_rows)
    upper.extend([0.0] * len(match_rows))

    x = _minimise(objective, _sparse_rows(rows, n_vars), np.asarray(upper), len(shortlisted))
    if x is None:
        return []
    return [s for i, s in enumerate(shortlisted) if x[i] > 0.5]


def _minimise(
    objective: np.ndarray, matrix: sparse.csr_matrix, upper: np.ndarray, binaries: int
) -> np.ndarray | None:
    """min objective @ x subject to matrix @ x <= upper, 0 <= x <= 1, the first
    ``binaries`` variables whole. None when no feasible x was found.
    """
    n_vars = len(objective)
    model = highspy.HighsLp()
    model.num_col_ = n_vars
    model.num_row_ = matrix.shape[0]
    model.col_cost_ = objective
    model.col_lower_ = np.zeros(n_vars)
    model.col_upper_ = np.ones(n_vars)
    model.row_lower_ = np.full(matrix.shape[0], -highspy.kHighsInf)
    model.row_upper_ = upper
    model.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    model.a_matrix_.start_ = matrix.indptr
    model.a_matrix_.index_ = matrix.indices
    model.a_matrix_.value_ = matrix.data
    whole, fractional = highspy.HighsVarType.kInteger, highspy.HighsVarType.kContinuous
    model.integrality_ = [whole] * binaries + [fractional] * (n_vars - binaries)
    with _native_stdout_silenced():
        solver = highspy.Highs()
        for name, value in {
            **HIGHS_OPTIONS,
            "time_limit": SOLVER_SECONDS,
            "mip_max_nodes": NODE_LIMIT,
            "mip_rel_gap": MIP_GAP,
        }.items():
            solver.setOptionValue(name, value)
        error = highspy.HighsStatus.kError
        failed = solver.passModel(model) == error or solver.run() == error
    if failed:
        status = solver.modelStatusToString(solver.getModelStatus())
        raise BackendError(f"the summary selection solver failed: {status}")
    if solver.getInfo().primal_solution_status != highspy.kSolutionStatusFeasible:
        return None
    return np.asarray(solver.getSolution().col_value)


def _match_terms(
    shortlisted: Sequence[Candidate], expected: Mapping[Gram, float]
) -> list[tuple[dict[int, int], list[float]]]:
    """Per gram worth crediting: its count in each shortlisted sentence, its repeat chances."""
    holding: dict[Gram, dict[int, int]] = {}
    for i, s in enumerate(shortlisted):
        for gram, n in gram_counts(s.text).items():
            if gram in expected:
                holding.setdefault(gram, {})[i] = n
    out = []
    for gram, held in holding.items():
        chances = repeat_chances(gram, expected[gram], sum(held.values()))
        if chances:
            out.append((held, chances))
    return out


@contextmanager
def _native_stdout_silenced() -> Iterator[None]:
    """Keep HiGHS's occasional native debug prints off stdout (it carries JSON Lines)."""
    sys.stdout.flush()
    try:
        saved = os.dup(1)
    except OSError:
        yield
        return
    with open(os.devnull, "wb") as null:
        os.dup2(null.fileno(), 1)
    try:
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def _sparse_rows(rows: Sequence[Mapping[int, float]], n_vars: int) -> sparse.csr_matrix:
    data, row_index, col_index = [], [], []
    for r, row in enumerate(rows):
        for col, value in row.items():
            data.append(value)
            row_index.append(r)
            col_index.append(col)
    return sparse.csr_matrix((data, (row_index, col_index)), shape=(len(rows), n_vars))
