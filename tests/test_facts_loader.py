"""Structured facts files: the example parses to the model, and every kind of bad file is
refused with one line naming the file and the place, before anything is written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from orgraph.errors import InputError
from orgraph.loaders import read_report
from tests.conftest import EXAMPLES

GOOD_HEAD = """\
version: 1
people: [{name: Ana Ruiz}, {name: Bo Chen}]
companies: [{name: Acme}]
teams: [{name: Core, company: Acme}]
facts:
"""


def test_example_maps_one_to_one_onto_the_model() -> None:
    report = read_report(EXAMPLES / "apple-ai-2025.yaml")
    assert report.source.kind == "facts"
    lead = next(c for c in report.claims if c.type == "LEADS" and c.src == "ruoming-pang")
    assert (lead.dst, lead.valid_to, lead.valid_to_precision, lead.headcount) == (
        "apple--afm",
        date(2025, 7, 1),
        "month",
        100,
    )
    assert lead.citation.publisher == "News report citing Bloomberg"
    assert lead.citation.published == date(2025, 7, 7)
    job = next(c for c in report.claims if c.type == "WORKED_AT" and c.src == "ruoming-pang" and c.dst == "apple")
    assert (job.valid_from, job.valid_from_precision, job.from_org, job.to_org) == (
        date(2021, 1, 1),
        "year",
        "google",
        "meta",
    )
    assert {c.src for c in report.claims if c.type == "PART_OF"} >= {"apple--afm", "apple--mlx"}


BAD = {
    "malformed.yaml": (GOOD_HEAD + "  - type: WORKED_AT\n    person: [unclosed\n", "malformed YAML"),
    "unknown_type.yaml": (
        GOOD_HEAD + "  - {type: MANAGES, person: Ana Ruiz, company: Acme}\n",
        "facts[0].type: Input should be",
    ),
    "end_before_start.yaml": (
        GOOD_HEAD + "  - {type: WORKED_AT, person: Ana Ruiz, company: Acme, valid_from: 2024-05-01, valid_to: 2023}\n",
        "facts[0]: ends before it starts (2023-01-01 < 2024-05-01)",
    ),
    "unknown_person.yaml": (
        GOOD_HEAD + "  - {type: REPORTS_TO, person: Ana Ruiz, manager: Zed Q}\n",
        "facts[0].manager: unknown person 'Zed Q' (declare it under 'people')",
    ),
    "self_report.yaml": (
        GOOD_HEAD + "  - {type: REPORTS_TO, person: Ana Ruiz, manager: Ana Ruiz}\n",
        "cannot report to themselves",
    ),
    "bad_date.yaml": (
        GOOD_HEAD + "  - {type: WORKED_AT, person: Ana Ruiz, company: Acme, valid_from: '2025-02-30'}\n",
        "facts[0].valid_from",
    ),
    "missing_end.yaml": (GOOD_HEAD + "  - {type: LEADS, person: Ana Ruiz}\n", "facts[0]: LEADS needs 'team'"),
    "unknown_key.yaml": (
        GOOD_HEAD + "  - {type: LEADS, person: Ana Ruiz, team: Core, boss: x}\n",
        "facts[0].boss: Extra inputs",
    ),
    "not_mapping.yaml": ("- just\n- a list\n", "a facts file must be a mapping"),
    "aliases.yaml": ("a: &x [1, 2]\nb: *x\n", "anchors and aliases"),
    "empty.yaml": ("   \n", "file is empty"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_facts_file_is_one_clear_error(tmp_path: Path, name: str) -> None:
    text, expected = BAD[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_report(path)
    message = str(err.value)
    assert message.startswith(str(path)), message
    assert expected in message
    assert "\n" not in message


def test_binary_and_missing_files_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "blob.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InputError, match="binary file"):
        read_report(binary)
    with pytest.raises(InputError, match="no such file"):
        read_report(tmp_path / "nope.yaml")
    with pytest.raises(InputError, match=r"unknown file type '\.pdf'"):
        read_report(tmp_path / "x.pdf")
