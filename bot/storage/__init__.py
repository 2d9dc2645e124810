"""Storage: the SQLite schema and its migrations (`schema`), and the `Storage` repository (`repository`)."""
