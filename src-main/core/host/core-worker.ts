/**
 * Entry of the core's worker thread (built to out/main/core-worker.js): the core runs here, off the
 * thread that serves the window or HTTP, so a long report or a checkpoint never freezes either.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openCore } from '../app/open-core';
import { serveCore } from './core-service';
import type { HostedCoreOptions } from './protocol';

if (!parentPort) throw new Error('core-worker runs only as a worker thread (see core-host.ts)');
// An unexpected failure escapes as an uncaught error: the host reports it to every pending call.
void serveCore(parentPort, () => openCore(workerData as HostedCoreOptions));
