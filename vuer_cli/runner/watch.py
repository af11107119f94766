"""Hot reload's eyes: watchfiles ``awatch`` over the folders of the files the scenes use.

``Watcher`` watches the folders (not recursively) that hold the files its scenes depend on —
folders, not files, so that an editor's save-by-rename is seen too — and hands each batch of
changed paths to a callback. ``ChangeFilter`` keeps what can matter (a scene's files, scene
files in a watched folder) and drops editor droppings (swap files, backups, ``4913``) and
``__pycache__``. When the set of folders changes (a scene now uses a file elsewhere), the
watch restarts on the new set.

Timing: watchfiles sleeps ``step`` ms between looks and yields once a look finds no new
change (or ``debounce`` ms after the first, for a long stream of changes), so a save is seen
10–20 ms after it lands, and the several events of one save (write, chmod, rename) or a burst
of saves come as one batch, hence one reload. ``bench/reload_bench.py`` measures the
save-to-client latency these give.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from watchfiles import Change, awatch

__all__ = ["ChangeFilter", "Watcher", "DEBOUNCE_MS", "STEP_MS", "SCENE_SUFFIXES", "is_editor_droppings"]

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 50
"""Longest time watchfiles gathers a stream of changes before yielding them."""
STEP_MS = 10
"""watchfiles looks for new changes this often; a batch ends at the first quiet look. 10 ms
gives a p50 save-to-client latency of about 30 ms (bench/reload_bench.py); the idle cost of
looking is about 0.5 % of one core."""

SCENE_SUFFIXES = (".yaml", ".yml", ".json")
"""Files ``vuer watch`` serves as scenes."""

_DROPPING_SUFFIXES = (".swp", ".swo", ".swx", ".swpx", "~", ".tmp", ".bak", ".orig", ".kate-swp", "___jb_tmp___", "___jb_old___")
_DROPPING_NAMES = ("4913", ".DS_Store")
_IGNORED_DIRS = ("__pycache__", ".git", ".hg", ".svn", ".mypy_cache", ".pytest_cache", ".ruff_cache", "node_modules")


def is_editor_droppings(path: Path) -> bool:
    """Files editors and tools write next to the ones being edited, never scene content:
    vim's ``.x.swp``, ``x~`` and ``4913`` probe, emacs's ``.#x`` lock and ``#x#`` autosave,
    JetBrains' ``___jb_tmp___``, and anything in ``__pycache__`` or a VCS folder."""
    name = path.name
    if name in _DROPPING_NAMES or name.endswith(_DROPPING_SUFFIXES):
        return True
    if name.startswith(".#") or (name.startswith("#") and name.endswith("#")):
        return True
    return any(part in _IGNORED_DIRS for part in path.parts)


class ChangeFilter:
    """watchfiles' ``watch_filter``: keeps changes to a file ``wanted(path)`` accepts, unless it
    is editor droppings (``is_editor_droppings``)."""

    def __init__(self, wanted: Callable[[Path], bool]):
        self.wanted = wanted

    def __call__(self, change: Change, path: str) -> bool:
        p = Path(path)
        return not is_editor_droppings(p) and self.wanted(p)

    def __repr__(self):
        return f"ChangeFilter({self.wanted!r})"


class Watcher:
    """Calls ``on_change(paths)`` for each batch of changes to files ``wanted`` accepts, in the
    folders ``folders()`` names, until ``stop`` is set (``run``); ``on_change(set())`` after
    the watch restarts on a new set of folders (a change in between was not seen). Stop it by setting ``stop``:
    watchfiles' thread notices within a step (a cancelled ``run`` waits for it the same way)."""

    def __init__(
        self,
        folders: Callable[[], Iterable[Path]],
        wanted: Callable[[Path], bool],
        on_change: Callable[[set[Path]], object],
        *,
        debounce_ms: int = DEBOUNCE_MS,
        step_ms: int = STEP_MS,
    ):
        self.folders = folders
        self.filter = ChangeFilter(wanted)
        self.on_change = on_change
        self.debounce_ms = debounce_ms
        self.step_ms = step_ms
        self.ready = asyncio.Event()
        """Set once the folders are watched (a change made after it is seen)."""
        self.watched: frozenset[Path] = frozenset()
        """The folders being watched now."""

    async def _call(self, paths: set[Path]) -> None:
        try:
            out = self.on_change(paths)
            if asyncio.iscoroutine(out):
                await out
        except Exception:
            logger.exception("reloading after a change to %s failed", ", ".join(sorted(p.name for p in paths)) or "(rescan)")

    def _folders(self) -> frozenset[Path]:
        return frozenset(f for f in (Path(x) for x in self.folders()) if f.is_dir())

    async def run(self, stop: asyncio.Event) -> None:
        """Watch until ``stop`` is set; a callback that raises is logged and watching goes on."""
        while not stop.is_set():
            folders = self._folders()
            if not folders:
                logger.warning("nothing to watch (no folder of the scene's files exists)")
                await stop.wait()
                return
            logger.debug("watching %s", ", ".join(sorted(map(str, folders))))
            changes = awatch(
                *sorted(folders),
                watch_filter=self.filter,
                debounce=self.debounce_ms,
                step=self.step_ms,
                stop_event=stop,
                recursive=False,
            )
            pending: asyncio.Future | None = None
            try:
                # The folders are watched once the generator has run to its first wait (the
                # watcher is set up before it): start it as a task, and go on once that task
                # has taken its first step, which runs until that wait.
                pending, started = _first_step(changes)
                await started.wait()
                self.watched = folders
                if self.ready.is_set():  # a restart: what changed in between was not seen
                    await self._call(set())
                self.ready.set()
                while True:
                    try:
                        batch = await pending
                    except StopAsyncIteration:
                        return  # stop was set
                    paths = {Path(p) for _, p in batch}
                    logger.debug("changed: %s", ", ".join(sorted(map(str, paths))))
                    await self._call(paths)
                    pending = None
                    if self._folders() != folders:
                        break  # watch the new set of folders
                    pending = asyncio.ensure_future(anext(changes))
            except OSError as exc:  # a watched folder vanished, or the OS ran out of watches
                logger.warning("watching stopped (%s); starting again", exc)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), 0.5)
            finally:
                if pending is not None and not pending.done():
                    # Cancelled: watchfiles' thread ends within a step once the stop event is
                    # set, and the cancellation reaches the generator only when it has ended.
                    stop.set()
                    pending.cancel()
                    with contextlib.suppress(BaseException):
                        await pending
                await changes.aclose()


def _first_step(changes) -> tuple[asyncio.Task, asyncio.Event]:
    """``anext(changes)`` as a task, and an event set in that task's first step: whoever
    awaits the event resumes only after the step has run to the generator's first wait."""
    started = asyncio.Event()

    async def step():
        started.set()
        return await anext(changes)

    return asyncio.ensure_future(step()), started
