"""Test harness: ``python read_each.py PATH...`` reads each path with ``read_report`` and
prints one line per path: ``<path>: ok`` or the InputError. Anything else is a crash."""

from __future__ import annotations

import sys
from pathlib import Path

from orgraph.errors import InputError
from orgraph.loaders import read_report

if __name__ == "__main__":
    for arg in sys.argv[1:]:
        try:
            read_report(Path(arg))
            print(f"{arg}: ok", flush=True)
        except InputError as err:
            print(err, flush=True)
