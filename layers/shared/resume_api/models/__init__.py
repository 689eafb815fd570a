"""Pydantic models at every boundary: requests, responses, stored items, the resume itself."""
