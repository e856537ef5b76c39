"""Geography behind `kronika.gazetteer` and `kronika.places`: name keys, index building, mentions."""
