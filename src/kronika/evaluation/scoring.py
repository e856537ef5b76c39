"""Pure scoring helpers shared by the data sets: F1, distances, name and date matching, sector checks."""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

import pycountry

from kronika.events.taxonomy import normalize_plover
from kronika.model import Actor

EARTH_RADIUS_KM: Final = 6371.0088  # mean Earth radius (IUGG)

# ACLED's inter1 codes -> the PLOVER sectors an actor of that kind may carry (from the ACLED codebook).
INTER_SECTORS: Final = {
    1: frozenset({"GOV", "MIL", "COP", "JUD", "SPY"}),  # state forces
    2: frozenset({"REB"}),  # rebel groups
    3: frozenset({"UAF", "OPP", "PTY", "CRM"}),  # political militias (ACLED codes gangs and cartels here)
    4: frozenset({"UAF"}),  # identity militias
    5: frozenset({"CVL", "OPP"}),  # rioters
    6: frozenset({"CVL", "OPP", "LAB", "EDU"}),  # protesters
    7: frozenset({"CVL"}),  # civilians
    8: frozenset({"IGO", "MIL", "GOV"}),  # external or other forces
}

_SIZE_TAG = re.compile(r"\s*\[size=[^\]]*\]")
_PARENTHETICAL = re.compile(r"\s*\(([^)]*)\)\s*$")


def share(hits: Sequence[bool]) -> float:
    """The share of True, 0 for nothing."""
    return sum(hits) / len(hits) if hits else 0.0


def ranking_auc(scored: Sequence[tuple[float, bool]]) -> float | None:
    """The chance a random right item scores above a random wrong one, ties half (the area under the ROC
    curve); None where either kind is missing."""
    right = [s for s, ok in scored if ok]
    wrong = [s for s, ok in scored if not ok]
    if not right or not wrong:
        return None
    wins = sum((a > b) + 0.5 * (a == b) for a in right for b in wrong)
    return wins / (len(right) * len(wrong))


def weighted_f1(truth: Sequence[str], predicted: Sequence[str]) -> float:
    """F1 per true label, averaged with each label weighted by its support (as sklearn's 'weighted')."""
    if len(truth) != len(predicted):
        raise ValueError("truth and predicted differ in length")
    if not truth:
        return 0.0
    support = Counter(truth)
    predicted_count = Counter(predicted)
    hits = Counter(t for t, p in zip(truth, predicted, strict=True) if t == p)
    total = 0.0
    for label, n in support.items():
        precision = hits[label] / predicted_count[label] if predicted_count[label] else 0.0
        recall = hits[label] / n
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        total += n * f1
    return total / len(truth)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def actor_kind_matches(inter: int, actors: Sequence[Actor]) -> bool:
    """Whether any actor's sector fits ACLED's inter1 code; unknown codes never match."""
    sectors = INTER_SECTORS.get(inter, frozenset())
    return any(actor.sector in sectors for actor in actors)


def gold_plover(name: str) -> str:
    """A gold record's PLOVER type in today's vocabulary (DEMAND -> REQUEST, FIGHT -> ASSAULT, ...)."""
    return normalize_plover(name)


def parse_acled_date(text: str) -> date:
    """ACLED's event_date: '9-May-20' in the 2020 files, ISO '2020-05-09' in newer exports,
    '02-January-2015' in the old schema."""
    text = text.strip()
    for layout in ("%d-%b-%y", "%d-%B-%Y"):
        try:
            return datetime.strptime(text, layout).date()
        except ValueError:
            continue
    return date.fromisoformat(text)


def parse_gva_date(text: str) -> date:
    """The Gun Violence Archive's incident date, e.g. 'January 27, 2014'."""
    return datetime.strptime(text.strip(), "%B %d, %Y").date()


def strip_size_tags(notes: str) -> str:
    """ACLED notes without the coder's '[size=...]' tags, which no news report carries."""
    return _SIZE_TAG.sub("", notes).strip()


def fold(name: str) -> str:
    """A name compared case- and accent-insensitively, with runs of whitespace collapsed."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two place names are equal up to case, accents and spacing; None matches nothing."""
    return a is not None and b is not None and fold(a) == fold(b)


def gva_place_names(city_or_county: str) -> frozenset[str]:
    """The folded names a GVA location accepts.

    'Brown (county)' accepts 'Brown' and 'Brown County'; a neighbourhood in brackets,
    'Chicago (Englewood)', accepts only the city 'Chicago' here: the locality itself counts only in the
    incident's state (`gva_locality`, scored in `evaluation/gva.py`). Nothing else is loosened.
    """
    match = _PARENTHETICAL.search(city_or_county)
    base = _PARENTHETICAL.sub("", city_or_county) if match else city_or_county
    names = {fold(base)}
    if match and fold(match.group(1)) == "county":
        names.add(fold(f"{base} County"))
    return frozenset(names)


def gva_locality(city_or_county: str) -> str | None:
    """The folded locality a GVA location writes in brackets after its city ('Humble (Atascocita)':
    'atascocita'); None where there is none or the brackets only say the name is a county's."""
    match = _PARENTHETICAL.search(city_or_county)
    locality = fold(match.group(1)) if match else None
    return locality if locality and locality != "county" else None


def is_country_code(code: str) -> bool:
    """Whether `code` is an ISO 3166-1 alpha-3 country code (not IGO, NGO or the old 'JAP')."""
    return len(code) == 3 and pycountry.countries.get(alpha_3=code.upper()) is not None


RELIABILITY_BINS: Final = (0.0, 0.4, 0.6, 0.8, 1.0)


@dataclass(frozen=True)
class ReliabilityBin:
    """Items whose confidence fell in [low, high): how many, and the share that was right."""

    low: float
    high: float
    n: int
    accuracy: float | None


def reliability(confidences: Sequence[float], correct: Sequence[bool]) -> list[ReliabilityBin]:
    """Accuracy per confidence bin: a confidence that means something rises with accuracy."""
    pairs = list(zip(confidences, correct, strict=True))
    bins = []
    for low, high in itertools.pairwise(RELIABILITY_BINS):
        top = high == RELIABILITY_BINS[-1]  # the top bin includes 1.0
        hits = [ok for c, ok in pairs if low <= c < high or (top and c == high)]
        bins.append(ReliabilityBin(low, high, len(hits), sum(hits) / len(hits) if hits else None))
    return bins
