"""The shipped data releases: the catalogue of their digests (``store``), a release's
bundle to records (``bundle``), and what is said about releases (``releases``,
``info``, ``changes``). Imports only :mod:`nptexperts._records` below it.
"""
