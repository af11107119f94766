"""The one error a scene file can cause: ``SceneFileError``, pointing at file, line and column."""

from __future__ import annotations

__all__ = ["SceneFileError", "Where"]

Where = tuple[int, int]
"""A 1-based (line, column) in the scene file."""


class SceneFileError(ValueError):
    """A scene file that cannot be loaded, and where: ``file:line:col: path: message``.

    ``path`` is the element path in the scene (``scene.children[3] (Box "b")``), empty for
    errors that are not about one element (a YAML syntax error, a top-level key).
    ``line``/``col`` are 1-based, or None when the error has no place in the file
    (the file itself is missing).
    """

    def __init__(self, file: str, line: int | None, col: int | None, path: str, message: str):
        self.file = str(file)
        self.line = line
        self.col = col
        self.path = path
        self.message = message
        self.files: set = set()
        """The files the load had looked at when it failed, the missing one included (the
        file itself, its assets, handler files): a change to one of them may fix it."""
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.col if self.col is not None else 1}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"

    def __reduce__(self):
        return type(self), (self.file, self.line, self.col, self.path, self.message)
