"""The public API is exactly storyweave.__all__, and every name in it exists."""

from __future__ import annotations

import storyweave


def test_all_names_exist() -> None:
    for name in storyweave.__all__:
        assert hasattr(storyweave, name), name


def test_no_public_name_outside_all() -> None:
    # `annotations` is the __future__ import, not an export.
    public = {n for n in vars(storyweave) if not n.startswith("_")} - {"annotations"}
    modules = {n for n in public if type(getattr(storyweave, n)).__name__ == "module"}
    assert public - modules <= set(storyweave.__all__)
