"""Exporters: records to JSON, CSL-JSON and BibTeX."""
