"""One run per output folder: a lock while it works, and a manifest that says whose files
these are.

`claim(out, kind, settings, resume)` is a context manager around a run's work:
- **lock**: `out/.spruce.lock` is created with O_CREAT|O_EXCL and holds the pid and host.
  A second process on the same folder is refused in one line while the first is alive;
  a lock left by a process that no longer exists (killed) is taken over.
- **manifest**: `out/run.json` = {"kind", "settings", "started"} written atomically when a
  run starts (spruce.outputs.write_atomic: a full disk is one line naming it). A new run
  (no `resume`) refuses a folder that already holds a manifest or any spruce output, so
  files of two runs never mix. `resume` continues only a run whose manifest has the same
  kind and the same settings (all but those in `MAY_CHANGE`, such as the device); it names
  the settings that differ. A `resume` into an empty folder starts a new run.
The lock is removed when the block ends, however it ends; a new run that fails before
writing any output takes its manifest with it.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

from spruce.outputs import write_atomic
from spruce.training.config import SettingError

LOCK, MANIFEST = ".spruce.lock", "run.json"
OUTPUTS = ("checkpoint.pt", "finetune.pt", "pruned.pt", "summary.json", "train.jsonl",
           "prune_summary.json", "pruned.safetensors")
MAY_CHANGE = {"resume", "progress", "device", "out"}  # not part of a run's identity


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def _take_lock(out: Path) -> Path:
    lock = out / LOCK
    me = {"pid": os.getpid(), "host": socket.gethostname()}
    for _ in range(2):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_NOFOLLOW, 0o644)
        except FileExistsError:
            try:
                owner = json.loads(lock.read_text())
                pid, host = int(owner["pid"]), str(owner["host"])
            except (OSError, ValueError, KeyError, TypeError):
                pid, host = -1, me["host"]  # unreadable: a crash mid-write; treat as stale
            if host != me["host"] or (pid > 0 and _alive(pid)):
                raise SettingError("out", f"{out} is in use by another spruce process (pid "
                                          f"{pid} on {host}); wait for it or choose another "
                                          f"folder (if no such process runs, delete "
                                          f"{lock})") from None
            lock.unlink(missing_ok=True)  # left by a process that was killed
            continue
        with os.fdopen(fd, "w") as fh:
            json.dump(me, fh)
        return lock
    raise SettingError("out", f"{out}: could not take the lock {lock}")


def _plain(settings: dict) -> dict:
    """Settings as JSON values (paths and tuples become strings and lists)."""
    return json.loads(json.dumps(settings, default=str))


def _check_manifest(out: Path, kind: str, settings: dict, resume: bool) -> bool:
    """True if a new manifest must be written (a new run); raises if the folder is taken."""
    manifest = out / MANIFEST
    found = [n for n in OUTPUTS if (out / n).exists()]
    if not manifest.exists():
        if found:
            raise SettingError("out", f"{out}: {out / found[0]} belongs to another run (the "
                                      f"folder has no {MANIFEST}); choose another folder or "
                                      f"remove those files")
        return True
    if not resume:
        raise SettingError("out", f"{out} already holds a run ({MANIFEST}): continue it "
                                  f"with resume, or choose another folder")
    try:
        old = json.loads(manifest.read_text())
        old_kind, old_settings = old["kind"], dict(old["settings"])
    except (OSError, ValueError, KeyError, TypeError):
        raise SettingError("out", f"{out}: {MANIFEST} is unreadable; cannot check that "
                                  f"resume continues the same run") from None
    if old_kind != kind:
        raise SettingError("out", f"{out} holds a {old_kind} run, not a {kind} run; "
                                  f"choose another folder")
    new = _plain(settings)
    diff = [k for k in sorted(set(old_settings) | set(new))
            if k not in MAY_CHANGE and old_settings.get(k) != new.get(k)]
    if diff:
        shown = ", ".join(f"{k}={old_settings.get(k)!r} (now {new.get(k)!r})"
                          for k in diff[:4])
        raise SettingError("resume", f"refused: the run in {out} was started with other "
                                     f"settings: {shown}{' ...' if len(diff) > 4 else ''}; "
                                     f"use the same settings or another out folder")
    return False


@contextlib.contextmanager
def claim(out: Path, kind: str, settings: dict, resume: bool) -> Iterator[Path]:
    """Lock `out` for one run of `kind` (train, prune) and check or write its manifest."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    lock = _take_lock(out)
    created = False
    try:
        if _check_manifest(out, kind, settings, resume):
            text = json.dumps({"kind": kind, "settings": _plain(settings),
                               "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}, indent=2)
            write_atomic(out / MANIFEST, (text + "\n").encode())
            created = True
        yield out
    except BaseException:
        # a run that failed before writing anything leaves the folder free for the next
        if created and not any((out / n).exists() for n in OUTPUTS):
            (out / MANIFEST).unlink(missing_ok=True)
        raise
    finally:
        lock.unlink(missing_ok=True)
