"""Developer tools that run from the checkout and never ship: the benchmark
(`python tools/bench.py`) and the screenshots (`python tools/screenshots.py DIR`)."""
