"""A synthetic, seeded HR history: N people in a layered org over ten years, as an HR CSV.

The org is a fixed tree of N positions (span 8: CEO, VPs, directors, managers, ICs); a team
is the subtree under a position three levels above the bottom. Each month (one effective
day per month, so nobody has two rows on a day):

* ~1% of people leave (12%/year attrition) and a new hire takes the position; their reports
  get a manager change;
* ~3.75% of managers swap positions with a manager of the same level (45%/year rotation):
  the managers change manager (and perhaps team), their reports change manager;
* ~1.25% of individual contributors swap positions across teams (15%/year transfers).

Every person's state (manager, team) is compared month on month and a row is written for
each change: ``hire``, ``transfer`` (team changed), ``manager_change``, or ``exit``. At 100k
people this gives ~1M REPORTS_TO intervals.

Usage::

    python benchmarks/synth.py 10000 out.csv [--seed 7]
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

COMPANY = "Acme"
START = date(2015, 1, 1)
MONTHS = 120
SPAN = 8
EXIT_RATE, ROTATE_RATE, TRANSFER_RATE = 0.12 / 12, 0.45 / 12, 0.15 / 12


def _tree(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Parent position and depth of each of ``n`` positions, filled level by level."""
    parent = np.full(n, -1, dtype=np.int64)
    depth = np.zeros(n, dtype=np.int64)
    idx = np.arange(1, n)
    parent[1:] = (idx - 1) // SPAN
    for i in range(1, n):  # depth by parent (parents come first)
        depth[i] = depth[parent[i]] + 1
    return parent, depth


def _teams(parent: np.ndarray, depth: np.ndarray) -> np.ndarray:
    """Team of each position: its ancestor at the team level (positions above it: 'Leadership' = -1)."""
    level = max(1, int(depth.max()) - 3)
    team = np.full(len(parent), -1, dtype=np.int64)
    for i in range(len(parent)):
        if depth[i] == level:
            team[i] = i
        elif depth[i] > level:
            team[i] = team[parent[i]]
    return team


def _swap_pairs(rng: np.random.Generator, pool: np.ndarray, rate: float) -> np.ndarray:
    """Disjoint random pairs from ``pool`` (about ``rate`` of it), as an (k, 2) array."""
    k = rng.binomial(len(pool), rate) // 2 * 2
    return rng.choice(pool, size=k, replace=False).reshape(-1, 2) if k else np.empty((0, 2), dtype=np.int64)


def generate(n: int, seed: int = 7) -> pd.DataFrame:
    """The HR rows (our column names) of a seeded ``n``-position history."""
    rng = np.random.default_rng(seed)
    parent, depth = _tree(n)
    team = _teams(parent, depth)
    is_manager = np.zeros(n, dtype=bool)
    is_manager[parent[parent >= 0]] = True
    occupant = np.arange(n, dtype=np.int64)  # position -> person
    next_person = n
    cap = n * 3 + 16
    state_mgr = np.full(cap, -2, dtype=np.int64)  # person -> manager person (-1 none, -2 not employed)
    state_team = np.full(cap, -2, dtype=np.int64)
    frames = []
    for month in range(MONTHS + 1):
        day = START + timedelta(days=int(30.44 * month) + int(rng.integers(0, 5)))
        if month:
            leaving = np.flatnonzero(rng.random(n) < EXIT_RATE)
            gone = occupant[leaving]
            frames.append(pd.DataFrame({"p": gone, "m": -1, "t": -1, "d": day, "e": "exit"}))
            state_mgr[gone] = state_team[gone] = -2
            occupant[leaving] = np.arange(next_person, next_person + len(leaving))
            next_person += len(leaving)
            for d in range(1, int(depth.max())):
                pool = np.flatnonzero((depth == d) & is_manager)
                pairs = _swap_pairs(rng, pool, ROTATE_RATE)
                occupant[pairs[:, 0]], occupant[pairs[:, 1]] = occupant[pairs[:, 1]], occupant[pairs[:, 0]].copy()
            ics = np.flatnonzero(~is_manager)
            pairs = _swap_pairs(rng, ics, TRANSFER_RATE)
            occupant[pairs[:, 0]], occupant[pairs[:, 1]] = occupant[pairs[:, 1]], occupant[pairs[:, 0]].copy()
        mgr = np.where(parent >= 0, occupant[np.maximum(parent, 0)], -1)
        old_mgr, old_team = state_mgr[occupant], state_team[occupant]
        changed = (old_mgr != mgr) | (old_team != team)
        event = np.where(old_mgr == -2, "hire", np.where(old_team != team, "transfer", "manager_change"))
        who = occupant[changed]
        frames.append(pd.DataFrame({"p": who, "m": mgr[changed], "t": team[changed], "d": day, "e": event[changed]}))
        state_mgr[who], state_team[who] = mgr[changed], team[changed]
    return _as_csv_rows(pd.concat(frames, ignore_index=True), rng)


def _as_csv_rows(raw: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    people = raw["p"].to_numpy()
    first = np.array(["Ana", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hana", "Ivo", "Jo", "Kai", "Lu", "Mo", "Noor"])
    last = np.array(["Ruiz", "Chen", "Okafor", "Novak", "Sato", "Berg", "Khan", "Silva", "Moreau", "Ito"])
    teams = raw["t"].to_numpy()
    return pd.DataFrame(
        {
            "person_id": pd.Series(people).map("E{:06d}".format),
            "name": first[people % len(first)]
            + " "
            + last[(people // len(first)) % len(last)]
            + " "
            + people.astype(str),
            "manager_id": pd.Series(raw["m"].to_numpy()).map(lambda m: f"E{m:06d}" if m >= 0 else ""),
            "team": np.where(raw["e"] == "exit", "", np.where(teams >= 0, "Team " + teams.astype(str), "Leadership")),
            "company": COMPANY,
            "valid_from": pd.to_datetime(raw["d"]).dt.strftime("%Y-%m-%d"),
            "valid_to": "",
            "event": raw["e"],
            "exit_reason": np.where(raw["e"] == "exit", rng.choice(["resigned", "laid off", "retired"], len(raw)), ""),
        }
    )


def write(n: int, path: Path, seed: int = 7) -> Path:
    """Generate and write the CSV; returns ``path``."""
    generate(n, seed).to_csv(path, index=False)
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("people", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rows = generate(args.people, args.seed)
    rows.to_csv(args.out, index=False)
    print(f"{args.out}: {len(rows)} rows, {rows['person_id'].nunique()} people", file=sys.stderr)


if __name__ == "__main__":
    main()
