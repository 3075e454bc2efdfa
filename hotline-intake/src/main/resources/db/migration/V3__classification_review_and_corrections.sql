-- A call the classifier was unsure of waits for an operator's review.
ALTER TABLE call ADD COLUMN needs_review BOOLEAN NOT NULL DEFAULT FALSE;

-- Every operator's correction of a call's classification: who, when, before and after. The
-- classifier's trainer learns from them (GET /api/classifications/corrections).
CREATE TABLE classification_correction (
    id                UUID PRIMARY KEY,
    call_id           UUID NOT NULL REFERENCES call (id),
    operator          VARCHAR(50) NOT NULL,
    corrected_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    type_before       VARCHAR(15) NOT NULL,
    urgency_before    VARCHAR(10) NOT NULL,
    category_before   VARCHAR(20) NOT NULL,
    type_after        VARCHAR(15) NOT NULL,
    urgency_after     VARCHAR(10) NOT NULL,
    category_after    VARCHAR(20) NOT NULL
);
CREATE INDEX classification_correction_call ON classification_correction (call_id);
