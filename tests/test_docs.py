"""The docs keep up with the code: settings, registry names, CLI help and the schema."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from storyweave import Settings, registry

ROOT = Path(__file__).resolve().parents[1]


def load_gen_docs():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_setting_is_documented() -> None:
    doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"`{name}`" in doc, name


def test_every_stories_setting_is_documented() -> None:
    from storyweave.cluster import StoriesConfig

    doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    for name in StoriesConfig.model_fields:
        assert f"`{name}`" in doc, name


def test_every_registry_name_is_documented() -> None:
    import storyweave._engine  # noqa: F401  (imports, and so registers, every stage)

    doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    for name in registry.names():
        assert f"`{name}`" in doc, name


def test_cli_help_and_schema_in_docs_are_current() -> None:
    gen = load_gen_docs()
    for path, text in gen.expected().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is stale: run scripts/gen_docs.py"
        )


def test_the_readmes_python_example_runs(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)  # the example's paths are relative to the repository
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = readme.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "README.md", "exec"), {})  # the project's own example, not article text
    printed = capsys.readouterr().out
    assert "Secretary of State" in printed and "the attempt to seize power" in printed
