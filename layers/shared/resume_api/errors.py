"""Typed domain errors. Logic raises these; one handler maps them to a status and our JSON body.

Messages are written for the caller and must never carry a secret (session id, API key) or
a raw upstream body: the web layer returns them verbatim.
"""

from __future__ import annotations


class ApiError(Exception):
    """An error the caller can act on; `status` and `code` become the HTTP response."""

    status: int = 500
    code: str = "internal_error"
    default_message: str = "Internal error."

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        headers: dict[str, str] | None = None,
        details: dict[str, object] | None = None,
    ) -> None:
        self.message = message or self.default_message
        if code:
            self.code = code
        self.headers = headers or {}
        self.details = details or {}
        super().__init__(self.message)


class BadRequest(ApiError):
    status, code, default_message = 400, "bad_request", "The request is malformed."


class Unauthorized(ApiError):
    status, code, default_message = 401, "unauthorized", "A valid session is required."


class NotFound(ApiError):
    status, code, default_message = 404, "not_found", "Not found."


class Conflict(ApiError):
    status, code, default_message = 409, "conflict", "The resource changed; reload and retry."


class PreconditionFailed(ApiError):
    status, code, default_message = 412, "precondition_failed", "The resource changed; reload and retry."


class PayloadTooLarge(ApiError):
    status, code, default_message = 413, "too_large", "The request or file is too large."


class UnsupportedMediaType(ApiError):
    status, code, default_message = 415, "unsupported_type", "Only PDF and DOCX files are accepted."


class Unprocessable(ApiError):
    status, code, default_message = 422, "unprocessable", "The request could not be processed."


class TooManyRequests(ApiError):
    status, code, default_message = 429, "rate_limited", "Too many requests; retry later."

    def __init__(
        self, message: str | None = None, *, retry_after_s: int | None, code: str | None = None
    ) -> None:
        headers = {} if retry_after_s is None else {"Retry-After": str(max(1, int(retry_after_s)))}
        super().__init__(message, code=code, headers=headers)


class BadGateway(ApiError):
    status, code, default_message = 502, "upstream_error", "The upstream service failed."


class ServiceUnavailable(ApiError):
    status, code, default_message = 503, "unavailable", "A backing service is unavailable; retry shortly."

    def __init__(
        self, message: str | None = None, *, retry_after_s: int = 2, code: str | None = None
    ) -> None:
        super().__init__(message, code=code, headers={"Retry-After": str(retry_after_s)})


class GatewayTimeout(ApiError):
    status, code, default_message = 504, "timeout", "The operation took too long."


class DocumentError(Unprocessable):
    """A file that cannot be parsed; `code` says why (corrupt, encrypted, no_text, too_many_pages...)."""

    code = "bad_document"
    default_message = "The document could not be read."
