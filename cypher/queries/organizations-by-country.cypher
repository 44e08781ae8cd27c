// answers: Which organizations are based in a country?
// param country: ISO 3166-1 alpha-2 code, any case (example: JP)
WITH toUpper($country) AS wanted
MATCH (n)
WHERE n.country = wanted
RETURN n.name AS name, n.kind AS kind, n.country AS country
ORDER BY name;
