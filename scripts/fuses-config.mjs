// The Electron fuses this app sets, as data (issue 12 item 6): scripts/flip-fuses.mjs applies them to a
// packaged app's Electron binary, and test/unit/shell/fuses.test.ts reads this same list.
// Names are @electron/fuses' FuseV1Options keys.

/** Fuses whose value does not depend on packaging. */
export const ALWAYS = {
  // `ELECTRON_RUN_AS_NODE=1 antq-records …` would turn the app into a plain Node with its signature.
  RunAsNode: false,
  // Chromium's cookie store encrypted with the OS key store (the desktop app keeps no cookie today; cheap insurance).
  EnableCookieEncryption: true,
  // NODE_OPTIONS (e.g. --require) could inject code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect would open a debugger port on the main process.
  EnableNodeCliInspectArguments: false,
  // The renderer is served from app://, so file:// needs no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
};

/** Fuses that need the app packaged in an ASAR archive (with its integrity hash in the binary's resources). */
export const PACKAGED_ONLY = {
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
};

/** The fuse values for a build: the ASAR fuses only where the app is packaged as an ASAR archive. */
export function fuseValues({ packaged }) {
  return packaged ? { ...ALWAYS, ...PACKAGED_ONLY } : { ...ALWAYS };
}
