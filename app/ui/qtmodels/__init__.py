"""Qt item models over the records: the case list, the deadlines, the actors' table."""
