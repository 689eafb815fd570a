"""The LLM API key, encrypted with KMS with the session hash bound in the encryption context.

A ciphertext copied into another session's item does not decrypt there, and a KMS key policy
can restrict Decrypt to the functions that call the LLM.
"""

from __future__ import annotations

from resume_api.data.aws_errors import aws_call
from resume_api.data.clients import client
from resume_api.settings import aws_resources


def _context(token_hash: str) -> dict[str, str]:
    return {"service": "resume-api", "session": token_hash}


def encrypt_api_key(token_hash: str, api_key: str) -> bytes:
    with aws_call("kms"):
        response = client("kms").encrypt(
            KeyId=aws_resources().kms_key_id,
            Plaintext=api_key.encode(),
            EncryptionContext=_context(token_hash),
        )
    return bytes(response["CiphertextBlob"])


def decrypt_api_key(token_hash: str, ciphertext: bytes) -> str:
    with aws_call("kms"):
        response = client("kms").decrypt(
            CiphertextBlob=ciphertext,
            KeyId=aws_resources().kms_key_id,
            EncryptionContext=_context(token_hash),
        )
    return bytes(response["Plaintext"]).decode()
