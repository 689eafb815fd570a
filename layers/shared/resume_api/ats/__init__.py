"""Deterministic ATS scoring: job-description keywords, matched against a resume, scored 0–100. No LLM."""
