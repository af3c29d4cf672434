import { spawnSync } from 'node:child_process';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { ALWAYS, fuseValues, PACKAGED_ONLY } from '../../../scripts/fuses-config.mjs';

describe('the Electron fuses (issue 12 item 6)', () => {
  it('turns off RunAsNode, NODE_OPTIONS and --inspect, turns on cookie encryption', () => {
    expect(fuseValues({ packaged: false })).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('adds the ASAR integrity fuses only where the app is packaged', () => {
    expect(fuseValues({ packaged: true })).toMatchObject({ EnableEmbeddedAsarIntegrityValidation: true, OnlyLoadAppFromAsar: true });
    expect(fuseValues({ packaged: false })).not.toHaveProperty('OnlyLoadAppFromAsar');
  });

  it('names only fuses @electron/fuses knows', () => {
    for (const name of Object.keys({ ...ALWAYS, ...PACKAGED_ONLY })) expect(FuseV1Options, name).toHaveProperty(name);
  });

  it('the script refuses to run without a binary, or on the shared electron in node_modules', () => {
    const none = spawnSync(process.execPath, ['scripts/flip-fuses.mjs'], { encoding: 'utf8' });
    expect(none.status).toBe(2);
    const shared = spawnSync(process.execPath, ['scripts/flip-fuses.mjs', 'node_modules/electron/dist/electron'], { encoding: 'utf8' });
    expect(shared.status).toBe(2);
    expect(shared.stderr).toContain('node_modules');
  });
});
