"""Writes the nasty-input corpus in ``tests/reliability/nasty/`` (run it to regenerate).

Each file is small and committed; the 50 MB inputs are made at test time instead. What
each file must give is the ``EXPECTED`` table in ``test_bad_input.py``.
"""

from __future__ import annotations

import random
from pathlib import Path

NASTY = Path(__file__).resolve().parent / "nasty"

_FACTS_HEAD = (
    "version: 1\npeople: [{name: Ann Lee}, {name: Bo Kim}]\ncompanies: [{name: Acme}]\n"
    "teams: [{name: Core, company: Acme}]\n"
)
_HR = "person_id,name,manager_id,team,company,valid_from,valid_to,event,exit_reason\n"
_STORY = "Ann Lee, who led Acme's Core team, left Acme for Initech in July 2025.\n"


def _facts(body: str) -> bytes:
    return (_FACTS_HEAD + body).encode()


def corpus() -> dict[str, bytes]:
    """File name -> bytes of every nasty file."""
    rng = random.Random(7)
    binary = bytes(rng.randrange(256) for _ in range(4096))
    laughs = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    laughs += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    files = {
        # --- facts files (.yaml / .json)
        "empty.yaml": b"",
        "whitespace-only.yaml": b"  \n\t\n   \n",
        "binary.yaml": binary,
        "latin1.yaml": "version: 1\npeople: [{name: José Núñez}]\n".encode("latin-1"),
        "utf16-bom.yaml": "version: 1\npeople: [{name: Ann Lee}]\n".encode("utf-16"),
        "utf16-nobom.json": '{"version": 1, "people": [{"name": "Ann Lee"}]}'.encode("utf-16-le"),
        "deeply-nested.yaml": ("facts: " + "[" * 5000 + "]" * 5000 + "\n").encode(),
        "deeply-nested-block.yaml": "".join("  " * i + "- \n" for i in range(200)).encode(),
        "billion-laughs.yaml": ("\n".join(laughs) + "\n").encode(),
        "merge-key-alias.yaml": b"base: &b {name: Ann Lee}\npeople: [{<<: *b}]\n",
        "python-tag.yaml": b"people: !!python/object/apply:os.system ['echo pwned']\n",
        "not-a-mapping.yaml": b"- just\n- a\n- list\n",
        "truncated.json": b'{"version": 1, "people": [{"name": "Ann Lee"}',
        "tab-indented.yaml": b"people:\n\t- name: Ann Lee\n",
        "duplicate-key.yaml": _facts("people: [{name: Someone Else}]\n"),
        "unknown-field.yaml": _facts("colour: blue\n"),
        "wrong-version.yaml": b"version: 2\n",
        "date-zero.yaml": _facts(
            "facts:\n  - {type: WORKED_AT, person: Ann Lee, company: Acme, valid_from: 0000-00-00}\n"
        ),
        "date-feb30.yaml": _facts(
            "facts:\n  - {type: WORKED_AT, person: Ann Lee, company: Acme, valid_from: 2025-02-30}\n"
        ),
        "date-feb30-quoted.yaml": _facts(
            'facts:\n  - {type: WORKED_AT, person: Ann Lee, company: Acme, valid_to: "2025-02-30"}\n'
        ),
        "date-month-13.yaml": _facts(
            'facts:\n  - {type: WORKED_AT, person: Ann Lee, company: Acme, valid_to: "2025-13"}\n'
        ),
        "date-words.yaml": _facts(
            "facts:\n  - {type: WORKED_AT, person: Ann Lee, company: Acme, valid_to: next July}\n"
        ),
        "announced-feb30.yaml": _facts(
            "facts:\n  - {type: WORKED_AT, person: Ann Lee, company: Acme, announced_at: 2025-02-30}\n"
        ),
        "cite-published-zero.yaml": _facts("cites: [{key: k, published: 0000-00-00}]\n"),
        "ends-before-starts.yaml": _facts(
            "facts:\n  - {type: WORKED_AT, person: Ann Lee, company: Acme, valid_from: 2025-07-01, valid_to: 2024-01}\n"
        ),
        "reports-to-self.yaml": _facts("facts:\n  - {type: REPORTS_TO, person: Ann Lee, manager: Ann Lee}\n"),
        "reports-to-self-by-alias.yaml": (
            b"version: 1\npeople: [{name: Ann Lee, aliases: [Annie]}]\n"
            b"facts:\n  - {type: REPORTS_TO, person: Ann Lee, manager: annie}\n"
        ),
        "undeclared-person.yaml": _facts("facts:\n  - {type: REPORTS_TO, person: Ann Lee, manager: Nobody Known}\n"),
        "missing-end.yaml": _facts("facts:\n  - {type: REPORTS_TO, person: Ann Lee}\n"),
        "unknown-edge-type.yaml": _facts("facts:\n  - {type: LOVES, person: Ann Lee, manager: Bo Kim}\n"),
        "headcount-huge.yaml": _facts(
            "facts:\n  - {type: LEADS, person: Ann Lee, team: Core, headcount: 99999999999999999999999}\n"
        ),
        "headcount-negative.yaml": _facts("facts:\n  - {type: LEADS, person: Ann Lee, team: Core, headcount: -5}\n"),
        "confidence-nan.yaml": _facts("facts:\n  - {type: LEADS, person: Ann Lee, team: Core, confidence: .nan}\n"),
        "name-is-number.yaml": b"people: [{name: 12345}]\n",
        "name-blank.yaml": b"people: [{name: '   '}]\n",
        "fact-not-a-mapping.yaml": _facts("facts: [REPORTS_TO]\n"),
        # Well-formed but odd: these load cleanly.
        "cycle-reports-to.yaml": _facts(
            "facts:\n"
            "  - {type: REPORTS_TO, person: Ann Lee, manager: Bo Kim, valid_from: 2025-01}\n"
            "  - {type: REPORTS_TO, person: Bo Kim, manager: Ann Lee, valid_from: 2025-01}\n"
        ),
        "utf8-bom.yaml": b"\xef\xbb\xbf" + _facts(""),
        "crlf.yaml": _facts("").replace(b"\n", b"\r\n"),
        # --- news reports (.txt / .md / .html)
        "empty.txt": b"",
        "binary.txt": binary,
        "latin1.txt": ("Published: 2025-07-08\n\nJosé Núñez left Acme for Initech in July 2025.\n").encode("latin-1"),
        "utf16-bom.md": ("Published: 2025-07-08\n\n" + _STORY).encode("utf-16"),
        "no-date.txt": _STORY.encode(),
        "front-matter-laughs.md": (
            "---\n" + "\n".join(laughs) + "\ntitle: *a9\npublished: 2025-07-08\n---\n" + _STORY
        ).encode(),
        "front-matter-feb30.md": ("---\npublished: 2025-02-30\n---\n" + _STORY).encode(),
        "front-matter-zero-date.md": ("---\npublished: 0000-00-00\n---\n" + _STORY).encode(),
        "front-matter-not-mapping.md": ("---\n- a\n- b\n---\n" + _STORY).encode(),
        "front-matter-python-tag.md": (
            "---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\n" + _STORY
        ).encode(),
        "scripts.html": (
            b"<html><head><title>Reorg <script>alert(1)</script></title>"
            b'<meta name="date" content="2025-07-08"></head><body><article>'
            b"<p>Ann Lee, who led Acme's Core team, left Acme for Initech in July 2025.</p>"
            b'<script>document.write("Bo Kim left Acme for Globex in 2025.")</script>'
            b'<p onclick="alert(2)">Bo Kim now leads the Core team at Acme.</p>'
            b'<img src=x onerror="alert(3)"><iframe src="javascript:alert(4)"></iframe>'
            b"</article></body></html>\n"
        ),
        "only-markup.html": b"<html><body><script>var x = 1;</script><style>p{}</style></body></html>\n",
        "unterminated.html": b"<html><body><p>Ann Lee left Acme<p><div><div><div><table><tr><td>",
        # --- HR exports (.csv)
        "empty.csv": b"",
        "binary.csv": binary,
        "latin1.csv": "name,title,manager\nJosé Núñez,Engineer,Ann Lee\n".encode("latin-1"),
        "utf16-bom.csv": "name,title,manager\nBo Kim,Engineer,Ann Lee\n".encode("utf-16"),
        "hr-date-feb30.csv": (_HR + "e1,Ann Lee,,Core,Acme,2025-02-30,,hire,\n").encode(),
        "hr-date-zero.csv": (_HR + "e1,Ann Lee,,Core,Acme,0000-00-00,,hire,\n").encode(),
        "hr-ends-before-starts.csv": (_HR + "e1,Ann Lee,,Core,Acme,2025-07-01,2024-01-01,hire,\n").encode(),
        "hr-self-manager.csv": (_HR + "e1,Ann Lee,e1,Core,Acme,2025-01-01,,hire,\n").encode(),
        "hr-unknown-manager.csv": (_HR + "e1,Ann Lee,e9,Core,Acme,2025-01-01,,hire,\n").encode(),
        "hr-missing-column.csv": b"person_id,name\ne1,Ann Lee\n",
        "hr-unclosed-quote.csv": (_HR + 'e1,"Ann Lee,,Core,Acme,2025-01-01,,hire,\n').encode(),
        "hr-unknown-event.csv": (_HR + "e1,Ann Lee,,Core,Acme,2025-01-01,,promoted-to-moon,\n").encode(),
        "hr-cycle.csv": (
            _HR + "e1,Ann Lee,e2,Core,Acme,2025-01-01,,hire,\ne2,Bo Kim,e1,Core,Acme,2025-01-01,,hire,\n"
        ).encode(),
    }
    return files


def main() -> None:
    """Write every corpus file into ``nasty/``."""
    NASTY.mkdir(exist_ok=True)
    for name, data in corpus().items():
        (NASTY / name).write_bytes(data)


if __name__ == "__main__":
    main()
