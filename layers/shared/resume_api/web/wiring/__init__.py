"""The real ports, built once per container: the composition root every function draws from.

Use cases in logic/ take their repositories, queue, quotas, LLM provider factory and clock as
arguments; this package is the one place that picks the production adapters for them (the fast
tests pass in-memory fakes instead). One module per port, so that a function imports the
adapters its route uses and no other (importing an adapter imports the models it stores: the
session list must not build the resume document's). Each port is made on first use and reused
across invocations, like the boto3 clients underneath.
"""
