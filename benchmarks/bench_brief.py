"""Wall time and peak memory of `storyweave brief`, cold and warm, with time per stage.

    python benchmarks/bench_brief.py [--json out.json]

Inputs: the bundled example (5 articles) and the largest Multi-News development
cluster (by characters), when ../shared/data is present. Cold is a fresh process
running the CLI (model loading included); warm is a second library call on an
Engine that has already loaded its models.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import EXAMPLE, SHARED_DATA, peak_rss_mb, print_table, write_json
from storyweave import Engine


def largest_multinews_cluster() -> Path | None:
    root = SHARED_DATA / "multinews-val"
    if not root.is_dir():
        return None
    return max(root.iterdir(), key=lambda d: (d / "articles.jsonl").stat().st_size)


def cold_run(inputs: list[str]) -> tuple[float, float]:
    """Seconds and peak MiB of one CLI process writing the JSON brief."""
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "brief.json")
        cli = str(Path(sys.executable).parent / "storyweave")
        began = time.perf_counter()
        subprocess.run([cli, "brief", *inputs, "-o", out, "-q"], check=False, capture_output=True)
        seconds = time.perf_counter() - began
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()

    cases = [("example (5 articles)", [str(EXAMPLE)])]
    cluster = largest_multinews_cluster()
    if cluster is not None:
        n = sum(1 for _ in (cluster / "articles.jsonl").open(encoding="utf-8"))
        cases.append(
            (f"multinews {cluster.name} ({n} articles)", [str(cluster / "articles.jsonl")])
        )

    engine = Engine()
    rows, results = [], {}
    for name, inputs in cases:
        cold_s, cold_mb = cold_run(inputs)
        engine.run(inputs)  # load models and warm caches
        began = time.perf_counter()
        result = engine.run(inputs)
        warm_s = time.perf_counter() - began
        rows.append(
            [name, f"{cold_s:.2f}", f"{cold_mb:.0f}", f"{warm_s:.2f}", f"{peak_rss_mb():.0f}"]
        )
        results[name] = {
            "cold_s": cold_s,
            "cold_peak_mb": cold_mb,
            "warm_s": warm_s,
            "warm_peak_mb": peak_rss_mb(),
            "stages_s": result.timings,
        }
    print_table(
        "storyweave brief",
        ["input", "cold s", "cold peak MiB", "warm s", "warm peak MiB (process)"],
        rows,
    )
    for name, r in results.items():
        stages = sorted(r["stages_s"].items(), key=lambda kv: -kv[1])
        print_table(
            f"time per stage, warm, {name}", ["stage", "s"], [[k, f"{v:.3f}"] for k, v in stages]
        )
    write_json(args.json, results)


if __name__ == "__main__":
    main()
