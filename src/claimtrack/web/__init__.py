"""``claimtrack serve``: a local web app and JSON API over a claim store, adding reports in the
background.

Nothing is imported here, so ``claimtrack --help`` never loads FastAPI: the CLI imports
``claimtrack.web.app.create_app`` inside the ``serve`` command.
"""
