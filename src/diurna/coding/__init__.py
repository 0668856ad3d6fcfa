"""Coding knowledge: the CAMEO ontology, the verb lexicon and the actor codebook, as data."""
