"""Settings, one frozen model per concern, read once per container from the environment.

The environment is what template.yaml sets on each function (and what the local runner sets
from the same template). Plain read-only classes (models/slotted.py) rather than pydantic models,
frozen dataclasses or named tuples: every function, the authorizer included, makes these classes at
import; a frozen dataclass compiles six methods when its class is made and a named tuple builds
its `__new__` with `eval` and a property per field, while these need nothing but immutable,
named fields. Tests build these explicitly.
"""

from __future__ import annotations

import os
from functools import cache

from resume_api.models.slotted import Frozen


def _bool(value: str | None, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "")
    return int(raw) if raw.strip() else default


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name, "")
    return float(raw) if raw.strip() else default


class AwsResources(Frozen):
    """Names of the stack's resources: the table, the bucket, the KMS key, the async worker."""

    __slots__ = ("bucket_name", "kms_key_id", "optimize_worker_function", "table_name")
    table_name: str
    bucket_name: str
    kms_key_id: str
    optimize_worker_function: str

    def __init__(
        self,
        table_name: str,
        bucket_name: str = "",
        kms_key_id: str = "",
        optimize_worker_function: str = "",
    ) -> None:
        object.__setattr__(self, "table_name", table_name)
        object.__setattr__(self, "bucket_name", bucket_name)
        object.__setattr__(self, "kms_key_id", kms_key_id)
        object.__setattr__(self, "optimize_worker_function", optimize_worker_function)

    @classmethod
    def from_env(cls) -> AwsResources:
        return cls(
            table_name=os.environ.get("TABLE_NAME", ""),
            bucket_name=os.environ.get("BUCKET_NAME", ""),
            kms_key_id=os.environ.get("KMS_KEY_ID", ""),
            optimize_worker_function=os.environ.get("OPTIMIZE_WORKER_FUNCTION", ""),
        )


class Limits(Frozen):
    """Sizes, time bounds and quotas; each is configurable in the template."""

    __slots__ = (
        "download_expiry_s",
        "ingest_lease_s",
        "job_start_s",
        "max_body_bytes",
        "max_pages",
        "max_presigned_bytes",
        "max_resumes_per_session",
        "max_upload_bytes",
        "optimizations_per_hour",
        "parse_memory_mb",
        "parse_timeout_s",
        "presign_expiry_s",
        "sessions_per_ip_per_hour",
        "uploads_per_minute",
    )
    max_upload_bytes: int
    max_presigned_bytes: int
    max_pages: int
    parse_timeout_s: float
    """Under the 10 s we promise for a direct upload, leaving time to store the result."""
    parse_memory_mb: int
    presign_expiry_s: int
    download_expiry_s: int
    max_resumes_per_session: int
    uploads_per_minute: int
    optimizations_per_hour: int
    sessions_per_ip_per_hour: int
    max_body_bytes: int
    ingest_lease_s: int
    """How long one ingest attempt holds its claim at least: the parse bound (7 s) plus the reads and
    writes around it, with room; it holds until its invocation's deadline (the function's Timeout)
    where that is later, so a slow attempt is never taken over nor read as failed. A retry may take
    over for as long again; then the resume is failed."""
    job_start_s: int
    """How long a queued job may wait for the worker: the worker's MaximumEventAgeInSeconds."""

    def __init__(
        self,
        max_upload_bytes: int = 4 * 1024 * 1024,
        max_presigned_bytes: int = 10 * 1024 * 1024,
        max_pages: int = 30,
        parse_timeout_s: float = 7.0,
        parse_memory_mb: int = 1024,
        presign_expiry_s: int = 900,
        download_expiry_s: int = 600,
        max_resumes_per_session: int = 20,
        uploads_per_minute: int = 10,
        optimizations_per_hour: int = 30,
        sessions_per_ip_per_hour: int = 30,
        max_body_bytes: int = 256 * 1024,
        ingest_lease_s: int = 30,
        job_start_s: int = 900,
    ) -> None:
        object.__setattr__(self, "max_upload_bytes", max_upload_bytes)
        object.__setattr__(self, "max_presigned_bytes", max_presigned_bytes)
        object.__setattr__(self, "max_pages", max_pages)
        object.__setattr__(self, "parse_timeout_s", parse_timeout_s)
        object.__setattr__(self, "parse_memory_mb", parse_memory_mb)
        object.__setattr__(self, "presign_expiry_s", presign_expiry_s)
        object.__setattr__(self, "download_expiry_s", download_expiry_s)
        object.__setattr__(self, "max_resumes_per_session", max_resumes_per_session)
        object.__setattr__(self, "uploads_per_minute", uploads_per_minute)
        object.__setattr__(self, "optimizations_per_hour", optimizations_per_hour)
        object.__setattr__(self, "sessions_per_ip_per_hour", sessions_per_ip_per_hour)
        object.__setattr__(self, "max_body_bytes", max_body_bytes)
        object.__setattr__(self, "ingest_lease_s", ingest_lease_s)
        object.__setattr__(self, "job_start_s", job_start_s)

    @classmethod
    def from_env(cls) -> Limits:
        d = cls()
        return cls(
            max_upload_bytes=_int("MAX_UPLOAD_BYTES", d.max_upload_bytes),
            max_presigned_bytes=_int("MAX_PRESIGNED_BYTES", d.max_presigned_bytes),
            max_pages=_int("MAX_PAGES", d.max_pages),
            parse_timeout_s=_float("PARSE_TIMEOUT_S", d.parse_timeout_s),
            parse_memory_mb=_int("PARSE_MEMORY_MB", d.parse_memory_mb),
            presign_expiry_s=_int("PRESIGN_EXPIRY_S", d.presign_expiry_s),
            download_expiry_s=_int("DOWNLOAD_EXPIRY_S", d.download_expiry_s),
            max_resumes_per_session=_int("MAX_RESUMES_PER_SESSION", d.max_resumes_per_session),
            uploads_per_minute=_int("UPLOADS_PER_MINUTE", d.uploads_per_minute),
            optimizations_per_hour=_int("OPTIMIZATIONS_PER_HOUR", d.optimizations_per_hour),
            sessions_per_ip_per_hour=_int("SESSIONS_PER_IP_PER_HOUR", d.sessions_per_ip_per_hour),
            max_body_bytes=_int("MAX_BODY_BYTES", d.max_body_bytes),
            ingest_lease_s=_int("INGEST_LEASE_S", d.ingest_lease_s),
            job_start_s=_int("JOB_START_S", d.job_start_s),
        )


class LlmSettings(Frozen):
    """How far the service trusts a user's LLM endpoint, and how long it waits for one."""

    __slots__ = ("allow_private_base_urls", "max_response_bytes", "max_timeout_s")
    allow_private_base_urls: bool
    max_timeout_s: float
    max_response_bytes: int

    def __init__(
        self,
        allow_private_base_urls: bool = False,
        max_timeout_s: float = 25.0,
        max_response_bytes: int = 2 * 1024 * 1024,
    ) -> None:
        object.__setattr__(self, "allow_private_base_urls", allow_private_base_urls)
        object.__setattr__(self, "max_timeout_s", max_timeout_s)
        object.__setattr__(self, "max_response_bytes", max_response_bytes)

    @classmethod
    def from_env(cls) -> LlmSettings:
        d = cls()
        return cls(
            allow_private_base_urls=_bool(os.environ.get("RESUME_API_ALLOW_PRIVATE_BASE_URLS")),
            max_timeout_s=_float("LLM_MAX_TIMEOUT_S", d.max_timeout_s),
            max_response_bytes=_int("LLM_MAX_RESPONSE_BYTES", d.max_response_bytes),
        )


@cache
def aws_resources() -> AwsResources:
    return AwsResources.from_env()


@cache
def limits() -> Limits:
    return Limits.from_env()


@cache
def llm_settings() -> LlmSettings:
    return LlmSettings.from_env()
