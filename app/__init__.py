"""Stafet: the Bedre Tværfaglig Indsats toolkit in an encrypted offline vault."""

from __future__ import annotations

__version__ = "0.1.0"
