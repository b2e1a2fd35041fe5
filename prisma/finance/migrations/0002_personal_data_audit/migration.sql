-- CreateTable
CREATE TABLE "PersonalDataRead" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "subject" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "department" TEXT,
    "requestId" TEXT NOT NULL,
    "operation" TEXT,
    "entityType" TEXT NOT NULL,
    "recordKey" TEXT NOT NULL,
    "field" TEXT NOT NULL,

    CONSTRAINT "PersonalDataRead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PersonalDataRead_at_idx" ON "PersonalDataRead"("at");

-- CreateIndex
CREATE INDEX "PersonalDataRead_subject_at_idx" ON "PersonalDataRead"("subject", "at");


-- The audit log is append-only: no role the services use may change or remove what was recorded.
CREATE FUNCTION "personal_data_read_is_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the personal-data audit log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "PersonalDataRead_append_only"
  BEFORE UPDATE OR DELETE OR TRUNCATE ON "PersonalDataRead"
  FOR EACH STATEMENT EXECUTE FUNCTION "personal_data_read_is_append_only"();
