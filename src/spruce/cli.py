"""The `spruce` command: one subcommand per part, each defined in that part's `cli` module.

Subcommand modules are imported only when their command runs (and for `--help` of that
command), so `spruce --help` is instant and a missing optional part cannot break the rest.
A subcommand module provides `add_arguments(parser)` and `run(args) -> int`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

# name -> (module, one-line help). Each part registers here once.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("spruce.demo", "run the whole toolkit on small real data and write a report"),
    "derive": ("spruce.derivation.cli", "derive the SPR term with sympy and check it"),
    "mip": ("spruce.mip.cli", "exact pruning MIPs: solve, compare relaxations, build the catalog"),
    "train": ("spruce.training.cli", "train and prune a network (SPR, Bernoulli, baselines)"),
    "prune": ("spruce.training.cli_prune", "prune a saved checkpoint"),
    "evaluate": ("spruce.training.cli_evaluate", "evaluate a saved checkpoint"),
    "sweep": ("spruce.training.cli_sweep",
              "every pruning method at several strengths: accuracy vs MACs (Pareto)"),
    "ode": ("spruce.dynamics.cli", "ODE of Bernoulli pruning: phase portraits, basins, conditions"),
}


class UserError(Exception):
    """A problem with the user's input: printed as one line, no traceback."""


def _load(name: str):
    module, _ = COMMANDS[name]
    return importlib.import_module(module)


def _available(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(COMMANDS[name][0]) is not None
    except ModuleNotFoundError:
        return False


def _thread_count(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 1, got {text!r}") from None
    if not 1 <= n <= 1024:
        raise argparse.ArgumentTypeError(f"must be in [1, 1024], got {n}")
    return n


THREADS_HELP = ("CPU threads for torch and NumPy (default 1: on a machine shared with other "
                "jobs more threads wait for each other and run slower; on a dedicated CPU "
                "machine use its number of cores)")


def _common_options() -> argparse.ArgumentParser:
    """Options every subcommand takes (argparse parent parser)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--threads", type=_thread_count, default=1, help=THREADS_HELP)
    return common


def _nested_threads(parser: argparse.ArgumentParser) -> None:
    """--threads on nested subcommands too (spruce mip solve ... --threads 2); SUPPRESS keeps
    a value given before the nested command."""
    for _, nested in list(_walk(parser, ""))[1:]:
        if not any("--threads" in a.option_strings for a in nested._actions):
            nested.add_argument("--threads", type=_thread_count, default=argparse.SUPPRESS,
                                help=THREADS_HELP)


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time (tests swap it)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


def show_library_log(level: int = logging.INFO) -> None:
    """The CLI shows the library's log lines ("spruce: ...") on stderr; set up once."""
    root = logging.getLogger("spruce")
    root.setLevel(level)
    if not any(isinstance(h, _StderrHandler) for h in root.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("spruce: %(message)s"))
        root.addHandler(handler)


def set_threads(n: int) -> None:
    """Use n CPU threads: environment (for NumPy/BLAS not yet loaded and child processes)
    and torch, if it is already loaded (it reads the environment when it loads)."""
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = str(n)
    if "torch" in sys.modules:
        sys.modules["torch"].set_num_threads(n)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spruce",
        description="spruce: structured pruning of deep networks, with exact solvers and theory.",
    )
    from spruce import __version__

    parser.add_argument("--version", action="version", version=f"spruce {__version__}")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, help_text) in COMMANDS.items():
        if not _available(name):
            continue
        p = sub.add_parser(name, help=help_text, description=help_text,
                           parents=[_common_options()])
        if only == name:
            _load(name).add_arguments(p)
            _nested_threads(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in argv if not a.startswith("-")), None)
    only = command if command in COMMANDS else None
    parser = build_parser(only)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    set_threads(args.threads)
    show_library_log()
    try:
        return int(_load(args.command).run(args) or 0)
    except BrokenPipeError:  # `spruce derive | head`: the reader left; stay quiet at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (UserError, ValueError, OSError) as exc:  # OSError: missing, unreadable files
        if args.debug:
            raise
        print(f"spruce {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"spruce {args.command}: interrupted", file=sys.stderr)
        return 130





def _walk(parser: argparse.ArgumentParser, prefix: str):
    """(command path, parser) for a parser and all its nested subcommands."""
    yield prefix, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _walk(sub, f"{prefix} {name}")


def reference_markdown() -> str:
    """The CLI reference (docs/cli.md): every command's --help, as `spruce` prints it at a
    width of 100 columns (fixed, so the file does not depend on the terminal it is made in)."""
    import os

    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100"  # argparse reads the width from here
    try:
        return _reference_markdown()
    finally:
        if saved is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = saved


def _reference_markdown() -> str:
    lines = ["# CLI reference", "",
             "Generated from `spruce ... --help` by `python -m spruce.cli --write-docs`;",
             "a test checks that this file matches the installed command.", ""]
    top = build_parser()
    for name in [n for n in COMMANDS if _available(n)]:
        full = build_parser(only=name)
        sub = next(a for a in full._actions if isinstance(a, argparse._SubParsersAction))
        for path, p in _walk(sub.choices[name], f"spruce {name}"):
            lines += [f"## `{path}`", "", "```text", p.format_help().rstrip(), "```", ""]
    lines[5:5] = ["## `spruce`", "", "```text", top.format_help().rstrip(), "```", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    if sys.argv[1:] == ["--write-docs"]:
        from pathlib import Path

        Path("docs/cli.md").write_text(reference_markdown())
        sys.exit(0)
    sys.exit(main())
