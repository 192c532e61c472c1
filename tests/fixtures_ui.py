"""Fixtures for the ui tests."""

from __future__ import annotations
