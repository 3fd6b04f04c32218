"""Reading reports from files, and refusing bad ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from orgraph.errors import InputError
from orgraph.loaders.news import extract_json, read_document
from orgraph.loaders.news.gazetteer import ENV_VAR, Gazetteer
from orgraph.loaders.news.pipeline import JSON_FIELDS

HTML = """<html><head><title>Page</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-07-08">
<link rel="canonical" href="https://news.example/a"></head>
<body><nav>Home | World | Tech</nav><article><h1>Jane Doe moves to OpenAI</h1>
<p>Jane Doe has left Google for OpenAI, the company said on Monday. She had spent years
building search ranking systems and will now work on reasoning models in San Francisco.</p>
<p>Doe joined Google in 2015 after finishing her doctorate at a large public university.</p>
</article><footer>Copyright</footer></body></html>"""


def test_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: T\nurl: https://x.example\npublisher: P\npublished: 2025-07-08\n---\nBody.\n")
    doc = read_document(path)
    assert (doc.title, doc.url, doc.publisher, doc.published) == ("T", "https://x.example", "P", date(2025, 7, 8))
    assert doc.text == "Body.\n" and doc.kind == "text"


def test_published_argument_when_file_has_none(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Jane Doe has left Google.\n")
    with pytest.raises(InputError, match="no publication date found"):
        read_document(path)
    assert read_document(path, date(2025, 7, 8)).published == date(2025, 7, 8)


def test_html(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(HTML)
    doc = read_document(path)
    assert doc.kind == "html" and doc.published == date(2025, 7, 8)
    assert doc.publisher == "Example News" and doc.url == "https://news.example/a"
    assert "Home | World" not in doc.text
    facts = extract_json(path)
    assert any(f["type"] == "LEFT" and f["person"] == "Jane Doe" and f["to_org"] == "OpenAI" for f in facts)
    for fact in facts:
        assert tuple(fact) == JSON_FIELDS
        ev = fact["evidence"]
        assert doc.text[ev["start"] : ev["end"]] == ev["quote"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"   \n", "empty"), (b"abc\x00def", "binary"), (b"\xff\xfe\xfa bad", "UTF-8")],
)
def test_bad_files(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason) as info:
        read_document(path, date(2025, 7, 8))
    assert str(path) in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        read_document(tmp_path / "nope.txt", date(2025, 7, 8))


def test_bad_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: [unclosed\n---\nBody\n")
    with pytest.raises(InputError, match="front matter"):
        read_document(path, date(2025, 7, 8))


def test_user_gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text("- name: Zorblax\n  aliases: [Zorblax Systems International]\n")
    monkeypatch.setenv(ENV_VAR, str(extra))
    gaz = Gazetteer.load()
    assert [name for _, _, name in gaz.find("at Zorblax Systems International today")] == ["Zorblax"]
    assert "Apple" in gaz.companies
