"""The company gazetteer: known companies, their aliases and parents.

The shipped ``companies.yaml`` is extended by files named in the ``ORGRAPH_COMPANIES``
environment variable (``os.pathsep``-separated) or passed to :meth:`Gazetteer.load`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from orgraph.errors import InputError

SHIPPED = Path(__file__).with_name("companies.yaml")
ENV_VAR = "ORGRAPH_COMPANIES"


@dataclass(frozen=True)
class Company:
    """A company (or a unit of one when ``parent`` is set)."""

    name: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    # Longer formal names ("Samsung Electronics") that a report using them calls the company by.
    formal: tuple[str, ...] = ()


@dataclass
class Gazetteer:
    """Companies by name and a matcher for their surface forms."""

    companies: dict[str, Company] = field(default_factory=dict)

    @classmethod
    def load(cls, extra: list[Path] | None = None) -> Gazetteer:
        """Load the shipped gazetteer, then ``ORGRAPH_COMPANIES`` files, then ``extra``.

        Raises:
            InputError: A gazetteer file is missing or malformed.
        """
        gaz = cls()
        env_paths = [Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]
        for path in [SHIPPED, *env_paths, *(extra or [])]:
            gaz.add_file(path)
        return gaz

    def add_file(self, path: Path) -> None:
        """Add every company listed in a YAML file."""
        try:
            entries = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(path, f"cannot read company gazetteer: {exc}") from None
        except yaml.YAMLError as exc:
            raise InputError(path, f"invalid YAML in company gazetteer: {exc}") from None
        if not isinstance(entries, list):
            raise InputError(path, "company gazetteer must be a list of entries")
        for number, entry in enumerate(entries, start=1):
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                raise InputError(path, "each entry needs a 'name' string", place=f"entry {number}")
            aliases = entry.get("aliases") or []
            if not isinstance(aliases, list):
                raise InputError(path, "'aliases' must be a list", place=f"entry {number}")
            formal = entry.get("formal") or []
            if not isinstance(formal, list):
                raise InputError(path, "'formal' must be a list", place=f"entry {number}")
            parent = entry.get("parent")
            self.add(Company(entry["name"], tuple(str(a) for a in aliases), parent, tuple(str(f) for f in formal)))

    def add(self, company: Company) -> None:
        """Add a company, merging aliases into an existing entry of the same name."""
        old = self.companies.get(company.name)
        if old is not None:
            aliases = tuple(dict.fromkeys(old.aliases + company.aliases))
            formal = tuple(dict.fromkeys(old.formal + company.formal))
            company = Company(company.name, aliases, company.parent or old.parent, formal)
        self.companies[company.name] = company
        _pattern.cache_clear()

    def surface_forms(self) -> dict[str, str]:
        """Map every spelling (name or alias) to the company name."""
        forms: dict[str, str] = {}
        for company in self.companies.values():
            for form in (company.name, *company.aliases, *company.formal):
                forms.setdefault(form, company.name)
        return forms

    def formal_names(self) -> dict[str, str]:
        """Map each formal long name to its company ("Samsung Electronics" -> "Samsung")."""
        return {form: c.name for c in self.companies.values() for form in c.formal}

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Find company spellings in ``text`` as (start, end, company name), longest first."""
        forms = self.surface_forms()
        regex = _pattern(tuple(sorted(forms, key=len, reverse=True)))
        return [(m.start(), m.end(), forms[m.group(1)]) for m in regex.finditer(text)]

    def resolve(self, name: str) -> tuple[str, str | None]:
        """Return (company, unit) for a gazetteer name: units map to their parent company."""
        company = self.companies.get(name)
        if company is None or company.parent is None:
            return name, None
        return company.parent, company.name


@lru_cache(maxsize=8)
def _pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Compile one alternation of all spellings, bounded so "AppleInsider" is not "Apple"."""
    body = "|".join(re.escape(f) for f in forms)
    # A trailing legal suffix ("Meta Platforms Inc") belongs to the mention.
    legal = r"Inc|Incorporated|Corp|Corporation|Ltd|Limited|LLC|Co|PLC|Plc|plc|GmbH|AG|SE|S\.A|SA|N\.V|Pvt"
    suffix = rf"(?:,?[ \t]+(?:{legal})\b\.?)*"
    # "ex-Intel" names a former employer, so a hyphen after "ex" is a boundary too.
    return re.compile(rf"(?:(?<![\w.-])|(?<=\b[eE]x-))({body})(?![\w-]|\.\w){suffix}")


def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer plus any named by ``ORGRAPH_COMPANIES`` (cached per value)."""
    return _load_for_env(os.environ.get(ENV_VAR, ""))


@lru_cache(maxsize=4)
def _load_for_env(_env_value: str) -> Gazetteer:
    """Load once per distinct ``ORGRAPH_COMPANIES`` value (the argument is the cache key)."""
    return Gazetteer.load()
