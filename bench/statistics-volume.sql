-- A year of a big city's calls in intake's statistics tables, to time the statistics API on it.
-- Beijing's 12345 took about 25 million calls in 2025 (about 70,000 a day). Run against a local
-- stack (./hotline up) and then rebuild the roll-ups (POST /api/stats/rebuild as an admin), or let
-- city.hotline.bench.StatisticsVolume start an ephemeral one, rebuild and time the queries (see
-- docs/statistics.md). The synthetic places have codes starting with 9901, so they
-- never mix with real ones; rerunning replaces them.
--
-- Scale: 3,000 communities by default (about 25 million calls, 15 million tickets); fewer with
--   PGOPTIONS='-c bench.communities=300' psql ... -f bench/statistics-volume.sql
-- Every community gets the same year whatever the scale: about 8,300 calls and 5,000 tickets by
-- default, or bench.calls_per_community calls (Beijing's 25 million calls over its ~7,000
-- communities are 3,600 each); six in ten calls are tickets.
SET search_path = intake;

CREATE TEMPORARY TABLE scale AS
SELECT coalesce(nullif(current_setting('bench.communities', true), ''), '3000')::int AS communities,
       coalesce(nullif(current_setting('bench.calls_per_community', true), ''), '8300')::int AS calls_per_community;

-- Bulk loads mark no (community, day) for the fold: the roll-ups are rebuilt from the facts
-- afterwards, set-based, by intake's rebuild command (POST /api/stats/rebuild), as after any bulk load.
ALTER TABLE call_tally DISABLE TRIGGER call_tally_change_marked;
ALTER TABLE ticket_fact DISABLE TRIGGER ticket_fact_change_marked;

DELETE FROM ticket_fact WHERE community_code LIKE '9901%';
DELETE FROM call_tally WHERE community_code LIKE '9901%';
DELETE FROM community_view WHERE code LIKE '9901%';

-- Communities 20 to a street and 300 to a district: 3,000 communities in 150 streets of 10 districts.
INSERT INTO community_view (code, name, city_code, city_name, street_code, street_name, district_code, district_name)
SELECT '9901' || lpad(c::text, 8, '0'), '合成社区' || c, '990100000000', '合成市',
       '9901' || lpad((c / 300)::text, 2, '0') || lpad((c / 20)::text, 3, '0') || '000', '合成街道' || (c / 20),
       '9901' || lpad((c / 300)::text, 2, '0') || '000000', '合成区' || (c / 300)
FROM generate_series(0, (SELECT communities FROM scale) - 1) AS c;

-- Every day of 2025, every community, eight (type, category) pairs: about 25 million calls at
-- 3,000 communities. A third of the consultations are answered on the call.
INSERT INTO call_tally (day, community_code, type, category, calls, answered_on_call)
SELECT day, community, type, category, calls, CASE WHEN type = 'CONSULTATION' THEN calls / 3 ELSE 0 END
FROM (SELECT day, '9901' || lpad(c::text, 8, '0') AS community,
             (ARRAY['PRAISE','COMPLAINT','REQUEST','CONSULTATION'])[1 + k % 4] AS type,
             (ARRAY['HEATING','UTILITIES','PROPERTY','OTHER','SANITATION','MEDICAL','SUPPLIES','NOISE_NEIGHBOUR'])[1 + k]
                 AS category,
             (random() * 2 * s.calls_per_community / (365 * 8.0))::int AS calls
      FROM scale s, generate_series(DATE '2025-01-01', DATE '2025-12-31', INTERVAL '1 day') AS day,
           generate_series(0, s.communities - 1) AS c, generate_series(0, 7) AS k) AS tallies
WHERE calls > 0;

-- About 60 % of the calls are complaints and requests, each a ticket: 5,000 a community by
-- default, 15 million at 3,000 communities, spread evenly over the days of the year.
INSERT INTO ticket_fact (ticket_id, community_code, day, opened_at, dispatched_at, accept_by, resolve_by,
                         accepted_at, resolved_at, followed_up_at, solved, satisfaction)
SELECT 'SYN' || n, '9901' || lpad((n % communities)::text, 8, '0'), day, opened, opened + INTERVAL '1 second',
       opened + INTERVAL '2 hours', opened + INTERVAL '7 days',
       opened + random() * INTERVAL '3 hours', opened + random() * INTERVAL '9 days',
       opened + INTERVAL '10 days', random() < 0.9,
       (ARRAY['SATISFIED','BASICALLY_SATISFIED','UNSATISFIED'])[1 + (random() * 2.2)::int]
FROM (SELECT n, s.communities, DATE '2025-01-01' + (n * 365 / (s.communities * t.tickets))::int AS day,
             (DATE '2025-01-01' + (n * 365 / (s.communities * t.tickets))::int)::timestamptz
                 + random() * INTERVAL '1 day' AS opened
      FROM scale s, LATERAL (SELECT (s.calls_per_community * 0.6)::bigint AS tickets) AS t,
           generate_series(0, s.communities * t.tickets - 1) AS n) AS tickets;

ALTER TABLE call_tally ENABLE TRIGGER call_tally_change_marked;
ALTER TABLE ticket_fact ENABLE TRIGGER ticket_fact_change_marked;

ANALYZE community_view;
ANALYZE call_tally;
ANALYZE ticket_fact;
