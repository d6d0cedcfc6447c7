"""Comparing sources: facts with their support, conflicts, framing, coverage."""

from ._compare import compare_sources, coverage_matrix
from ._facts import group_facts
from ._framing import log_odds_z
from ._sources import Sources

__all__ = ["Sources", "compare_sources", "coverage_matrix", "group_facts", "log_odds_z"]
