"""Extractors over a parsed spaCy Doc: actors, events and dates, as immutable records."""
