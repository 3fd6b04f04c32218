"""Test harness: ``orgraph load`` that says when it has written inside its transaction.

Run as ``python killable_load.py ARGS...``; it runs the real CLI with ARGS, and after the
first write statement of a report's transaction prints ``wrote <query>`` and waits on stdin,
so a test can SIGKILL it at a known point: rows sent to the engine, nothing committed. With
``KILL_AT=commit`` in the environment it waits just after the COMMIT instead (``committed``).
The product code is unchanged; only this process's ``KuzuStore.execute`` is observed.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from orgraph.graph import kuzu_store

_execute = kuzu_store.KuzuStore.execute


def _observed(self: kuzu_store.KuzuStore, text: str, params: dict[str, Any], where: str = "query") -> Any:
    rows = _execute(self, text, params, where)
    after_commit = os.environ.get("KILL_AT") == "commit"
    if where.startswith("_write.upsert_") and not after_commit:
        print(f"wrote {where}", flush=True)
        sys.stdin.readline()  # wait here, mid-transaction, to be killed
    if text == "COMMIT" and after_commit and getattr(self, "_wrote", False):
        print("committed", flush=True)
        sys.stdin.readline()
    if where.startswith("_write.upsert_"):
        self._wrote = True  # type: ignore[attr-defined]
    return rows


if __name__ == "__main__":
    kuzu_store.KuzuStore.execute = _observed  # type: ignore[method-assign]
    from orgraph.cli import app

    app(sys.argv[1:], prog_name="orgraph")
