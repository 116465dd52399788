"""Read models: projections of the event log kept in SQLite with sqlite-utils."""
