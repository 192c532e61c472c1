"""Passing the baton between laptops: encrypted, signed `.stafet` files (docs/handover.md)."""
