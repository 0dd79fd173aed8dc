"""A short description of the machine a benchmark ran on."""

from __future__ import annotations

import os
import platform


def describe_machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            names = [
                line.split(":", 1)[1].strip() for line in info if line.startswith("model name")
            ]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as info:
            total_kb = int(next(line for line in info if line.startswith("MemTotal")).split()[1])
        memory = f", {total_kb / 1024 / 1024:.0f} GiB memory"
    except (OSError, StopIteration, ValueError):
        pass
    return (
        f"Machine: {cpu}, {os.cpu_count()} cores{memory}; {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}."
    )
