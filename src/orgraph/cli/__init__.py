"""The ``orgraph`` command line: a thin shell over :class:`orgraph.api.OrgGraph`.

Every command's errors that a user can fix (a bad file, an unknown person, an unreachable
server) print one ``error: ...`` line on stderr and exit with code 2.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from orgraph.cli.output import terminal_safe
from orgraph.errors import OrgraphError


class _Group(TyperGroup):
    """Turns OrgraphError and usage errors into one line on stderr and exit code 2, for every command."""

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]  # typer.Context is the public name of the same class
        try:
            return super().invoke(ctx)
        except OrgraphError as err:
            # One line, whatever the message holds: engines' multi-line errors, and names
            # from reports (an ANSI escape in a file or person name must not act).
            typer.echo(f"error: {_one_line(str(err))}", err=True)
            raise typer.Exit(2) from None
        except typer.TyperException as err:
            # Usage errors (a missing argument, an unknown option or command, a bad value)
            # carry exit code 2; click would print usage, a hint and the error on four lines.
            # A multi-line message is a help page (a group called with no arguments): shown as is.
            message = err.format_message() if hasattr(err, "format_message") else str(err)
            if getattr(err, "exit_code", None) != 2 or "\n" in message.strip():
                raise
            where = getattr(getattr(err, "ctx", None), "command_path", None) or ctx.command_path
            typer.echo(f"error: {_one_line(message)} (see '{where} --help')", err=True)
            raise typer.Exit(2) from None


def _one_line(text: str) -> str:
    return terminal_safe(" ".join(text.split()))


app = typer.Typer(
    cls=_Group,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Turn news reports about people moving between companies into a timed, cited org graph.\n\n"
    "Example: orgraph load examples/ && orgraph after-departure 'Ruoming Pang'",
)

from orgraph.cli import commands as _commands  # noqa: E402,F401  (registers the commands)
from orgraph.cli import draw as _draw  # noqa: E402,F401
from orgraph.cli import query as _query  # noqa: E402,F401
from orgraph.cli import resolve as _resolve  # noqa: E402,F401


def main() -> None:
    """Console-script entry point."""
    app()
