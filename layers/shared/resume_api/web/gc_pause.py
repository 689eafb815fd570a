"""Imported first among ours by every HTTP app.py that serves a route: loads boto3 and the
preloaded client with collection on, then pauses it until the handler is made (web/collection.py)."""

from resume_api.data import clients  # noqa: F401  (boto3 and the preloaded client, collection on)
from resume_api.web import collection

collection.pause()
