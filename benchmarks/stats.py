"""Timing helpers shared by the benchmarks: repeat, percentiles, Markdown tables."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import numpy as np


def time_calls(fn: Callable[[], object], repeat: int, warmup: int = 2) -> np.ndarray:
    """Seconds per call over `repeat` calls, after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    samples = np.empty(repeat)
    for i in range(repeat):
        started = time.perf_counter()
        fn()
        samples[i] = time.perf_counter() - started
    return samples


def time_interleaved(
    fns: Sequence[Callable[[], object]],
    repeat: int,
    warmup: int = 2,
    clock: Callable[[], float] = time.perf_counter,
) -> list[np.ndarray]:
    """Seconds per call of each of ``fns``, called in turn ``repeat`` times (after
    ``warmup`` untimed rounds), so a burst of load on a shared machine falls on all alike.
    ``clock=time.process_time`` counts this process's CPU instead of the wall clock."""
    for _ in range(warmup):
        for fn in fns:
            fn()
    samples = [np.empty(repeat) for _ in fns]
    for i in range(repeat):
        for fn, times in zip(fns, samples, strict=True):
            started = clock()
            fn()
            times[i] = clock() - started
    return samples


def ms(samples: np.ndarray, q: float) -> float:
    return float(np.percentile(samples, q) * 1000)


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    def cell(value: object) -> str:
        if isinstance(value, float):
            return f"{value:.2f}" if abs(value) < 1000 else f"{value:.0f}"
        return str(value)

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
