"""Where each item lives: DynamoDB keys and S3 object keys, derived from the session hash.

One module so that every store agrees, and so that no key can ever contain a raw session id.
"""

from __future__ import annotations

SESSION_SK = "SESSION"


def session_pk(token_hash: str) -> str:
    return f"SESSION#{token_hash}"


def resume_sk(resume_id: str) -> str:
    return f"RESUME#{resume_id}"


def conversation_sk(conversation_id: str) -> str:
    return f"CONV#{conversation_id}"


def document_sk(document_id: str) -> str:
    return f"DOC#{document_id}"


def upload_prefix(token_hash: str, resume_id: str) -> str:
    """Presigned uploads land here, and S3 notifies the ingest function of every object under it."""
    return f"uploads/{token_hash}/{resume_id}/"


def original_prefix(token_hash: str, resume_id: str) -> str:
    """Direct uploads keep their original here: parsed already, so outside the ingest trigger."""
    return f"originals/{token_hash}/{resume_id}/"


def parsed_key(token_hash: str, resume_id: str, version: int) -> str:
    return f"parsed/{token_hash}/{resume_id}/v{version:04d}/resume.json"


def generated_key(token_hash: str, document_id: str, filename: str) -> str:
    return f"generated/{token_hash}/{document_id}/{filename}"


def session_prefixes(token_hash: str) -> tuple[str, ...]:
    return (
        f"uploads/{token_hash}/",
        f"originals/{token_hash}/",
        f"parsed/{token_hash}/",
        f"generated/{token_hash}/",
    )


def conversation_prefix(token_hash: str, conversation_id: str) -> str:
    return f"generated/{token_hash}/conversations/{conversation_id}/"
