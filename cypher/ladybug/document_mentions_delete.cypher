// From the document (see document_mentions).
MATCH (d:Document {id: $id})<-[m:MENTIONED_IN]-(x)
DELETE m;
