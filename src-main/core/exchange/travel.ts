import type { z } from 'zod';
import type { ReadDb, WriteTx } from '../db/types';

/**
 * A record as it travels in a package: its id (a UUID, the same at every office), version and times as
 * its owner wrote them, and its fields by key. References (`refs`) hold the sender's unit, catalogue
 * entry or model ids; the receiver maps units and catalogue entries by code (models keep their ids).
 */
export interface TravelRecord {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  data: Record<string, unknown>;
}

/** A record at the receiver, with the office that owns it (null: the receiver itself). */
export interface HeldRecord extends TravelRecord {
  origin: string | null;
}

export type RefKind = 'unit' | 'catalogue' | 'model';

/** Which records a package takes: the sender's own, or (the Ministry's copy) everything it holds. */
export type PackageScope = 'own' | 'held';

/** One kind of travelling record, read and written the same way whatever it is. */
export interface TravelTarget {
  /** The kind's API name (models, sessions…), the package's and the preview's key. */
  name: string;
  /** Vietnamese plural, for the preview and messages. */
  label: string;
  /** The table its records live in (a fixed name), whose creates an import logs in bulk. */
  table: string;
  refs: Readonly<Record<string, RefKind>>;
  /**
   * Travels only in the province's yearly copy for the Ministry (commendations: decided at the province
   * or the Ministry, never at a district), not in an office's package to the office it reports to.
   */
  onlyToMinistry?: true;
  /** The values a record of the kind may hold (its create schema): a received record is checked against it. */
  schema: z.ZodType;
  /** The records the package carries: changed at or after `since` (null: all), read as they are taken. */
  readForPackage(db: ReadDb, scope: PackageScope, since: string | null): Iterable<TravelRecord>;
  /** How many records `readForPackage` gives. */
  countForPackage(db: ReadDb, scope: PackageScope, since: string | null): number;
  /** The ids and versions of every record the package's scope covers (the receiver deletes the rest). */
  idsForPackage(db: ReadDb, scope: PackageScope): { id: string; version: number }[];
  /** The ids and versions held here of an origin office. */
  heldOf(db: ReadDb, origin: string): Map<string, number>;
  /** Which of these ids a record of the kind held here has, whoever owns it. */
  idsHere(db: ReadDb, ids: readonly string[]): Set<string>;
  /** A record held here, as it would travel. */
  read(db: ReadDb, id: string): HeldRecord | undefined;
  /** Writes a travelled record as its owner made it (version and times kept), owned by `origin`. */
  write(tx: WriteTx, rec: TravelRecord, exists: boolean, origin: string | null, now: string): void;
  /**
   * Writes many new records at once, as `write` would each; absent: they are written one by one.
   * `onWritten` hears how many are in so far, a few thousand at a time (the import's progress).
   */
  writeNew?(tx: WriteTx, recs: readonly TravelRecord[], origin: string | null, now: string, onWritten?: (n: number) => void): void;
  remove(tx: WriteTx, id: string): void;
  /** Removes many records at once, as `remove` would each (an import's undo); absent: one by one. */
  removeMany?(tx: WriteTx, ids: readonly string[]): void;
}
