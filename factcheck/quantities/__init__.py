"""The quantities engine: numbers, units, quantities, dates and their comparison.

Pure functions with no I/O; imports nothing from the package but the shared ground
(`results`, `errors`, `text`, `config`, `policy`)."""
