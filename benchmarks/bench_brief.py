"""Wall time and peak memory of `storyweave brief`, cold and warm, with time per stage.

    python benchmarks/bench_brief.py [--json out.json]

Inputs: the bundled example (5 articles) and the largest Multi-News development
cluster (by characters), when ../shared/data is present. Cold is a fresh process
running the CLI (model loading included); warm is a second library call on an
Engine that has already loaded its models.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import EXAMPLE, SHARED_DATA, peak_rss_mb, print_table, write_json
from storyweave import Engine


def largest_multinews_clusters() -> list[Path]:
    """The Multi-News clusters with the most text and with the most articles."""
    root = SHARED_DATA / "multinews-val"
    if not root.is_dir():
        return []
    clusters = [d / "articles.jsonl" for d in root.iterdir() if (d / "articles.jsonl").is_file()]
    most_text = max(clusters, key=lambda p: p.stat().st_size)
    most_articles = max(clusters, key=lambda p: (count_lines(p), p.stat().st_size))
    return list(dict.fromkeys([most_text, most_articles]))


def count_lines(path: Path) -> int:
    with path.open(encoding="utf-8") as fh:
        return sum(1 for line in fh if line.strip())


# A fresh interpreter runs the CLI and reports its own peak memory (KiB) on its last
# stderr line. VmHWM, not ru_maxrss: on Linux a child's ru_maxrss starts from its
# parent's at fork, so it would report the benchmark's own memory.
COLD_RUN = """
import re, sys
from storyweave.cli import app
sys.argv = ["storyweave", *sys.argv[1:]]
try:
    app()
except SystemExit:
    pass
status = open("/proc/self/status").read()
print(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1), file=sys.stderr)
"""


def cold_run(inputs: list[str]) -> tuple[float, float]:
    """Seconds and peak MiB of one fresh process writing the JSON brief (models loaded cold)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "brief.json")
        began = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", COLD_RUN, "brief", *inputs, "-o", out, "-q"],
            check=False,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - began
    return seconds, int(done.stderr.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()

    cases = [("example (5 articles)", [str(EXAMPLE)])]
    for path in largest_multinews_clusters():
        label = f"multinews {path.parent.name} ({count_lines(path)} articles, "
        cases.append((label + f"{path.stat().st_size // 1024} KiB)", [str(path)]))

    engine = Engine()
    rows, results = [], {}
    for name, inputs in cases:
        cold_s, cold_mb = cold_run(inputs)
        engine.run(inputs)  # load models and warm caches
        began = time.perf_counter()
        result = engine.run(inputs)
        warm_s = time.perf_counter() - began
        sentences = len(result.brief.sentences)
        rows.append(
            [
                name,
                sentences,
                f"{cold_s:.2f}",
                f"{cold_mb:.0f}",
                f"{warm_s:.2f}",
                f"{peak_rss_mb():.0f}",
            ]
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
        ["input", "sentences", "cold s", "cold peak MiB", "warm s", "warm peak MiB (process)"],
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
