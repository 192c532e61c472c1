"""Fixtures for the reports tests."""

from __future__ import annotations
