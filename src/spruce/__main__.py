"""`python -m spruce` is the `spruce` command."""

import sys

from spruce.cli import main

sys.exit(main())
