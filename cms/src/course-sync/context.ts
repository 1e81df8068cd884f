/**
 * Marks writes made by the course sync, so the course lifecycle can tell them from an editor's
 * save: only the sync may change the fields that come from Skolverket.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const syncing = new AsyncLocalStorage<true>();

export const asCourseSync = <T>(work: () => Promise<T>): Promise<T> => syncing.run(true, work);
export const isCourseSync = (): boolean => syncing.getStore() === true;

/** What Skolverket owns on an imported course; everything else (hidden, SPIK tipsar, introduction, added themes) is the editors'. */
export const SOURCE_FIELDS = [
  'title',
  'provider',
  'yhPoints',
  'pace',
  'mode',
  'municipalityCode',
  'region',
  'town',
  'startDate',
  'endDate',
  'applicationDeadline',
  'applyUrl',
  'description',
] as const;

/** Fields only the sync writes, on any course. */
export const SYNC_ONLY_FIELDS = ['source', 'susaEventId', 'susaInfoId', 'susaProviderId', 'sourceUpdatedAt', 'sourceExpiresAt', 'sourceStatus'] as const;
