-- Hand-written: the audit log is append-only in the database itself, not only by the app
-- having no update or delete path. Any UPDATE or DELETE of a row is an error, whoever runs it.
-- (TRUNCATE stays possible for the table owner: test isolation and disaster recovery.)
CREATE FUNCTION "audit_logs_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_logs is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER "audit_logs_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "audit_logs"
  FOR EACH ROW EXECUTE FUNCTION "audit_logs_append_only"();
