-- CreateTable
CREATE TABLE "OutboxEvent" (
    "seq" BIGSERIAL NOT NULL,
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "messageType" TEXT,
    "documentKey" JSONB NOT NULL,
    "enterprises" TEXT[],
    "returnStatus" INTEGER,
    "receipt" JSONB NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "PartnerEvent" (
    "seq" BIGSERIAL NOT NULL,
    "id" UUID NOT NULL,
    "department" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "messageType" TEXT,
    "documentKey" JSONB NOT NULL,
    "enterprises" TEXT[],
    "returnStatus" INTEGER,
    "receipt" JSONB NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PartnerEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "RelayCursor" (
    "department" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,

    CONSTRAINT "RelayCursor_pkey" PRIMARY KEY ("department")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEvent_id_key" ON "OutboxEvent"("id");

-- CreateIndex
CREATE INDEX "OutboxEvent_occurredAt_idx" ON "OutboxEvent"("occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerEvent_id_key" ON "PartnerEvent"("id");

-- CreateIndex
CREATE INDEX "PartnerEvent_enterprises_idx" ON "PartnerEvent" USING GIN ("enterprises");

-- CreateIndex
CREATE INDEX "PartnerEvent_kind_seq_idx" ON "PartnerEvent"("kind", "seq");

