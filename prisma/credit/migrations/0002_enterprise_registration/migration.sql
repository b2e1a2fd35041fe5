-- CreateEnum
CREATE TYPE "EnterpriseStatus" AS ENUM ('PENDING', 'ACTIVE', 'SUSPENDED', 'REVOKED');

-- AlterEnum
ALTER TYPE "EnterpriseRole" ADD VALUE 'GUARANTOR';

-- AlterTable
ALTER TABLE "Enterprise" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactName" TEXT,
ADD COLUMN     "contactTelephone" TEXT,
ADD COLUMN     "status" "EnterpriseStatus" NOT NULL DEFAULT 'ACTIVE';

-- CreateTable
CREATE TABLE "EnterpriseVersion" (
    "uscc" VARCHAR(18) NOT NULL,
    "version" INTEGER NOT NULL,
    "reference" TEXT NOT NULL,
    "status" "EnterpriseStatus" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "roles" "EnterpriseRole"[],
    "customsCode" VARCHAR(10),
    "districtCode" CHAR(6) NOT NULL,
    "contactsChanged" BOOLEAN NOT NULL,
    "actor" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EnterpriseVersion_pkey" PRIMARY KEY ("uscc","version")
);

-- CreateTable
CREATE TABLE "PersonalDataRead" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "subject" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "department" TEXT,
    "requestId" TEXT NOT NULL,
    "operation" TEXT,
    "onBehalfOf" TEXT,
    "entityType" TEXT NOT NULL,
    "recordKey" TEXT NOT NULL,
    "field" TEXT NOT NULL,

    CONSTRAINT "PersonalDataRead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EnterpriseVersion_reference_key" ON "EnterpriseVersion"("reference");

-- CreateIndex
CREATE INDEX "EnterpriseVersion_uscc_effectiveOn_idx" ON "EnterpriseVersion"("uscc", "effectiveOn");

-- CreateIndex
CREATE INDEX "PersonalDataRead_at_idx" ON "PersonalDataRead"("at");

-- CreateIndex
CREATE INDEX "PersonalDataRead_subject_at_idx" ON "PersonalDataRead"("subject", "at");

-- AddForeignKey
ALTER TABLE "EnterpriseVersion" ADD CONSTRAINT "EnterpriseVersion_uscc_fkey" FOREIGN KEY ("uscc") REFERENCES "Enterprise"("uscc") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The registration history and the personal-data audit log are append-only: no role the services use may
-- change or remove what was recorded. The history may still be emptied with the rest of the demo data when
-- the demo is seeded again (the seed refuses a database it did not write), so TRUNCATE stays open for it.
CREATE FUNCTION "credit_history_is_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "EnterpriseVersion_append_only"
  BEFORE UPDATE OR DELETE ON "EnterpriseVersion"
  FOR EACH STATEMENT EXECUTE FUNCTION "credit_history_is_append_only"();

CREATE TRIGGER "PersonalDataRead_append_only"
  BEFORE UPDATE OR DELETE OR TRUNCATE ON "PersonalDataRead"
  FOR EACH STATEMENT EXECUTE FUNCTION "credit_history_is_append_only"();
