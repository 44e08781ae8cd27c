// answers: Which universities partner with (or signed an MOU with) the most companies?
MATCH (u:University)-[:PARTNERS_WITH|SIGNS_MOU_WITH]-(c:Company)
RETURN u.name AS university, count(DISTINCT c) AS company_partners
ORDER BY company_partners DESC, university;
