"""The town a headline names: its own words or the site's part ('Teen hurt in shooting - WXYZ -
Richmond, VA')."""

from __future__ import annotations

import re
from functools import cache

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.article import state_named
from kronika.geo.chain_resolve import resolve_chain
from kronika.geo.chains import find_chains
from kronika.geo.town_police import town_police
from kronika.tables import shipped_text, table_rows

MIN_TITLE_TOWN = 20_000  # a lone capitalised word in a headline is a town only if the town is sizeable
# A headline's parts: its own words and the site's ('... - WALB.com, Albany News'); a comma before a state
# and the site's 'News' ('WTVM.com-Columbus, GA News') writes the town's state, which must stay beside it:
# cut off, 'Columbus' alone is read as the biggest of its name, in Ohio.
_TITLE_SPLIT = r"\s+(?:\||::|-|–|—)\s+|,\s+(?!(?:{states})\s+News\b)(?=[A-Z][\w.]*\s+News\b)"
STATES = "data/us_states.tsv"
# A site part's name for its own news after its town: 'Chattanooga News, Weather & Sports' is Chattanooga's
_SITE_NEWS = re.compile(r"\s+News(?:,?\s+(?:Weather|Sports|Traffic)\b.*)?$")


def title_town(
    gazetteer: Gazetteer, title: str | None, focus: str | None, *, site: bool = True
) -> GeoEntry | None:
    """A town of the focus country the headline names, else one its site part names ('Teen hurt in
    shooting - WXYZ - Richmond, VA'; '... | Chattanooga News, Weather & Sports'): a local station reports
    its own area. A town needs its region
    beside it ('Tucson, Arizona') or some size, as headlines capitalise every word. A town's own police
    ('Duluth Police investigate shooting') name it as a town does: they work where the news happened
    (right in 24 of 25 GVA headlines whose other words name no town); a sheriff's, fire or county
    agency does not. A lone name of another state is the state ('Delaware courthouse' is no courthouse of
    Delaware, Ohio: 2 GVA headlines, neither the archive's town). With `site` false only the headline's
    own words are read: a page carrying another station's story names the carrier in its site part."""
    if not title or focus is None:
        return None
    parts = _title_parts().split(title)
    for part in parts if site else parts[:1]:
        text = _SITE_NEWS.sub("", part)
        for chain in find_chains(text):
            agencies = (n.agency and not town_police(text, n) for n in chain.names)
            if any(n.county or n.admin1_hint for n in chain.names) or any(agencies):
                continue
            found = resolve_chain(gazetteer, chain, focus)
            entry = found.entry if found is not None else None
            if found is None or entry is None or entry.kind != "city" or entry.country != focus:
                continue
            if found.support < 2 and state_named(gazetteer, entry):  # 'Delaware courthouse': the state's
                continue
            if found.support > 1 or entry.population >= MIN_TITLE_TOWN:
                return entry
    return None


@cache
def _title_parts() -> re.Pattern[str]:
    """The pattern that splits a headline into its parts (`_TITLE_SPLIT`), with the US states' names and
    postal codes, which a site's part writes after its town, kept from the comma split."""
    states = [w for row in table_rows(shipped_text(STATES)) for w in row[:2] if w]
    return re.compile(_TITLE_SPLIT.format(states="|".join(re.escape(w) for w in states)))
