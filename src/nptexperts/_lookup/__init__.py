"""Lookups over one release's records: by id and country (``index``), country names
(``countries``, ``folding``) and the stemmed search (``searching``, ``stemming``).
"""
