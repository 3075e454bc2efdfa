-- A year of a big city's calls in intake's statistics tables, to time the statistics API on it.
-- Beijing's 12345 took about 25 million calls in 2025 (about 70,000 a day). Run against a local
-- stack (./hotline up), then time GET /api/stats/... (see docs/statistics.md). The synthetic
-- places have codes starting with 9901, so they never mix with real ones; rerunning replaces them.
SET search_path = intake;

DELETE FROM ticket_fact WHERE community_code LIKE '9901%';
DELETE FROM call_tally WHERE community_code LIKE '9901%';
DELETE FROM community_view WHERE code LIKE '9901%';

-- 3,000 communities in 150 streets of 10 districts.
INSERT INTO community_view (code, name, city_code, city_name, street_code, street_name, district_code, district_name)
SELECT '9901' || lpad(c::text, 8, '0'), '合成社区' || c, '990100000000', '合成市',
       '9901' || lpad((c / 300)::text, 2, '0') || lpad((c / 20)::text, 3, '0') || '000', '合成街道' || (c / 20),
       '9901' || lpad((c / 300)::text, 2, '0') || '000000', '合成区' || (c / 300)
FROM generate_series(0, 2999) AS c;

-- Every day of 2025, every community, eight (type, category) pairs: about 25 million calls.
INSERT INTO call_tally (day, community_code, type, category, calls)
SELECT day, '9901' || lpad(c::text, 8, '0'), (ARRAY['PRAISE','COMPLAINT','REQUEST','CONSULTATION'])[1 + k % 4],
       (ARRAY['HEATING','UTILITIES','PROPERTY','OTHER','SANITATION','MEDICAL','SUPPLIES','NOISE_NEIGHBOUR'])[1 + k],
       1 + (random() * 3.7)::int
FROM generate_series(DATE '2025-01-01', DATE '2025-12-31', INTERVAL '1 day') AS day,
     generate_series(0, 2999) AS c, generate_series(0, 7) AS k;

-- About 60 % of the calls are complaints and requests, each a ticket: 15 million tickets.
INSERT INTO ticket_fact (ticket_id, community_code, day, opened_at, dispatched_at, accept_by, resolve_by,
                         accepted_at, resolved_at, followed_up_at, solved, satisfaction)
SELECT 'SYN' || n, '9901' || lpad((n % 3000)::text, 8, '0'), day, opened, opened + INTERVAL '1 second',
       opened + INTERVAL '2 hours', opened + INTERVAL '7 days',
       opened + random() * INTERVAL '3 hours', opened + random() * INTERVAL '9 days',
       opened + INTERVAL '10 days', random() < 0.9,
       (ARRAY['SATISFIED','BASICALLY_SATISFIED','UNSATISFIED'])[1 + (random() * 2.2)::int]
FROM (SELECT n, DATE '2025-01-01' + (n / 41096)::int AS day,
             (DATE '2025-01-01' + (n / 41096)::int)::timestamptz + random() * INTERVAL '1 day' AS opened
      FROM generate_series(0, 15000000 - 1) AS n) AS tickets;

ANALYZE call_tally;
ANALYZE ticket_fact;
