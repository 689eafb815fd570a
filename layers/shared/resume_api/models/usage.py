"""What asking a model cost: tokens, calls and time (an optimization's answer carries it).

Apart from models/optimize.py because the code that asks a model (llm/ask.py) counts it for every
caller, and a direct upload that asks one to tidy a parse builds no optimize or ATS model.
"""

# No `from __future__ import annotations` here: pydantic would compile every field's annotation
# string (an eval) while it builds the model, at every cold start.

from pydantic import BaseModel


class Usage(BaseModel):
    input_tokens: int = 0
    output_tokens: int = 0
    llm_calls: int = 0
    llm_ms: float = 0.0
