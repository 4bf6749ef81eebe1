"""`python -m benchmarks`: run every benchmark and write docs/performance.md."""

from benchmarks.run import main

main()
