"""The PostgreSQL back end of the index: one server database shared by many machines."""
