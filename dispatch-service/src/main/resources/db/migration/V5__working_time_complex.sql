-- The deadline policy set through the API (JSON); while there is no row, the configured one applies.
CREATE TABLE deadline_policy (
    id         SMALLINT PRIMARY KEY CHECK (id = 1),
    rules      JSONB NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Days that break the working week: public holidays (HOLIDAY) and weekend days worked instead
-- (WORKDAY, 调休). Seeded with the State Council's notices for 2022 (国办发明电〔2021〕11号) and
-- 2023 (国办发明电〔2022〕16号); later years are added through the API.
CREATE TABLE calendar_day (
    day  DATE PRIMARY KEY,
    kind VARCHAR(10) NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name VARCHAR(50) NOT NULL
);
INSERT INTO calendar_day (day, kind, name) VALUES
    ('2022-01-01', 'HOLIDAY', '元旦'), ('2022-01-02', 'HOLIDAY', '元旦'), ('2022-01-03', 'HOLIDAY', '元旦'),
    ('2022-01-29', 'WORKDAY', '春节调休'), ('2022-01-30', 'WORKDAY', '春节调休'),
    ('2022-01-31', 'HOLIDAY', '春节'), ('2022-02-01', 'HOLIDAY', '春节'), ('2022-02-02', 'HOLIDAY', '春节'),
    ('2022-02-03', 'HOLIDAY', '春节'), ('2022-02-04', 'HOLIDAY', '春节'), ('2022-02-05', 'HOLIDAY', '春节'),
    ('2022-02-06', 'HOLIDAY', '春节'),
    ('2022-04-02', 'WORKDAY', '清明节调休'),
    ('2022-04-03', 'HOLIDAY', '清明节'), ('2022-04-04', 'HOLIDAY', '清明节'), ('2022-04-05', 'HOLIDAY', '清明节'),
    ('2022-04-24', 'WORKDAY', '劳动节调休'),
    ('2022-04-30', 'HOLIDAY', '劳动节'), ('2022-05-01', 'HOLIDAY', '劳动节'), ('2022-05-02', 'HOLIDAY', '劳动节'),
    ('2022-05-03', 'HOLIDAY', '劳动节'), ('2022-05-04', 'HOLIDAY', '劳动节'),
    ('2022-05-07', 'WORKDAY', '劳动节调休'),
    ('2022-06-03', 'HOLIDAY', '端午节'), ('2022-06-04', 'HOLIDAY', '端午节'), ('2022-06-05', 'HOLIDAY', '端午节'),
    ('2022-09-10', 'HOLIDAY', '中秋节'), ('2022-09-11', 'HOLIDAY', '中秋节'), ('2022-09-12', 'HOLIDAY', '中秋节'),
    ('2022-10-01', 'HOLIDAY', '国庆节'), ('2022-10-02', 'HOLIDAY', '国庆节'), ('2022-10-03', 'HOLIDAY', '国庆节'),
    ('2022-10-04', 'HOLIDAY', '国庆节'), ('2022-10-05', 'HOLIDAY', '国庆节'), ('2022-10-06', 'HOLIDAY', '国庆节'),
    ('2022-10-07', 'HOLIDAY', '国庆节'),
    ('2022-10-08', 'WORKDAY', '国庆节调休'), ('2022-10-09', 'WORKDAY', '国庆节调休'),
    ('2022-12-31', 'HOLIDAY', '元旦'), ('2023-01-01', 'HOLIDAY', '元旦'), ('2023-01-02', 'HOLIDAY', '元旦'),
    ('2023-01-21', 'HOLIDAY', '春节'), ('2023-01-22', 'HOLIDAY', '春节'), ('2023-01-23', 'HOLIDAY', '春节'),
    ('2023-01-24', 'HOLIDAY', '春节'), ('2023-01-25', 'HOLIDAY', '春节'), ('2023-01-26', 'HOLIDAY', '春节'),
    ('2023-01-27', 'HOLIDAY', '春节'),
    ('2023-01-28', 'WORKDAY', '春节调休'), ('2023-01-29', 'WORKDAY', '春节调休'),
    ('2023-04-05', 'HOLIDAY', '清明节'),
    ('2023-04-23', 'WORKDAY', '劳动节调休'),
    ('2023-04-29', 'HOLIDAY', '劳动节'), ('2023-04-30', 'HOLIDAY', '劳动节'), ('2023-05-01', 'HOLIDAY', '劳动节'),
    ('2023-05-02', 'HOLIDAY', '劳动节'), ('2023-05-03', 'HOLIDAY', '劳动节'),
    ('2023-05-06', 'WORKDAY', '劳动节调休'),
    ('2023-06-22', 'HOLIDAY', '端午节'), ('2023-06-23', 'HOLIDAY', '端午节'), ('2023-06-24', 'HOLIDAY', '端午节'),
    ('2023-06-25', 'WORKDAY', '端午节调休'),
    ('2023-09-29', 'HOLIDAY', '中秋节、国庆节'), ('2023-09-30', 'HOLIDAY', '中秋节、国庆节'),
    ('2023-10-01', 'HOLIDAY', '中秋节、国庆节'), ('2023-10-02', 'HOLIDAY', '中秋节、国庆节'),
    ('2023-10-03', 'HOLIDAY', '中秋节、国庆节'), ('2023-10-04', 'HOLIDAY', '中秋节、国庆节'),
    ('2023-10-05', 'HOLIDAY', '中秋节、国庆节'), ('2023-10-06', 'HOLIDAY', '中秋节、国庆节'),
    ('2023-10-07', 'WORKDAY', '国庆节调休'), ('2023-10-08', 'WORKDAY', '国庆节调休');

-- 办理复杂: marked complex (once, with a reason), its resolve-by extended to the policy's complex limit.
ALTER TABLE ticket ADD COLUMN complex BOOLEAN NOT NULL DEFAULT FALSE;
