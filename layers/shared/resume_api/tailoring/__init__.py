"""Tailoring a resume to a job: the LLM's output schema, the prompt, and the truth guard that checks it."""
