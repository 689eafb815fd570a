"""The user's LLM: one interface over Ollama, OpenAI(-compatible), Anthropic, Bedrock and an offline rule engine."""
