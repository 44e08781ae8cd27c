// Bulk load of one FROM/TO pair of a relationship table that has several pairs.
// {table} is a schema table name, {source} and {target} schema labels (all checked).
COPY {table} FROM $rows (from='{source}', to='{target}');
