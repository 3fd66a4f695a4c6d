"""``python -m claimtrack.cli``: the same as the ``claimtrack`` console script."""

from claimtrack.cli.app import main

if __name__ == "__main__":
    main()
