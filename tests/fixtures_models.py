"""Fixtures for the models tests."""

from __future__ import annotations
