"""Documents -> mentions -> entities -> claims: the extraction side."""
