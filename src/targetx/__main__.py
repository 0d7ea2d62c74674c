"""``python -m targetx``: the same as the ``targetx`` console script."""

import sys

from .cli import main

sys.exit(main())
