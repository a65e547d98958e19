"""Real `spruce train` processes for the interruption tests.

`_driver.py` is `spruce` plus fault-injection hooks (SPRUCE_TEST_* variables). Processes run
with one thread, so that a resumed run and an uninterrupted one compute the same numbers.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

DRIVER = Path(__file__).with_name("_driver.py")


def driver_env(**hooks: str) -> dict:
    """The test's environment without stray hooks, one thread, plus `hooks`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPRUCE_TEST_")}
    env.update(OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", **hooks)
    return env


def start_driver(argv: list[str], **hooks: str) -> subprocess.Popen:
    """`spruce ARGV` through the driver, with pipes for stdout and stderr."""
    return subprocess.Popen([sys.executable, str(DRIVER), *argv], env=driver_env(**hooks),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def signal_at_marker(proc: subprocess.Popen, marker: Path, sig: int,
                     timeout: float) -> tuple[int, str]:
    """Wait until the driver's hook writes `marker`, send `sig`; (returncode, stderr)."""
    deadline = time.monotonic() + timeout
    while not marker.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"hook never reached: {proc.communicate()[1][-2000:]}")
        time.sleep(0.05)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=timeout)
    return proc.returncode, err
