"""Run every benchmark in this folder, one after the other: `make bench`.

Each benchmark is a script `bench_<area>.py` that prints its own table; results
are also written to benchmarks/results/<area>.json.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        area = script.stem.removeprefix("bench_")
        print(f"\n=== {script.name}", flush=True)
        code = subprocess.call(
            [sys.executable, str(script), "--json", str(results / f"{area}.json")]
        )
        if code:
            failed.append(script.name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
