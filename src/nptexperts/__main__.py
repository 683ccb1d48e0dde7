"""``python -m nptexperts``: the command line."""

from nptexperts.cli import main

if __name__ == "__main__":
    main()
