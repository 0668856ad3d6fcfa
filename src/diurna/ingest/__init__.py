"""Readers that turn files, directories and stdin into RawArticle streams."""

from diurna.ingest.readers import read_inputs

__all__ = ["read_inputs"]
