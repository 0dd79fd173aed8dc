"""Speed and memory benchmarks: `make bench` runs them all and writes docs/benchmarks.md."""
