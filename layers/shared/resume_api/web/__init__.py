"""The HTTP side shared by every FastAPI function: app factory, errors, caller context, Lambda handler."""
