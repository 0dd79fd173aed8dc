"""The warm-up sets the objects it loaded aside from the collector's full passes, once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# A fresh interpreter: what this test process froze (a warm-up in another test) stays frozen.
PROGRAM = """
import gc
import weakref
from knowledge.heap import set_aside_loaded_objects

class Node:
    pass

loaded = [[n] for n in range(50_000)]  # lists are tracked by the collector
garbage = Node()
garbage.itself = garbage  # a cycle: only the collector frees it
was = weakref.ref(garbage)
del garbage
set_aside_loaded_objects()
first = gc.get_freeze_count()
later = [[n] for n in range(1_000)]
set_aside_loaded_objects()
print(first, gc.get_freeze_count(), was() is None)
"""


def test_what_is_alive_after_the_warm_up_is_set_aside_once_and_garbage_is_freed_first():
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], cwd=ROOT, capture_output=True, text=True, check=True
    )
    first, after_second_call, freed = done.stdout.split()
    assert int(first) >= 50_000, "the loaded objects are in the permanent generation"
    assert int(after_second_call) == int(first), "a second call sets nothing more aside"
    assert freed == "True", "a cycle that was already garbage is freed, not kept for good"
