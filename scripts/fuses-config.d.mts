/** Types of scripts/fuses-config.mjs, for the test that reads it. */
export type FuseName =
  | 'RunAsNode'
  | 'EnableCookieEncryption'
  | 'EnableNodeOptionsEnvironmentVariable'
  | 'EnableNodeCliInspectArguments'
  | 'EnableEmbeddedAsarIntegrityValidation'
  | 'OnlyLoadAppFromAsar'
  | 'GrantFileProtocolExtraPrivileges';
export declare const ALWAYS: Readonly<Partial<Record<FuseName, boolean>>>;
export declare const PACKAGED_ONLY: Readonly<Partial<Record<FuseName, boolean>>>;
export declare function fuseValues(opts: { packaged: boolean }): Partial<Record<FuseName, boolean>>;
