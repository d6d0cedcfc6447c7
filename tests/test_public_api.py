"""The public API: exactly storyweave.__all__, every name in it exists, its errors are ours."""

from __future__ import annotations

import pytest

import storyweave


def test_all_names_exist() -> None:
    for name in storyweave.__all__:
        assert hasattr(storyweave, name), name


def test_no_public_name_outside_all() -> None:
    # `annotations` is the __future__ import, not an export.
    public = {n for n in vars(storyweave) if not n.startswith("_")} - {"annotations"}
    modules = {n for n in public if type(getattr(storyweave, n)).__name__ == "module"}
    assert public - modules <= set(storyweave.__all__)


def test_a_wrong_setting_is_a_config_error() -> None:
    with pytest.raises(storyweave.ConfigError, match="summary_words"):
        storyweave.Settings(summary_words=1)
    with pytest.raises(storyweave.StoryweaveError, match="summry_words"):  # a typo
        storyweave.Settings(summry_words=100)
    assert storyweave.Settings.model_validate({"summary_words": 80}).summary_words == 80
