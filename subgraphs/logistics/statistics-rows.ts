/**
 * The rows of parcel and delivery-time statistics, one per group as the SQL returns them: what the
 * GraphQL types resolve from (codegen.yml maps them). Types only, so that the generated resolver types
 * need not import the resolvers.
 */
import type { TrackingStatus } from "../../prisma/logistics/generated/client";

export interface ParcelGroupRow {
  status?: TrackingStatus;
  logisticsCompanyCode?: string;
  month?: string;
  parcels: number;
}

export interface DeliveryGroupRow {
  logisticsCompanyCode?: string;
  destinationProvince?: string | null;
  parcels: number;
  p50Hours: string;
  p90Hours: string;
  p99Hours: string;
}
