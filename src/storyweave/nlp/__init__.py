"""Linguistic analysis of one article: sentences, entities, quotes and dates."""
