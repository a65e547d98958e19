"""`spruce demo --quick` on an idle machine and beside busy processes: how much load costs.

Runs the demo once idle, then once with `--busy` processes spinning in pure Python beside
it (each takes one core), and prints both wall times and their ratio. The goal (issue #16)
is a ratio of at most 3 with two busy processes on a 2-core machine: the CLI's default of
one CPU thread must not collapse when other jobs use the cores.

    python benchmarks/bench_demo_load.py                 # --threads 1 (the default), 2 busy
    python benchmarks/bench_demo_load.py --threads 2     # what torch's default would do
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time


def demo_seconds(threads: int) -> float:
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "spruce", "demo", "--quick", "--threads",
                        str(threads), "--out", out], check=True, stdout=subprocess.DEVNULL,
                       env={k: v for k, v in os.environ.items() if not k.endswith("_THREADS")})
        return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1, help="spruce demo --threads")
    parser.add_argument("--busy", type=int, default=2, help="busy processes beside it")
    args = parser.parse_args(argv)
    idle = demo_seconds(args.threads)
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
                for _ in range(args.busy)]
    try:
        loaded = demo_seconds(args.threads)
    finally:
        for p in spinners:
            p.kill()
    print(f"spruce demo --quick --threads {args.threads}: idle {idle:.1f} s, beside "
          f"{args.busy} busy processes {loaded:.1f} s, ratio {loaded / idle:.2f} "
          f"(goal <= 3), {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
