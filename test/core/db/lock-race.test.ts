import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const RACES = 200;
const RACERS = 4;
const SLOT_MS = 25;

interface Racer {
  child: ChildProcess;
  ready: Promise<void>;
  lines: Promise<string[]>;
}

function startRacer(base: string): Racer {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'lock-racer.ts'), base, String(RACES)], { cwd: ROOT });
  let out = '';
  let err = '';
  let onReady = () => undefined as void;
  const ready = new Promise<void>((done) => (onReady = done));
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    if (out.includes('ready\n')) onReady();
  });
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const lines = new Promise<string[]>((done, fail) => {
    child.stdout?.on('data', () => {
      if (out.endsWith('done\n')) done(out.split('\n'));
    });
    child.on('exit', (code) => fail(new Error(`racer exited ${code}: ${err}`)));
  });
  return { child, ready, lines };
}

function deadPid(): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.once('exit', () => done(child.pid ?? 0));
  });
}

describe('stale lock take-over', () => {
  it(`lets exactly one of ${RACERS} processes take over a dead writer's lock, in each of ${RACES} races`, async () => {
    const base = mkdtempSync(join(tmpdir(), 'antq-lockrace-'));
    const pid = await deadPid();
    for (let i = 0; i < RACES; i++) {
      mkdirSync(join(base, `race-${i}`));
      const stale = { pid, host: hostname(), since: '2026-12-01T00:00:00.000Z' };
      writeFileSync(join(base, `race-${i}`, 'office.sqlite.lock'), JSON.stringify(stale));
    }
    const racers = Array.from({ length: RACERS }, () => startRacer(base));
    await Promise.all(racers.map((r) => r.ready));
    // Every racer starts race i at the same instant: t0 + i × slot.
    const t0 = Date.now() + 500;
    for (const r of racers) r.child.stdin?.end(`${t0} ${SLOT_MS}\n`);
    const outputs = await Promise.all(racers.map((r) => r.lines)).finally(() => racers.forEach((r) => r.child.kill('SIGKILL')));
    const opens = new Array<number>(RACES).fill(0);
    const errors: string[] = [];
    for (const line of outputs.flat()) {
      const race = Number(line.slice(5));
      if (line.startsWith('open ')) opens[race] = (opens[race] ?? 0) + 1;
      else if (line.startsWith('error')) errors.push(line);
    }
    // 0 double opens, and a dead writer's lock never shuts everyone out.
    const doubles = opens.flatMap((n, i) => (n > 1 ? [i] : []));
    const none = opens.flatMap((n, i) => (n === 0 ? [i] : []));
    expect({ errors, doubles, none }).toEqual({ errors: [], doubles: [], none: [] });
  }, 120_000);
});
