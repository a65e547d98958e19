"""`python _driver.py ARGS...` = `spruce ARGS...` with fault-injection hooks for the tests.

The tests start it through `_processes.start_driver` (a process forked from a server that
has imported spruce once, which runs `install_hooks` and `main`); run as a script it does
the same in a fresh interpreter. The hooks live here, not in spruce, so production code
carries no test switches:
  SPRUCE_TEST_STEP=K        after the K-th training step (1-based, counted in this process)
                            write the file SPRUCE_TEST_MARKER, then sleep SPRUCE_TEST_SLEEP s
                            (the test sends its signal in that window);
  SPRUCE_TEST_SLOW_SAVE=N   the N-th torch.save of this process writes half of its bytes,
                            writes SPRUCE_TEST_MARKER and sleeps: a kill lands mid-write.
  SPRUCE_TEST_MIP=KIND:N    in the N-th branch-and-bound search (KIND bnb: before its first
                            node after the root) or before the N-th outer-approximation
                            master solve (KIND oa), write the marker and sleep: a signal
                            lands inside the solve, however fast the machine.
"""

import io
import os
import sys
import time
from pathlib import Path

import torch

import spruce.training.trainer as trainer
from spruce.cli import main


def install_hooks(env=os.environ) -> None:
    """Patch this process's training step and torch.save as the SPRUCE_TEST_* variables ask."""
    marker = Path(env.get("SPRUCE_TEST_MARKER", "/nonexistent/marker"))
    pause = float(env.get("SPRUCE_TEST_SLEEP", "30"))

    if env.get("SPRUCE_TEST_STEP"):
        at_step, calls = int(env["SPRUCE_TEST_STEP"]), [0]
        real_step = trainer.train_step

        def train_step(*args, **kwargs):
            out = real_step(*args, **kwargs)
            calls[0] += 1
            if calls[0] == at_step:
                marker.write_text(f"step {at_step}")
                time.sleep(pause)
            return out

        trainer.train_step = train_step

    if env.get("SPRUCE_TEST_SLOW_SAVE"):
        at_save, saves = int(env["SPRUCE_TEST_SLOW_SAVE"]), [0]
        real_save = torch.save

        def save(obj, f, *args, **kwargs):
            saves[0] += 1
            if saves[0] == at_save:
                buf = io.BytesIO()
                real_save(obj, buf, *args, **kwargs)
                data = buf.getvalue()
                if hasattr(f, "write"):  # spruce writes checkpoints through an open temp file
                    f.write(data[: len(data) // 2])
                    f.flush()
                    marker.write_text(f"writing {getattr(f, 'name', f)}")
                    time.sleep(pause)
                    f.seek(0)
                    f.truncate()
                else:
                    with open(f, "wb") as fh:
                        fh.write(data[: len(data) // 2])
                        fh.flush()
                    marker.write_text(f"writing {f}")
                    time.sleep(pause)
            return real_save(obj, f, *args, **kwargs)

        torch.save = save

    if env.get("SPRUCE_TEST_MIP"):
        install_mip_hook(env["SPRUCE_TEST_MIP"], marker, pause)


def install_mip_hook(spec: str, marker: Path, pause: float) -> None:
    """SPRUCE_TEST_MIP=bnb:N or oa:N (see the module docstring)."""
    import spruce.mip.bnb as bnb
    import spruce.mip.oa as oa

    kind, n = spec.split(":")
    count = {"runs": 0, "nodes": 0}

    def pause_here() -> None:
        marker.write_text(spec)
        time.sleep(pause)

    if kind == "bnb":
        real_run, real_expand = bnb.Search.run, bnb.Search._expand

        def run(self, *args, **kwargs):
            count["runs"] += 1
            count["nodes"] = 0
            return real_run(self, *args, **kwargs)

        def expand(self, *args, **kwargs):
            count["nodes"] += 1
            if count["runs"] == int(n) and count["nodes"] == 2:
                pause_here()
            return real_expand(self, *args, **kwargs)

        bnb.Search.run, bnb.Search._expand = run, expand
    else:
        real_master = oa._run_master

        def master(h):
            count["runs"] += 1
            if count["runs"] == int(n):
                pause_here()
            return real_master(h)

        oa._run_master = master


if __name__ == "__main__":
    install_hooks()
    sys.exit(main(sys.argv[1:]))
