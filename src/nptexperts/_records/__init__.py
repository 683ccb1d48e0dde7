"""The records: the closed sets of values, bilingual texts and the record types.

The bottom layer: it imports nothing else of the package but :mod:`nptexperts._errors`.
"""
