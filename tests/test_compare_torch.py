#!/usr/bin/python3
"""Checks scripts/compare_torch.py's arithmetic without PyTorch: how --pairs
rounds become the table's medians, ratio and range."""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(os.path.dirname(HERE), "scripts", "compare_torch.py")


def load():
    spec = importlib.util.spec_from_file_location("compare_torch", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    ct = load()
    failures = []

    def check(what, got, want):
        if got != want:
            failures.append(f"{what}: got {got!r}, want {want!r}")

    # The ratio is the median of each round's own ratio, not the ratio of the
    # medians: a host that doubles its speed between rounds moves both sides.
    s = ct.pair_summary([(100.0, 150.0), (200.0, 320.0), (150.0, 300.0)])
    check("torch median", s["torch"], 150.0)
    check("nmt median", s["nmt"], 300.0)
    check("ratio median", s["ratio"], 1.6)
    check("ratio range", s["range"], (1.5, 2.0))
    # One round: no range. A failed side drops that round's ratio only.
    check("one round range", ct.pair_summary([(100.0, 150.0)])["range"], None)
    s = ct.pair_summary([(100.0, None), (None, 90.0), (100.0, 120.0)])
    check("partial ratio", s["ratio"], 1.2)
    check("partial range", s["range"], None)
    check("partial nmt", s["nmt"], 105.0)
    check("all failed", ct.pair_summary([(None, None)])["ratio"], None)
    for line in failures:
        print(line)
    print("test_compare_torch: " + ("FAILED" if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
