"""Run every benchmark and print its figures (`make bench`)."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

for name in sorted(p.name for p in HERE.glob("bench_*.py")):
    print(f"== {name}")
    runpy.run_path(str(HERE / name), run_name="__main__")
    print()
