"""Fixtures for the vault tests."""

from __future__ import annotations
