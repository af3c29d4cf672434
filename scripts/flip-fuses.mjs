// Flips the Electron fuses of a packaged app's binary (issue 12 item 6), from scripts/fuses-config.mjs:
//   node scripts/flip-fuses.mjs PATH-TO-PACKAGED-ELECTRON-BINARY [--asar]
// --asar when the app is packaged in an ASAR archive (adds the ASAR integrity fuses). Run it on the
// packaging output only, never on node_modules/electron: that binary is shared by development runs.
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { resolve } from 'node:path';
import { fuseValues } from './fuses-config.mjs';

const args = process.argv.slice(2);
const binary = args.find((a) => !a.startsWith('--'));
if (!binary) {
  console.error('Cách dùng: node scripts/flip-fuses.mjs ĐƯỜNG-DẪN-TỆP-CHẠY-ELECTRON-ĐÃ-ĐÓNG-GÓI [--asar]');
  process.exit(2);
}
if (resolve(binary).includes(`${resolve('node_modules')}`)) {
  console.error('Không đổi cầu chì của Electron trong node_modules: hãy chỉ định tệp chạy của bản đã đóng gói.');
  process.exit(2);
}

const config = { version: FuseVersion.V1 };
for (const [name, value] of Object.entries(fuseValues({ packaged: args.includes('--asar') }))) {
  const fuse = FuseV1Options[name];
  if (fuse === undefined) throw new Error(`unknown fuse ${name} in scripts/fuses-config.mjs`);
  config[fuse] = value;
}
await flipFuses(binary, config);
console.log(`Đã đặt ${Object.keys(config).length - 1} cầu chì cho ${binary}.`);
