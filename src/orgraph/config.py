"""Settings: the one place that reads the environment.

``ORGRAPH_STORE`` names the embedded store's folder (default ``./.orgraph``). ``NEO4J_URI``
(with ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``) switches to Neo4j.
``ORGRAPH_LLM_URL``, ``ORGRAPH_LLM_MODEL`` and ``ORGRAPH_LLM_API_KEY`` describe the optional
LLM extractor's endpoint; ``ORGRAPH_SPACY_MODEL`` names an installed spaCy model whose people the
news rules add to their own. CLI flags override the environment. Everything else receives a built store or driver.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from orgraph.errors import OrgraphError, StoreError
from orgraph.graph.store import Store

if TYPE_CHECKING:
    from orgraph.loaders import NewsExtractor
    from orgraph.loaders.news.llm import LLMExtractor

DEFAULT_STORE = Path(".orgraph")


@dataclass(frozen=True)
class Settings:
    """Where the graph lives."""

    store_dir: Path = DEFAULT_STORE
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = None
    neo4j_database: str | None = None
    llm_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    spacy_model: str | None = None

    @classmethod
    def from_env(
        cls, store_dir: Path | None = None, neo4j_uri: str | None = None, spacy_model: str | None = None
    ) -> Settings:
        """Settings from the environment, with explicit arguments taking precedence."""
        env = os.environ
        return cls(
            store_dir=store_dir or Path(env.get("ORGRAPH_STORE") or DEFAULT_STORE),
            neo4j_uri=neo4j_uri or env.get("NEO4J_URI") or None,
            neo4j_user=env.get("NEO4J_USERNAME", "neo4j"),
            neo4j_password=env.get("NEO4J_PASSWORD"),
            neo4j_database=env.get("NEO4J_DATABASE") or None,
            llm_url=env.get("ORGRAPH_LLM_URL") or None,
            llm_model=env.get("ORGRAPH_LLM_MODEL") or None,
            llm_api_key=env.get("ORGRAPH_LLM_API_KEY") or None,
            spacy_model=spacy_model or env.get("ORGRAPH_SPACY_MODEL") or None,
        )

    def news_extractor(self, *, llm: bool = False) -> NewsExtractor | None:
        """What reads news: the LLM when asked, the rules helped by the configured spaCy
        model, or None for the rules alone.

        Raises:
            OrgraphError: both the LLM and a spaCy model are asked for, or either is unusable.
        """
        if llm and self.spacy_model:
            raise OrgraphError("--llm and --spacy-model (or ORGRAPH_SPACY_MODEL) cannot be combined; pick one")
        if llm:
            return self.llm_extractor()
        if self.spacy_model:
            from orgraph.loaders.news.spacy_ner import spacy_extractor

            return spacy_extractor(self.spacy_model)
        return None

    def llm_extractor(self) -> LLMExtractor:
        """The LLM extractor ``ORGRAPH_LLM_URL``/``ORGRAPH_LLM_MODEL``/``ORGRAPH_LLM_API_KEY`` describe.

        Raises:
            OrgraphError: the endpoint or model is not configured, or httpx is not installed.
        """
        if not (self.llm_url and self.llm_model):
            raise OrgraphError("--llm needs ORGRAPH_LLM_URL and ORGRAPH_LLM_MODEL (an OpenAI-compatible endpoint)")
        try:
            from orgraph.loaders.news.llm import LLMExtractor
        except ImportError as err:
            raise OrgraphError("--llm needs httpx: pip install 'orgraph[llm]'") from err
        return LLMExtractor(base_url=self.llm_url, model=self.llm_model, api_key=self.llm_api_key)

    def open_store(self, *, read_only: bool = False, create: bool = True) -> Store:
        """Open the configured store: Neo4j when a URI is set, else the embedded one (made on
        first use when ``create``; otherwise a missing embedded store is an error)."""
        if self.neo4j_uri:
            return open_neo4j(self.neo4j_uri, self.neo4j_user, self.neo4j_password, self.neo4j_database)
        from orgraph.graph.kuzu_store import KuzuStore

        return KuzuStore(self.store_dir, read_only=read_only, create=create)


#: URI schemes of the Bolt protocol (the driver's HTTP schemes need extra packages and are not used).
_BOLT_SCHEMES = frozenset({"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"})


def open_neo4j(uri: str, user: str, password: str | None, database: str | None = None) -> Store:
    """Build a driver for ``uri`` and wrap it in a Neo4jStore."""
    import neo4j

    from orgraph.graph.neo4j_store import Neo4jStore

    if password is None:
        raise StoreError(f"{uri}: NEO4J_PASSWORD is not set")
    if uri.partition("://")[0] not in _BOLT_SCHEMES:
        raise StoreError(f"{uri}: not a Bolt URI; use one of {', '.join(s + '://' for s in sorted(_BOLT_SCHEMES))}")
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=(user, password), connection_timeout=10.0)
    except (ValueError, neo4j.exceptions.ConfigurationError) as err:
        raise StoreError(f"{uri}: not a usable Neo4j URI ({err})") from err
    return Neo4jStore(driver, database)
