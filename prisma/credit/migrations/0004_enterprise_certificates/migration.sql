-- CreateTable
CREATE TABLE "EnterpriseCertificate" (
    "id" VARCHAR(32) NOT NULL,
    "uscc" VARCHAR(18) NOT NULL,
    "serialNumber" VARCHAR(64) NOT NULL,
    "subject" TEXT NOT NULL,
    "notBefore" TIMESTAMPTZ(3) NOT NULL,
    "notAfter" TIMESTAMPTZ(3) NOT NULL,
    "pem" TEXT NOT NULL,
    "registeredBy" VARCHAR(200) NOT NULL,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedBy" VARCHAR(200),

    CONSTRAINT "EnterpriseCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EnterpriseCertificate_uscc_serialNumber_key" ON "EnterpriseCertificate"("uscc", "serialNumber");

-- AddForeignKey
ALTER TABLE "EnterpriseCertificate" ADD CONSTRAINT "EnterpriseCertificate_uscc_fkey" FOREIGN KEY ("uscc") REFERENCES "Enterprise"("uscc") ON DELETE RESTRICT ON UPDATE CASCADE;

