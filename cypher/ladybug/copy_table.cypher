// Bulk load of one table from an Arrow table passed as $rows (graph/stores/arrow_tables.py).
// {table} is a schema table name (checked against arrow_tables.TABLES).
COPY {table} FROM $rows;
