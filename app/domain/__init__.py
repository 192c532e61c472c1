"""The BTI rules and records as plain Python: no Qt, no database session (enforced by a test)."""
