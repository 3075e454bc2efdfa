-- What a worker does in the community's work (the "eight roles" 八大员, and hotline duty).
CREATE TABLE worker_duty (
    worker_id UUID        NOT NULL REFERENCES worker (id) ON DELETE CASCADE,
    duty      VARCHAR(20) NOT NULL,
    PRIMARY KEY (worker_id, duty)
);
