"""The pins a fresh install reads (`constraints.txt`, passed with -c by the README and `.ci/run`) cover every
package the project asks for, so that a dependency added without a pin cannot move the figures unseen."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    """A requirement's distribution name, as pip compares names ('Iso3166_2>=1.8' -> 'iso3166-2')."""
    name = re.split(r"[<>=!~;\[ ]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def _pinned() -> dict[str, str]:
    """The constraint file's exact pins, by normalised name."""
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[_name(name)] = version.strip()
    return pins


def _asked_for() -> list[str]:
    """The runtime and dev requirements of pyproject.toml (the README's and CI's installs)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["dev"]]


@pytest.mark.parametrize("requirement", _asked_for())
def test_every_package_asked_for_is_pinned(requirement: str) -> None:
    assert _pinned().get(_name(requirement)), f"{requirement} has no exact pin in constraints.txt"


def test_the_pins_are_exact_versions() -> None:
    assert all(re.fullmatch(r"[0-9][0-9A-Za-z.+!-]*", v) for v in _pinned().values())
