"""Geography behind `kronika.gazetteer` and `kronika.places`: name keys, index building, mentions."""

# Local news often names no country at all, only its town ('Palatka police said'); in English such a
# story is most often American, so with no other clue a town read there sets the focus, and the geo modules
# that read a local story apart (datelines, stations, counties, a story's own town) all name it by this.
LOCAL_NEWS_COUNTRY = "USA"
