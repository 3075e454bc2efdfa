-- 特殊人群需求保障清单: the residents the registry lists with a vulnerability tag, by id only, from its
-- resident events. A ticket whose caller is one of them takes the green channel.
CREATE TABLE special_needs_resident (
    resident_id    VARCHAR(64) PRIMARY KEY,
    community_code VARCHAR(12) NOT NULL
);
