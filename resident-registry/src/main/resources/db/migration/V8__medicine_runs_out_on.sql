-- The day a resident's medicine is predicted to run out (续药): notification reminds them a few days before.
ALTER TABLE standing_need ADD COLUMN runs_out_on DATE;
