"""Shared package of the resume service: models, domain logic, data access, auth and observability.

Kept import-free on purpose: each Lambda imports only the modules its path needs, so cold
starts stay close to a bare boto3 process.
"""
