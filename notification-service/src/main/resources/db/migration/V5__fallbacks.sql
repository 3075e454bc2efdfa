-- A fallback delivery stands behind another (a door visit behind an SMS): it waits in STANDBY and
-- goes only if the one in front fails for good; otherwise it is SKIPPED.
ALTER TABLE delivery ADD COLUMN fallback_for UUID REFERENCES delivery (id);
CREATE INDEX delivery_fallback_for ON delivery (fallback_for) WHERE fallback_for IS NOT NULL;
