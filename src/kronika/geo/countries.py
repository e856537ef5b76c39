"""The countries of the gazetteer: pycountry's list with our short names, demonyms and capitals, indexed."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from kronika.geo.build import GazetteerData
from kronika.geo.names import name_key

# Kosovo has a user-assigned code that pycountry does not list; reverse_geocode uses XK.
EXTRA_COUNTRIES = {"XKX": ("XK", "Kosovo")}


@dataclass(frozen=True)
class CountryInfo:
    """One line of data/countries.tsv merged with pycountry."""

    iso3: str
    iso2: str
    name: str
    capitals: tuple[str, ...]  # the capital's spellings, the first as reverse_geocode spells it
    names: tuple[str, ...]
    demonyms: tuple[str, ...]


def read_country_table() -> dict[str, tuple[str, list[str], list[str]]]:
    """Our table: iso3 -> (capital, short names, demonyms)."""
    table: dict[str, tuple[str, list[str], list[str]]] = {}
    text = resources.files("kronika").joinpath("data/countries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso3, capital, names, demonyms = [*line.split("\t"), "", "", ""][:4]
        table[iso3] = (capital, [n for n in names.split(";") if n], [d for d in demonyms.split(";") if d])
    return table


def country_infos() -> list[CountryInfo]:
    """Every pycountry country (plus Kosovo), with our short names, demonyms and capital."""
    import pycountry

    table = read_country_table()
    infos = []
    for country in pycountry.countries:
        capital, names, demonyms = table.get(country.alpha_3, ("", [], []))
        official = [getattr(country, a, None) for a in ("name", "common_name", "official_name")]
        all_names = tuple(dict.fromkeys([*names, *[n for n in official if n]]))
        display = names[0] if names else getattr(country, "common_name", None) or country.name
        spellings = tuple(c for c in capital.split("|") if c)
        infos.append(
            CountryInfo(country.alpha_3, country.alpha_2, display, spellings, all_names, tuple(demonyms))
        )
    for iso3, (iso2, name) in EXTRA_COUNTRIES.items():
        capital, names, demonyms = table.get(iso3, ("", [name], []))
        spellings = tuple(c for c in capital.split("|") if c)
        infos.append(CountryInfo(iso3, iso2, name, spellings, tuple(names), tuple(demonyms)))
    return infos


def country_names() -> dict[str, str]:
    """ISO alpha-3 -> the short English name the gazetteer gives a country ('KGZ' -> 'Kyrgyzstan', 'CZE' ->
    'Czech Republic'): one naming for actors, places and exports."""
    return {info.iso3: info.name for info in country_infos()}


def add_countries(
    data: GazetteerData,
    infos: list[CountryInfo],
    city_rows: dict[str, list[int]],
    regions: dict[str, dict[str, dict]],
) -> None:
    """Index countries and demonyms; centre a country on its capital, else on the mean of its regions."""
    for info in infos:
        capital = find_capital(data, info, city_rows.get(info.iso3, []))
        lat, lon = country_centre(data, capital, regions.get(info.iso2, {}))
        population = sum(data.rows[i][6] for i in city_rows.get(info.iso3, []))
        keys = {name_key(n) for n in info.names} | {name_key(info.name)}
        row_id = data.add((info.name, "country", info.iso3, None, lat, lon, population), keys)
        data.countries[info.iso3] = row_id
        if capital is not None:
            data.capitals[info.iso3] = capital
            for spelling in info.capitals[1:]:  # "Kiev" and "Nur-Sultan" find the city too
                data.index.setdefault(name_key(spelling), []).append(capital)
        for demonym in info.demonyms:
            data.demonyms.setdefault(name_key(demonym), info.iso3)


def find_capital(data: GazetteerData, info: CountryInfo, rows: list[int]) -> int | None:
    """The most populous city of the country named as the table's capital (first spelling found)."""
    for spelling in info.capitals:
        ids = data.index.get(name_key(spelling), [])
        found = [i for i in ids if data.rows[i][1] == "city" and data.rows[i][2] == info.iso3]
        if found:
            return max(found, key=lambda i: data.rows[i][6])
    return None


def country_centre(
    data: GazetteerData, capital: int | None, regions: dict[str, dict]
) -> tuple[float | None, float | None]:
    """Coordinates for a country: its capital's, else the mean of its regions' centres."""
    if capital is not None:
        return data.rows[capital][4], data.rows[capital][5]
    points = [r["latLng"] for r in regions.values() if r.get("latLng")]
    if not points:
        return None, None
    return (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))
