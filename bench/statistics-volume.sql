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
-- communities are 3,600 each), on average at any number; six in ten calls are tickets.
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

-- The mix of a call's type and category. Types: consultations about a quarter of the calls,
-- complaints and requests six in ten (each a ticket, as below), praise and suggestions the rest.
-- Categories within each type: as in the 400 labelled calls of shared/data/calls-labelled.tsv,
-- less epidemic control (a 2022 topic, not a 2025 one).
CREATE TEMPORARY TABLE call_mix (type VARCHAR(16), category VARCHAR(20), weight NUMERIC);
INSERT INTO call_mix
SELECT m.type, m.category, t.share * m.calls / sum(m.calls) OVER (PARTITION BY m.type)
FROM (VALUES ('CONSULTATION', 0.27), ('COMPLAINT', 0.28), ('REQUEST', 0.32), ('SUGGESTION', 0.06),
             ('PRAISE', 0.07)) AS t (type, share)
    JOIN (VALUES
        ('CONSULTATION', 'DELIVERY', 5), ('CONSULTATION', 'ELDERLY_CARE', 6), ('CONSULTATION', 'HEATING', 6),
        ('CONSULTATION', 'HOUSING', 8), ('CONSULTATION', 'MEDICAL', 7), ('CONSULTATION', 'NOISE_NEIGHBOUR', 3),
        ('CONSULTATION', 'OTHER', 6), ('CONSULTATION', 'PROPERTY', 5), ('CONSULTATION', 'SANITATION', 2),
        ('CONSULTATION', 'SUPPLIES', 3), ('CONSULTATION', 'TRAFFIC', 6), ('CONSULTATION', 'UTILITIES', 5),
        ('COMPLAINT', 'DELIVERY', 6), ('COMPLAINT', 'ELDERLY_CARE', 1), ('COMPLAINT', 'HEATING', 11),
        ('COMPLAINT', 'HOUSING', 5), ('COMPLAINT', 'MEDICAL', 3), ('COMPLAINT', 'NOISE_NEIGHBOUR', 15),
        ('COMPLAINT', 'OTHER', 4), ('COMPLAINT', 'PROPERTY', 15), ('COMPLAINT', 'SANITATION', 11),
        ('COMPLAINT', 'SUPPLIES', 4), ('COMPLAINT', 'TRAFFIC', 9), ('COMPLAINT', 'UTILITIES', 6),
        ('REQUEST', 'DELIVERY', 3), ('REQUEST', 'ELDERLY_CARE', 16), ('REQUEST', 'HEATING', 9),
        ('REQUEST', 'HOUSING', 6), ('REQUEST', 'MEDICAL', 19), ('REQUEST', 'NOISE_NEIGHBOUR', 2),
        ('REQUEST', 'OTHER', 5), ('REQUEST', 'PROPERTY', 4), ('REQUEST', 'SANITATION', 6),
        ('REQUEST', 'SUPPLIES', 14), ('REQUEST', 'TRAFFIC', 4), ('REQUEST', 'UTILITIES', 14),
        ('SUGGESTION', 'DELIVERY', 4), ('SUGGESTION', 'ELDERLY_CARE', 4), ('SUGGESTION', 'HEATING', 1),
        ('SUGGESTION', 'HOUSING', 2), ('SUGGESTION', 'MEDICAL', 1), ('SUGGESTION', 'NOISE_NEIGHBOUR', 3),
        ('SUGGESTION', 'OTHER', 4), ('SUGGESTION', 'PROPERTY', 4), ('SUGGESTION', 'SANITATION', 5),
        ('SUGGESTION', 'SUPPLIES', 2), ('SUGGESTION', 'TRAFFIC', 4), ('SUGGESTION', 'UTILITIES', 3),
        ('PRAISE', 'DELIVERY', 8), ('PRAISE', 'ELDERLY_CARE', 10), ('PRAISE', 'HEATING', 5),
        ('PRAISE', 'HOUSING', 5), ('PRAISE', 'MEDICAL', 9), ('PRAISE', 'NOISE_NEIGHBOUR', 2),
        ('PRAISE', 'OTHER', 4), ('PRAISE', 'PROPERTY', 5), ('PRAISE', 'SANITATION', 5),
        ('PRAISE', 'SUPPLIES', 6), ('PRAISE', 'TRAFFIC', 4), ('PRAISE', 'UTILITIES', 5))
        AS m (type, category, calls) ON m.type = t.type;

-- The mix as 10,000 equal slots (a call's draw picks one by an equality join, not a range search).
CREATE TEMPORARY TABLE call_slot AS
SELECT slot, m.type, m.category
FROM generate_series(0, 9999) AS slot,
     LATERAL (SELECT type, category
              FROM (SELECT type, category, sum(weight) OVER (ORDER BY type, category) AS upto FROM call_mix) AS c
              WHERE upto > (slot + 0.5) / 10000 ORDER BY upto LIMIT 1) AS m;

-- Every day of 2025, every community: its calls, each drawn from the mix, counted per (day,
-- community, type, category). A community's day has floor(x + U) calls, U uniform in [0, 1), x its
-- calls a year / 365: x on average at any scale (a whole part and a Bernoulli remainder), so 300
-- calls a community a year are about 300, not the nothing that rounding x below 0.5 gave. About 25
-- million calls at 3,000 communities. A third of the consultations are answered on the call.
INSERT INTO call_tally (day, community_code, type, category, calls, answered_on_call)
SELECT d.day, d.community, s.type, s.category, count(*),
       count(*) FILTER (WHERE s.type = 'CONSULTATION' AND k.answered)
FROM (SELECT day::date AS day, '9901' || lpad(c::text, 8, '0') AS community,
             floor(sc.calls_per_community / 365.0 + random())::int AS calls
      FROM scale sc, generate_series(DATE '2025-01-01', DATE '2025-12-31', INTERVAL '1 day') AS day,
           generate_series(0, sc.communities - 1) AS c) AS d
    CROSS JOIN LATERAL (SELECT floor(random() * 10000)::int AS slot, random() < 1 / 3.0 AS answered
                        FROM generate_series(1, d.calls)) AS k
    JOIN call_slot s ON s.slot = k.slot
GROUP BY 1, 2, 3, 4;

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
