"""GET /docs, /redoc and /docs/{asset}: the API's documentation, public and served from bundled files."""

from __future__ import annotations

from resume_api.web.app import create_app
from resume_api.web.docs import router
from resume_api.web.handler import make_handler

app = create_app(router)
handler = make_handler(app)
