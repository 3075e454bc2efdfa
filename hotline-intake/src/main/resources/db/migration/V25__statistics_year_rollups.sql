-- Calendar-year roll-ups (docs/statistics.md): the fold and the rebuild also keep a row per community
-- and calendar year (grain YEAR, period its 1 January), the sum of its month rows, and the street
-- rows of those years, so a range covering a whole year reads one row per community or street
-- instead of twelve. No column changes: grain is VARCHAR(5) and 'YEAR' fits.
--
-- The years of the months already folded are filled by the next folds: one (community, day) marked
-- per community and year is enough, since the fold sums a marked day's whole year from its months.
-- Facts not yet folded are marked already and get their year when folded.
INSERT INTO statistics_change AS c (community_code, day, changed)
SELECT community_code, min(period), nextval('statistics_change_sequence')
FROM community_statistics
WHERE grain = 'MONTH'
GROUP BY community_code, date_trunc('year', period)
ON CONFLICT (community_code, day) DO UPDATE SET changed = excluded.changed;
