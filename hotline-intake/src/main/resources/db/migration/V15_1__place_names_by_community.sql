-- A call with a community code looks for place names of that community only: without this index
-- every call read the names of every community (a sequential scan that grows with the city).
CREATE INDEX place_name_community ON place_name (community_code);
