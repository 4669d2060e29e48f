"""Benchmarks: a deterministic article/claim corpus and the suite behind ``make bench`` (see ``bench.run``)."""
