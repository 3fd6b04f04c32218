"""The optional LLM extractor, against a recorded endpoint answer (never a live call).

The recording holds one fact per check: a good one, one whose quote differs only in white
space, one whose quote is not in the report (a hallucination), and one naming a person
the report never mentions.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import httpx
import pytest

from orgraph.loaders.news import NewsDocument
from orgraph.loaders.news.llm import LLMError, LLMExtractor, locate

RECORDED = Path(__file__).parent / "llm" / "recorded_answer.json"
TEXT = (
    "Dana Okafor left Northwind Labs last month to join Meta Platforms. "
    "She had run the 40-person Vision team since 2019. "
    "Luis Ortega reports to Priya Raman."
)


def _doc() -> NewsDocument:
    return NewsDocument(path=Path("r.md"), published=date(2025, 7, 8), text=TEXT, kind="text")


def _extractor(handler: httpx.MockTransport, seen: list[dict[str, object]] | None = None) -> LLMExtractor:
    return LLMExtractor(
        base_url="http://llm.invalid/v1", model="recorded-model", api_key="k", client=httpx.Client(transport=handler)
    )


def test_recorded_answer_is_checked_and_resolved_by_our_rules() -> None:
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, content=RECORDED.read_bytes())

    extractor = _extractor(httpx.MockTransport(answer))
    facts = extractor(_doc())
    assert [(f.type, f.person) for f in facts] == [("LEFT", "Dana Okafor"), ("LEADS", "Dana Okafor")]
    left, lead = facts
    assert (left.org, left.to_org, left.date, left.date_precision) == ("Northwind Labs", "Meta", "2025-06", "month")
    assert (lead.team, lead.team_size, lead.until) == ("Vision", 40, "2025-06")
    assert TEXT[lead.evidence.start : lead.evidence.end] == lead.evidence.quote
    assert extractor.dropped == {"quote not in report": 1, "person not in report": 1}
    body = json.loads(requests[0].content)
    assert body["response_format"]["json_schema"]["schema"]["properties"]["facts"]
    assert requests[0].headers["Authorization"] == "Bearer k"
    assert str(requests[0].url) == "http://llm.invalid/v1/chat/completions"


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (httpx.Response(500, text="boom"), "500"),
        (httpx.Response(200, json={"choices": [{"message": {"content": "not json"}}]}), "not the requested JSON"),
        (httpx.Response(200, json={"unexpected": True}), "not the requested JSON"),
    ],
)
def test_endpoint_failures_are_one_clear_error(response: httpx.Response, message: str) -> None:
    extractor = _extractor(httpx.MockTransport(lambda request: response))
    with pytest.raises(LLMError, match=message):
        extractor(_doc())


def test_locate_ignores_white_space_but_not_words() -> None:
    found = locate("run the\n 40-person   Vision team", TEXT)
    assert found is not None and found.quote == "run the 40-person Vision team"
    assert locate("run the 50-person Vision team", TEXT) is None
