/**
 * A core worker for the transport-stall suite: the app's worker service (core/host/core-service.ts), but
 * serving the in-memory million-record province it builds first instead of opening an office file.
 */
import { parentPort } from 'node:worker_threads';
import { serveCore } from '../../src-main/core/host/core-service';
import { millionCore } from './million-core.fixture';

if (!parentPort) throw new Error('runs only as a worker thread');
void serveCore(parentPort, millionCore);
