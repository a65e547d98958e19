"""One clock for a whole command: a Deadline checked cooperatively, and enforced from outside.

    Deadline.after(limit)   at = now + limit (time.perf_counter()); left() = at − now
    deadline.check(what)    raises TimeLimitReached once `at` has passed
    run_within(deadline, fn, what)   fn() in a worker thread, waited for at most left()

`spruce mip solve FILE --time-limit S` starts the clock when the command starts: reading and
recovering a model file, building an instance and the solve all count. Reading spends its
time in HiGHS's parser and in O(N³) LAPACK calls that Python cannot interrupt: LAPACK
releases the GIL, so run_within returns at the deadline (HiGHS's parser holds the GIL: a
40 MB .lp can delay that by ~1 s), and the worker, given the same deadline, stops at its
next check (spruce.mip.mpsfile, spruce.mip.recover).
TimeLimitReached is a TimeoutError, hence an OSError: `spruce` prints it as one line, exit 2.
Speed: a check is one clock read (well under a microsecond).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


class TimeLimitReached(TimeoutError):
    """The time limit passed before there was anything to return."""


@dataclass(frozen=True)
class Deadline:
    """An absolute time.perf_counter() value `at`, the limit it came from, and its start."""

    at: float
    limit: float
    start: float

    @classmethod
    def after(cls, limit: float, start: float | None = None) -> Deadline:
        start = time.perf_counter() if start is None else start
        return cls(start + limit if math.isfinite(limit) else math.inf, limit, start)

    def left(self) -> float:
        return self.at - time.perf_counter()

    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def passed(self) -> bool:
        return time.perf_counter() > self.at

    def reached(self, what: str) -> TimeLimitReached:
        return TimeLimitReached(f"time limit {self.limit:g} s reached after "
                                f"{self.elapsed():.2f} s {what}")

    def check(self, what: str) -> None:
        if self.passed():
            raise self.reached(what)


def check(deadline: Deadline | None, what: str) -> None:
    """deadline.check(what), for code that may run without a deadline."""
    if deadline is not None:
        deadline.check(what)


def run_within(deadline: Deadline, fn: Callable[[], T], what: str) -> T:
    """fn() in a daemon thread; its value or its exception, or TimeLimitReached(what) once
    the deadline passes (the thread is left to stop at its next check, or with the process).
    Ctrl-C in the caller raises KeyboardInterrupt at once, as without the thread."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the caller
            box["error"] = exc

    worker = threading.Thread(target=target, name="spruce-mip-load", daemon=True)
    worker.start()
    while worker.is_alive():
        left = deadline.left()
        if left <= 0:
            raise deadline.reached(what)
        worker.join(min(left, 0.5))
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]
