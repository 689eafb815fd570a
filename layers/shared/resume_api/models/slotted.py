"""Small value classes without the dataclass machinery: equality, hash and repr over `__slots__`.

`@dataclass` writes each class's `__init__`, `__repr__`, `__eq__` (and, frozen, `__hash__`,
`__setattr__`, `__delattr__`) as source and compiles it with `exec` when the class is made: 2-4 M
instructions a class, at every cold start of every function that imports one (a Lambda package
has no writable bytecode cache, and these methods are never in it). Here a class annotates its
fields, lists them in `__slots__` and writes its own `__init__` (compiled into the build's
bytecode like any code); the methods below are made once, for all of them. Behaviour as the dataclass had it: equal when of
the same class with equal fields, frozen ones hashable and read-only (FrozenInstanceError),
mutable ones unhashable, the repr `Name(field=value, ...)` (a field whose name starts with an
underscore, a cache, left out of it).
"""

from __future__ import annotations

import inspect
from dataclasses import FrozenInstanceError
from typing import Any, Self


class Slotted:  # noqa: PLW1641  (defining __eq__ makes it unhashable, as a dataclass with eq)
    """The fields are the class's annotations, in their order, each one a slot; `__init__` is the
    class's own and takes each field by its name (and, positionally, in that order)."""

    __slots__: tuple[str, ...] = ()
    _names: tuple[str, ...] = ()

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls._names = tuple(inspect.get_annotations(cls))
        if set(cls._names) != set(cls.__slots__):
            raise TypeError(f"{cls.__qualname__}: the annotated fields are not the __slots__")

    def _fields(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._names)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._names if name[0] != "_")
        return f"{type(self).__qualname__}({shown})"

    def replace(self, **changes: Any) -> Self:
        """A copy with `changes`, as `dataclasses.replace` made it."""
        fields = {name: getattr(self, name) for name in self._names}
        unknown = set(changes) - set(fields)
        if unknown:
            raise TypeError(f"{type(self).__qualname__} has no field {sorted(unknown)[0]!r}")
        return self.__class__(**(fields | changes))


class Frozen(Slotted):
    """Read-only after `__init__` (which sets each field with `object.__setattr__`), hashable, and
    copied or pickled through `__init__` with every field in order."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (self.__class__, self._fields())
