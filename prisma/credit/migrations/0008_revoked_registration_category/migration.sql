-- A data migration: registrations revoked before 0006 gave revocations a category have none, and the public list
-- of revoked registrations (category <> 'APPLICATION_REFUSED') left them out. The rule registration.ts applies
-- to a new revocation decides the old ones: a revoked PENDING application was refused, anything else is OTHER.
-- The history is append-only for the services (0002); this one correction is the migration's, in its transaction.
ALTER TABLE "EnterpriseVersion" DISABLE TRIGGER "EnterpriseVersion_append_only";

UPDATE "EnterpriseVersion" AS revoked
SET "revocationCategory" = CASE
    WHEN EXISTS (
      SELECT 1 FROM "EnterpriseVersion" AS previous
      WHERE previous."uscc" = revoked."uscc" AND previous."version" = revoked."version" - 1 AND previous."status" = 'PENDING'
    ) THEN 'APPLICATION_REFUSED'::"RevocationCategory"
    ELSE 'OTHER'::"RevocationCategory"
  END
WHERE revoked."status" = 'REVOKED' AND revoked."revocationCategory" IS NULL;

ALTER TABLE "EnterpriseVersion" ENABLE TRIGGER "EnterpriseVersion_append_only";
