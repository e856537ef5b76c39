"""The type words of place names in a chain ('Mindat District', 'Perry Co.', 'Gulistan and Banani areas'):
which unit each makes a name, for `chain_name.py` (the plural ones closing a list: `chain_text.py`)."""

from __future__ import annotations

from kronika.geo.compound_names import NATIONAL_TYPES

# The type words written with a place name ('Mindat District', 'Kyauktaw Township'), as a pattern.
TYPE_PATTERN = (
    r"(?:province|state|region|governorate|district|township|sub-county|sub county|subcounty|county"
    r"|municipality|municipalities|village|town|city|area"
    r"|sector|subdistrict|regency|locality|department|division|prefecture|commune|neighbourhood"
    r"|neighborhood|countryside|suburb|camp|lga|parish|oblast|raion|tehsil|zone|woreda"
    r"|kebele|circle|territory|" + "|".join(NATIONAL_TYPES) + ")"
)
# Kenya's and Uganda's word for the unit below a county, written three ways ('Muhoroni sub-county')
SUBCOUNTY_TYPES = frozenset({"sub-county", "sub county", "subcounty"})
# Type words written inside the name ('Mindat District', 'Perry Co.' for Perry County).
# 'Kashiani Sub-District' is written as one capitalised name, its type word hyphened inside it.
TYPE_WORDS = frozenset(TYPE_PATTERN[3:-1].split("|")) | {"lga", "barangay", "co", "sub-district"}
COUNTY_TYPES = frozenset({"county", "co", "parish", "township"})
SETTLEMENT_TYPES = frozenset({"city", "town", "village"})
# Second-level units, usually named after their main town ('Qaysar district', 'Biu LGA').
DISTRICT_TYPES = frozenset(
    {
        "district",
        "subdistrict",
        # Kenya's and Uganda's unit below the county, named after its main town ('Laisamis sub county')
        *SUBCOUNTY_TYPES,
        "tehsil",
        *NATIONAL_TYPES,  # Bangladesh's sub-district, named after its main town ('Chakaria upazila')
        "raion",
        "lga",
        "municipality",
        "woreda",
        "circle",
        "division",
        "territory",
    }
)
ADMIN1_TYPES = frozenset({"province", "state", "region", "governorate", "department", "prefecture", "oblast"})
# A list closed by a plural type word: 'in Gulistan, Motijheel and Banani areas', 'Dhaka, Gazipur and
# Narayanganj districts'. Its names are units of one kind side by side, not a town and its region.
PLURAL_TYPES = (
    r"(?:areas|villages|towns|cities|districts|upazilas|unions|townships|neighbou?rhoods|quarters"
    r"|provinces|states|regions|counties|localities|municipalities|sub-districts|camps)"
)
