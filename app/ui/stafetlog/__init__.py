"""The stafetlog editor: header, level 1 and levels 2–3 sections, actors' table, baton, closing."""
