"""``python -m aduan``: the same as the ``aduan`` command."""

import sys

from aduan.cli import main

sys.exit(main())
