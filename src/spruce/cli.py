"""The `spruce` command: one subcommand per part, each defined in that part's `cli` module.

Subcommand modules are imported only when their command runs (and for `--help` of that
command), so `spruce --help` is instant and a missing optional part cannot break the rest.
A subcommand module provides `add_arguments(parser)` and `run(args) -> int`.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# name -> (module, one-line help). Each part registers here once.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("spruce.demo", "run the whole toolkit on small real data and write a report"),
    "derive": ("spruce.derivation.cli", "derive the SPR term with sympy and check it"),
    "mip": ("spruce.mip.cli", "exact pruning MIPs: solve, compare relaxations, build the catalog"),
    "train": ("spruce.training.cli", "train and prune a network (SPR, Bernoulli, baselines)"),
    "prune": ("spruce.training.cli_prune", "prune a saved checkpoint"),
    "evaluate": ("spruce.training.cli_evaluate", "evaluate a saved checkpoint"),
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


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spruce",
        description="spruce: structured pruning of deep networks, with exact solvers and theory.",
    )
    parser.add_argument("--debug", action="store_true", help="show full tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, help_text) in COMMANDS.items():
        if not _available(name):
            continue
        p = sub.add_parser(name, help=help_text, description=help_text)
        if only == name:
            _load(name).add_arguments(p)
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
    try:
        return int(_load(args.command).run(args) or 0)
    except (UserError, ValueError, OSError) as exc:  # OSError: missing, unreadable files
        if args.debug:
            raise
        print(f"spruce {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"spruce {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
