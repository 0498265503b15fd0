-- CreateTable
CREATE TABLE "job_worker_heartbeats" (
    "workerId" VARCHAR(100) NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_worker_heartbeats_pkey" PRIMARY KEY ("workerId")
);

