"""Named, versioned backends that can be swapped by configuration.

A backend is registered under a name such as ``"embed.minilm.v1"`` and looked
up by that name, so a setting (or a plugin) can choose another one without
touching the code that uses it::

    @registry.register("render.markdown.v1")
    def render_markdown(brief: Brief) -> str: ...

    registry.get("render.markdown.v1")
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ._errors import ConfigError

F = TypeVar("F", bound=Callable[..., Any])


class Registry:
    def __init__(self) -> None:
        self._entries: dict[str, Callable[..., Any]] = {}

    def register(self, name: str) -> Callable[[F], F]:
        def decorate(func: F) -> F:
            if name in self._entries and self._entries[name] is not func:
                raise ConfigError(f"registry name {name!r} is already taken")
            self._entries[name] = func
            return func

        return decorate

    def get(self, name: str) -> Callable[..., Any]:
        try:
            return self._entries[name]
        except KeyError:
            known = ", ".join(sorted(self._entries)) or "none"
            raise ConfigError(f"no backend named {name!r}; known: {known}") from None

    def names(self, prefix: str = "") -> list[str]:
        return sorted(n for n in self._entries if n.startswith(prefix))


registry = Registry()
