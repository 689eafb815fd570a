"""Session tokens and the request authorizer. Standard library and boto3 only: this is the hot path."""
