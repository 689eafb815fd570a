"""Per-language vocabularies of the parser: one module per language, each a `VOCABULARY` dict."""
