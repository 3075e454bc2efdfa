-- A ticket's steps take their ids from a sequence that Hibernate draws fifty at a time, instead of an identity column
-- that made each step its own INSERT as it was recorded: a ticket's steps are now written in one JDBC batch at the
-- flush. The history is ordered by the steps' time, then id (Ticket.history): each replica holds its own block.
ALTER TABLE ticket_step ALTER COLUMN id DROP IDENTITY IF EXISTS;
CREATE SEQUENCE ticket_step_seq INCREMENT BY 50;
-- Hibernate's pooled optimizer hands out the fifty ids up to the value it draws: the first draw, max + 100, gives
-- max + 51 to max + 100, above every step written before this migration.
SELECT setval('ticket_step_seq', (SELECT coalesce(max(id), 0) + 50 FROM ticket_step));
