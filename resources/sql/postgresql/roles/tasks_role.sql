-- The role the platform's data systems' workers connect as to read the tasks the console writes
-- and report what they did (docs/tasks.md, "On a server"). Run once per consent database, as its
-- owner, after `dpo-console init` made the schema (version 17 or later), and again after each
-- upgrade (it is idempotent):
--     psql -d consent -f resources/sql/postgresql/roles/tasks_role.sql
--     psql -d consent -c "\password dpo_tasks"
-- The role reads the open tasks (the view task_outbox) and its reports' fate, and adds a report
-- (task, outcome, when, note) and nothing else: it cannot change a task, choose when a report
-- arrived or who sent it, or read anything else of the database.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dpo_tasks') THEN
        CREATE ROLE dpo_tasks LOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO dpo_tasks', current_database());
END
$$;
GRANT USAGE ON SCHEMA public TO dpo_tasks;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM dpo_tasks;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM dpo_tasks;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM dpo_tasks;
GRANT SELECT ON task_outbox TO dpo_tasks;
GRANT INSERT (task_id, outcome, outcome_at, note) ON task_reports TO dpo_tasks;
GRANT SELECT (seq, task_id, outcome, outcome_at, state, reason, received_at) ON task_reports TO dpo_tasks;
REVOKE CREATE ON SCHEMA public FROM dpo_tasks;
