"""``python -m nptexperts``: the command line (:func:`nptexperts.cli.run`)."""

from nptexperts.cli import run

if __name__ == "__main__":
    run()
