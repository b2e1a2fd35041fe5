-- CreateTable
CREATE TABLE "TariffVersion" (
    "id" SERIAL NOT NULL,
    "contentHash" CHAR(64) NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "loadedBy" TEXT NOT NULL,
    "loadedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TariffVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TariffLine" (
    "versionId" INTEGER NOT NULL,
    "hs10" CHAR(10) NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit1" CHAR(3) NOT NULL,
    "mfnRate" DECIMAL(7,4),
    "vatRate" DECIMAL(7,4) NOT NULL,
    "vatClass" VARCHAR(8) NOT NULL,
    "consumptionTaxRate" DECIMAL(7,4) NOT NULL,
    "consumptionTaxCondition" TEXT,
    "exportRebateRate" DECIMAL(7,4),
    "licenceRequired" BOOLEAN NOT NULL,
    "exportDuty" BOOLEAN NOT NULL,
    "confidence" CHAR(1) NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,

    CONSTRAINT "TariffLine_pkey" PRIMARY KEY ("versionId","hs10")
);

-- CreateIndex
CREATE UNIQUE INDEX "TariffVersion_effectiveFrom_key" ON "TariffVersion"("effectiveFrom");

-- CreateIndex
CREATE INDEX "TariffLine_hs10_effectiveFrom_idx" ON "TariffLine"("hs10", "effectiveFrom");

-- AddForeignKey
ALTER TABLE "TariffLine" ADD CONSTRAINT "TariffLine_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "TariffVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

