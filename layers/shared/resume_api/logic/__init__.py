"""Domain logic: one module per area, called by thin handlers, talking to stores only."""
