"""orgraph: a timed, cited org-chart knowledge graph built from news reports."""

__version__ = "0.1.0"

from orgraph.api import OrgGraph

__all__ = ["OrgGraph", "__version__"]
