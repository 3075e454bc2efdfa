-- 知识库: policy answers operators give callers, each valid for a period ("supermarkets no longer
-- check test results from 2022-12-05"). A consultation that one of them answers needs no ticket.
CREATE TABLE policy_answer (
    id          UUID PRIMARY KEY,
    question    VARCHAR(200)  NOT NULL,
    answer      VARCHAR(2000) NOT NULL,
    category    VARCHAR(20),
    valid_from  DATE          NOT NULL,
    valid_until DATE,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE policy_answer_keyword (
    answer_id UUID        NOT NULL REFERENCES policy_answer (id) ON DELETE CASCADE,
    keyword   VARCHAR(50) NOT NULL,
    PRIMARY KEY (answer_id, keyword)
);

-- What the operator told a caller whose consultation an answer fitted: first-contact resolution.
ALTER TABLE call ADD COLUMN answer_id UUID;
ALTER TABLE call ADD COLUMN answer_text VARCHAR(2000);
