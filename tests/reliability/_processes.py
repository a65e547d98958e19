"""Real `spruce train` processes for the interruption tests.

`_driver.py` is `spruce` plus fault-injection hooks (SPRUCE_TEST_* variables). Each run is
its own process, forked from a multiprocessing fork server that imported torch, spruce and
their heavy dependencies once (a fresh interpreter spends ~7 s of CPU on those imports, the
run itself 1-3 s): signals, exit codes and files are those of a real process. Processes
run with one thread, so that a resumed run and an uninterrupted one compute the same
numbers.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DRIVER = Path(__file__).with_name("_driver.py")
PRELOAD = ["torch", "torch._dynamo", "sklearn.datasets", "matplotlib.pyplot", "spruce.cli",
           "spruce.training.cli", "spruce.training.pipeline", "spruce.training.bernoulli.method",
           "spruce.training.distributed"]
_SERVER = multiprocessing.get_context("forkserver")
_SERVER.set_forkserver_preload(PRELOAD)


def driver_env(**hooks: str) -> dict:
    """The test's environment without stray hooks, one thread, plus `hooks`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPRUCE_TEST_")}
    env.update(OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", **hooks)
    return env


def _child(argv: list[str], env: dict, out: str, err: str) -> None:
    """In the forked process: `env`, stdout and stderr into files, the hooks, `spruce ARGV`."""
    # a real `spruce` started from a shell has Python's Ctrl-C handler; a fork server child
    # inherits the server's, which is SIG_IGN when the server was spawned from a process that
    # ignored SIGINT at that moment (seen in CI: four SIGINT tests ran on to exit 0)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    os.environ.clear()
    os.environ.update(env)
    for fd, path in ((1, out), (2, err)):
        os.dup2(os.open(path, os.O_WRONLY | os.O_TRUNC), fd)
    sys.path.insert(0, str(DRIVER.parent))
    from _driver import install_hooks, main

    install_hooks(env)
    sys.exit(main(argv))


class Driver:
    """One forked `spruce ARGV` run, with the parts of subprocess.Popen the tests use."""

    def __init__(self, argv: list[str], env: dict):
        self._files = [tempfile.mkstemp(prefix="spruce-driver-") for _ in range(2)]
        for fd, _ in self._files:
            os.close(fd)
        self.args = argv
        self._proc = _SERVER.Process(target=_child,
                                     args=(argv, env, *(path for _, path in self._files)))
        self._proc.start()
        self.pid = self._proc.pid

    @property
    def returncode(self) -> int | None:
        """The exit code; -N if signal N ended the process (as Popen reports it)."""
        return self._proc.exitcode

    def poll(self) -> int | None:
        return self._proc.exitcode

    def send_signal(self, sig: int) -> None:
        os.kill(self.pid, sig)

    def kill(self) -> None:
        self._proc.kill()
        self._proc.join()

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        """Wait for the end (TimeoutExpired after `timeout` s); (stdout, stderr)."""
        self._proc.join(timeout)
        if self._proc.exitcode is None:
            raise subprocess.TimeoutExpired(self.args, timeout)
        texts = []
        for _, path in self._files:
            texts.append(Path(path).read_text(errors="replace"))
            os.unlink(path)
        self._files = []
        return texts[0], texts[1]


def start_driver(argv: list[str], **hooks: str) -> Driver:
    """`spruce ARGV` through the driver, its stdout and stderr kept for communicate()."""
    return Driver(argv, driver_env(**hooks))


def run_driver(argv: list[str], timeout: float, **hooks: str) -> subprocess.CompletedProcess:
    """`spruce ARGV` through the driver, to the end, like subprocess.run(capture_output)."""
    proc = start_driver(argv, **hooks)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    return subprocess.CompletedProcess(argv, proc.returncode, out, err)


def signal_at_marker(proc: Driver, marker: Path, sig: int,
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
