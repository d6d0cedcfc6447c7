"""Evaluation commands: quality measured on the development data."""
