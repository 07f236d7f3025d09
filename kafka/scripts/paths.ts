/** Where the Kafka tooling lives and writes: everything it creates stays in kafka/.work (ignored by git). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const KAFKA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WORK_DIR = join(KAFKA_DIR, '.work');
export const BROKER_PROJECT = join(KAFKA_DIR, 'broker');
export const PLAYER_PROJECT = join(KAFKA_DIR, 'player');
/** What a running cluster wrote down: its bootstrap address and the ids of the processes we started. */
export const CLUSTER_FILE = join(WORK_DIR, 'cluster.json');
/** The replication cases' own cluster (a dedicated controller and three brokers): its storage and cluster.json. */
export const REPLICATION_DIR = join(WORK_DIR, 'replication');
