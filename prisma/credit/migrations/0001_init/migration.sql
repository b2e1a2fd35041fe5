-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "EnterpriseRole" AS ENUM ('PLATFORM', 'ECOMMERCE', 'LOGISTICS', 'PAYMENT', 'AGENT', 'WAREHOUSE', 'MANUFACTURER');

-- CreateEnum
CREATE TYPE "CreditClass" AS ENUM ('ADVANCED_CERTIFIED', 'GENERAL_CERTIFIED', 'GENERAL', 'DISHONEST');

-- CreateEnum
CREATE TYPE "CreditEventKind" AS ENUM ('CERTIFICATION', 'VIOLATION', 'PENALTY', 'TAX_ARREARS', 'INSPECTION_FAILED', 'DECLARATION_ERROR', 'COMMENDATION');

-- CreateTable
CREATE TABLE "Enterprise" (
    "uscc" VARCHAR(18) NOT NULL,
    "customsCode" VARCHAR(10),
    "name" TEXT NOT NULL,
    "roles" "EnterpriseRole"[],
    "districtCode" CHAR(6) NOT NULL,
    "registeredOn" DATE NOT NULL,

    CONSTRAINT "Enterprise_pkey" PRIMARY KEY ("uscc")
);

-- CreateTable
CREATE TABLE "CreditProfile" (
    "uscc" VARCHAR(18) NOT NULL,
    "creditClass" "CreditClass" NOT NULL,
    "score" INTEGER NOT NULL,
    "evaluatedAt" TIMESTAMPTZ(3) NOT NULL,
    "validFrom" DATE NOT NULL,

    CONSTRAINT "CreditProfile_pkey" PRIMARY KEY ("uscc")
);

-- CreateTable
CREATE TABLE "CreditEvent" (
    "id" VARCHAR(32) NOT NULL,
    "uscc" VARCHAR(18) NOT NULL,
    "kind" "CreditEventKind" NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "description" TEXT NOT NULL,
    "scoreDelta" INTEGER NOT NULL,
    "sourceDepartment" VARCHAR(16) NOT NULL,

    CONSTRAINT "CreditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NegativeListEntry" (
    "id" VARCHAR(32) NOT NULL,
    "uscc" VARCHAR(18) NOT NULL,
    "reason" TEXT NOT NULL,
    "authority" TEXT NOT NULL,
    "listedAt" TIMESTAMPTZ(3) NOT NULL,
    "removedAt" TIMESTAMPTZ(3),

    CONSTRAINT "NegativeListEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Enterprise_customsCode_key" ON "Enterprise"("customsCode");

-- CreateIndex
CREATE INDEX "Enterprise_name_idx" ON "Enterprise"("name");

-- CreateIndex
CREATE INDEX "CreditProfile_creditClass_score_idx" ON "CreditProfile"("creditClass", "score");

-- CreateIndex
CREATE INDEX "CreditEvent_uscc_occurredAt_idx" ON "CreditEvent"("uscc", "occurredAt");

-- CreateIndex
CREATE INDEX "CreditEvent_occurredAt_idx" ON "CreditEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "NegativeListEntry_uscc_listedAt_idx" ON "NegativeListEntry"("uscc", "listedAt");

-- CreateIndex
CREATE INDEX "NegativeListEntry_listedAt_idx" ON "NegativeListEntry"("listedAt");

-- AddForeignKey
ALTER TABLE "CreditProfile" ADD CONSTRAINT "CreditProfile_uscc_fkey" FOREIGN KEY ("uscc") REFERENCES "Enterprise"("uscc") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEvent" ADD CONSTRAINT "CreditEvent_uscc_fkey" FOREIGN KEY ("uscc") REFERENCES "Enterprise"("uscc") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegativeListEntry" ADD CONSTRAINT "NegativeListEntry_uscc_fkey" FOREIGN KEY ("uscc") REFERENCES "Enterprise"("uscc") ON DELETE RESTRICT ON UPDATE CASCADE;

