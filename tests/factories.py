"""Files and requests the tests build themselves: resumes as PDF and DOCX, multipart bodies."""

from __future__ import annotations

import io
from typing import Any

import httpx

from local_runner.sample_events import SAMPLE_LINES, multipart, sample_pdf

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

__all__ = ["DOCX_TYPE", "SAMPLE_LINES", "docx_resume", "pdf_resume", "upload"]


def pdf_resume(lines: list[str] | None = None) -> bytes:
    return sample_pdf(lines or SAMPLE_LINES)


def docx_resume(name: str = "Ana María Pérez") -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(name).runs[0].bold = True
    document.add_paragraph("ana.perez@example.org · +34 600 123 456 · Madrid, Spain")
    heading = document.add_paragraph()
    heading.add_run("WORK EXPERIENCE").bold = True
    document.add_paragraph("Data Analyst — Acme Analytics S.L.\tMar 2021 – Present")
    document.add_paragraph("Built churn models in Python and SQL", style="List Bullet")
    heading = document.add_paragraph()
    heading.add_run("EDUCATION").bold = True
    document.add_paragraph("MSc Statistics, Universidad de Madrid\t2020")
    heading = document.add_paragraph()
    heading.add_run("SKILLS").bold = True
    document.add_paragraph("Python, SQL, Tableau")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def upload(
    api: httpx.Client,
    headers: dict[str, str],
    data: bytes,
    filename: str = "resume.pdf",
    content_type: str = "application/pdf",
) -> httpx.Response:
    """Multipart upload built by hand so the file name reaches the server exactly as given."""
    body, multipart_type = multipart(filename, data, content_type)
    return api.post("/upload_resume/", headers={**headers, "Content-Type": multipart_type}, content=body)


def post_presigned(upload_spec: dict[str, Any], data: bytes, filename: str = "resume.pdf") -> httpx.Response:
    """POST a file to S3 the way a browser form does, with the fields the presign call returned."""
    return httpx.post(
        upload_spec["url"], data=upload_spec["fields"], files={"file": (filename, data)}, timeout=30
    )
