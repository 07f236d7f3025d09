import { catalogue, type Voice } from '../../shared/lang';
import type { Words } from '../../store/simulator-store';
import { copyStateLabel } from '../stage/replica-messages';

/** A label that reads differently in classroom words and in Kafka words. */
type ByWords = Readonly<Record<Words, string>>;

/**
 * The inspector's words for brokers and replication (issue 14). In Kafka words the terms stay Kafka's
 * (leader, replicas, ISR, high watermark) in both languages, as kafka-ui and the tools print them; the
 * classroom calls a broker a room, a replica a copy, the ISR the copies in step.
 */
interface ReplicationMessages {
  broker: ByWords;
  brokers: ByWords;
  status: ByWords;
  up: ByWords;
  upShort: ByWords;
  leadsShort: ByWords;
  copiesShort: ByWords;
  /** Kafka's word for a crashed broker still in the ISR (the classroom's is the stage's "broken"). */
  inSyncDown: string;
  down: ByWords;
  leads: ByWords;
  copies: ByWords;
  inSync: ByWords;
  copied: ByWords;
  coordinates: ByWords;
  coordinator: ByWords;
  noGroup: string;
  crash: ByWords;
  crashHint: ByWords;
  stopClean: ByWords;
  stopCleanHint: ByWords;
  start: ByWords;
  startHint: ByWords;
  leader: ByWords;
  replicas: ByWords;
  isr: ByWords;
  elr: ByWords;
  highWatermark: ByWords;
  replicaLogEnd: ByWords;
  role: ByWords;
  roleFollower: ByWords;
  /** Kafka's words in the ISR column, kafka-ui's (the stage's pill says "in ISR"; classroom words are the stage's). */
  inSyncYes: string;
  inSyncNo: string;
  noLeader: ByWords;
  health: ByWords;
  healthOk: ByWords;
  underReplicated: ByWords;
  offline: ByWords;
  underReplicatedCount: (words: Words, n: string, of: string) => string;
  copiesCaption: ByWords;
  brokersCaption: ByWords;
  heldCaption: ByWords;
  acks: ByWords;
  acksValue: (words: Words, acks: 0 | 1 | 'all') => string;
  idempotence: ByWords;
  on: string;
  off: string;
  acknowledged: ByWords;
  waiting: ByWords;
  failed: ByWords;
  lostAcknowledged: ByWords;
  duplicatesWritten: ByWords;
  blocked: ByWords;
}

export const replicationMessages = catalogue<ReplicationMessages>({
  en: {
    broker: { classroom: 'Room', kafka: 'Broker' },
    brokers: { classroom: 'Rooms', kafka: 'Brokers' },
    status: { classroom: 'Machine', kafka: 'Status' },
    up: { classroom: 'the machine works', kafka: 'running' },
    down: { classroom: 'the machine is broken', kafka: 'down' },
    upShort: { classroom: 'works', kafka: 'up' },
    leadsShort: { classroom: 'Originals', kafka: 'Leader of' },
    copiesShort: { classroom: 'Copies', kafka: 'Replicas' },
    inSyncDown: 'in ISR until fenced',
    leads: { classroom: 'Originals here', kafka: 'Partitions led' },
    copies: { classroom: 'Copies kept here', kafka: 'Replicas' },
    inSync: { classroom: 'Copies in step', kafka: 'In-sync replicas' },
    copied: { classroom: 'Notes copied from originals', kafka: 'Records fetched as follower' },
    coordinates: { classroom: 'Keeps the bookmarks of', kafka: 'Group coordinator of' },
    coordinator: { classroom: 'Bookmarks kept in', kafka: 'Coordinator' },
    noGroup: '-',
    crash: { classroom: 'Break the machine', kafka: 'Crash broker' },
    crashHint: {
      classroom: 'It stops at once: its originals are taken over only when it is noticed (9 s).',
      kafka: 'kill -9: its partitions have no reachable leader until the controller fences it (9 s).',
    },
    stopClean: { classroom: 'Switch it off properly', kafka: 'Stop broker (controlled)' },
    stopCleanHint: {
      classroom: 'Its originals hand over to copies in step first.',
      kafka: 'Controlled shutdown: its leaderships move to in-sync replicas first.',
    },
    start: { classroom: 'Repair the machine', kafka: 'Start broker' },
    startHint: {
      classroom: 'It comes back, cuts what it should not have and copies what it missed.',
      kafka: 'It truncates to the leader, catches up and rejoins the ISR.',
    },
    leader: { classroom: 'Original in', kafka: 'Leader' },
    replicas: { classroom: 'Copies in', kafka: 'Replicas' },
    isr: { classroom: 'Copies in step', kafka: 'ISR' },
    elr: { classroom: 'Copies still safe to take over', kafka: 'ELR (eligible leader replicas)' },
    highWatermark: { classroom: 'Readable up to', kafka: 'High watermark' },
    replicaLogEnd: { classroom: 'Next page', kafka: 'Log end offset' },
    role: { classroom: 'Copy', kafka: 'Role' },
    roleFollower: { classroom: 'copy', kafka: 'follower' },
    inSyncYes: 'in sync',
    inSyncNo: 'out of sync',
    noLeader: { classroom: 'none', kafka: 'none' },
    health: { classroom: 'Copies', kafka: 'State' },
    healthOk: { classroom: 'ok', kafka: 'ok' },
    underReplicated: { classroom: 'copies missing', kafka: 'under-replicated' },
    offline: { classroom: 'nobody can read', kafka: 'offline' },
    underReplicatedCount: (words, n, of) =>
      words === 'kafka' ? `${n} of ${of} under-replicated or offline` : `${n} of ${of} with copies missing`,
    copiesCaption: { classroom: 'Copies of each shelf', kafka: 'Partitions and replicas' },
    brokersCaption: { classroom: 'Rooms', kafka: 'Brokers' },
    heldCaption: { classroom: 'Shelves with a copy here', kafka: 'Replicas on this broker' },
    acks: { classroom: 'Waits for', kafka: 'acks' },
    acksValue: (words, acks) =>
      words === 'kafka'
        ? String(acks)
        : acks === 0
          ? 'nobody (acks 0)'
          : acks === 1
            ? 'the original (acks 1)'
            : 'every copy in step (acks all)',
    idempotence: { classroom: 'Never a note twice', kafka: 'enable.idempotence' },
    on: 'true',
    off: 'false',
    acknowledged: { classroom: 'Notes confirmed', kafka: 'Acknowledged' },
    waiting: { classroom: 'Notes waiting to be written', kafka: 'Waiting (retrying)' },
    failed: { classroom: 'Notes given up', kafka: 'Failed (delivery timeout)' },
    lostAcknowledged: { classroom: 'Confirmed notes lost', kafka: 'Acknowledged, then lost' },
    duplicatesWritten: { classroom: 'Notes written twice', kafka: 'Duplicates written' },
    blocked: { classroom: 'Too many notes waiting: she stops', kafka: 'send() blocked: buffer.memory full' },
  },
  es: {
    broker: { classroom: 'Sala', kafka: 'Broker' },
    brokers: { classroom: 'Salas', kafka: 'Brokers' },
    status: { classroom: 'Máquina', kafka: 'Estado' },
    up: { classroom: 'la máquina funciona', kafka: 'en marcha' },
    down: { classroom: 'la máquina está rota', kafka: 'caído' },
    upShort: { classroom: 'funciona', kafka: 'en marcha' },
    leadsShort: { classroom: 'Originales', kafka: 'Líder de' },
    copiesShort: { classroom: 'Copias', kafka: 'Réplicas' },
    inSyncDown: 'en la ISR hasta que lo aíslen',
    leads: { classroom: 'Originales aquí', kafka: 'Particiones que lidera' },
    copies: { classroom: 'Copias guardadas aquí', kafka: 'Réplicas' },
    inSync: { classroom: 'Copias al día', kafka: 'Réplicas en la ISR' },
    copied: { classroom: 'Apuntes copiados de los originales', kafka: 'Registros copiados como follower' },
    coordinates: { classroom: 'Guarda los marcapáginas de', kafka: 'Coordinador del grupo' },
    coordinator: { classroom: 'Marcapáginas guardados en', kafka: 'Coordinador' },
    noGroup: '-',
    crash: { classroom: 'Romper la máquina', kafka: 'Tirar el broker' },
    crashHint: {
      classroom: 'Se para de golpe: otra copia toma el relevo de sus originales solo cuando se nota (9 s).',
      kafka: 'kill -9: sus particiones no tienen líder alcanzable hasta que el controlador lo aísla (9 s).',
    },
    stopClean: { classroom: 'Apagarla con cuidado', kafka: 'Parar el broker (controlado)' },
    stopCleanHint: {
      classroom: 'Sus originales pasan antes el relevo a copias al día.',
      kafka: 'Apagado controlado: sus liderazgos pasan antes a réplicas de la ISR.',
    },
    start: { classroom: 'Reparar la máquina', kafka: 'Arrancar el broker' },
    startHint: {
      classroom: 'Vuelve, corta lo que no debía tener y copia lo que se perdió.',
      kafka: 'Trunca hasta el líder, se pone al día y vuelve a la ISR.',
    },
    leader: { classroom: 'Original en', kafka: 'Líder' },
    replicas: { classroom: 'Copias en', kafka: 'Réplicas' },
    isr: { classroom: 'Copias al día', kafka: 'ISR' },
    elr: {
      classroom: 'Copias que aún pueden tomar el relevo',
      kafka: 'ELR (réplicas elegibles como líder)',
    },
    highWatermark: { classroom: 'Se lee hasta', kafka: 'High watermark' },
    replicaLogEnd: { classroom: 'Próxima página', kafka: 'Log end offset' },
    role: { classroom: 'Copia', kafka: 'Papel' },
    roleFollower: { classroom: 'copia', kafka: 'follower' },
    inSyncYes: 'en la ISR',
    inSyncNo: 'fuera de la ISR',
    noLeader: { classroom: 'ninguna', kafka: 'ninguno' },
    health: { classroom: 'Copias', kafka: 'Estado' },
    healthOk: { classroom: 'bien', kafka: 'ok' },
    underReplicated: { classroom: 'faltan copias', kafka: 'under-replicated' },
    offline: { classroom: 'nadie puede leer', kafka: 'offline' },
    underReplicatedCount: (words, n, of) =>
      words === 'kafka' ? `${n} de ${of} under-replicated u offline` : `${n} de ${of} con copias que faltan`,
    copiesCaption: { classroom: 'Copias de cada estante', kafka: 'Particiones y réplicas' },
    brokersCaption: { classroom: 'Salas', kafka: 'Brokers' },
    heldCaption: { classroom: 'Estantes con copia aquí', kafka: 'Réplicas en este broker' },
    acks: { classroom: 'Espera a', kafka: 'acks' },
    acksValue: (words, acks) =>
      words === 'kafka'
        ? String(acks)
        : acks === 0
          ? 'nadie (acks 0)'
          : acks === 1
            ? 'el original (acks 1)'
            : 'todas las copias al día (acks all)',
    idempotence: { classroom: 'Nunca un apunte dos veces', kafka: 'enable.idempotence' },
    on: 'true',
    off: 'false',
    acknowledged: { classroom: 'Apuntes confirmados', kafka: 'Confirmados (ack)' },
    waiting: { classroom: 'Apuntes esperando a escribirse', kafka: 'En espera (reintentando)' },
    failed: { classroom: 'Apuntes abandonados', kafka: 'Fallidos (delivery timeout)' },
    lostAcknowledged: { classroom: 'Apuntes confirmados perdidos', kafka: 'Confirmados y luego perdidos' },
    duplicatesWritten: { classroom: 'Apuntes escritos dos veces', kafka: 'Duplicados escritos' },
    blocked: {
      classroom: 'Demasiados apuntes esperando: se detiene',
      kafka: 'send() bloqueado: buffer.memory lleno',
    },
  },
});

/**
 * A replica's place in the ISR. Classroom words are the stage's own (copying, behind, broken:
 * `copyStateLabel`), so the drawer and the picture cannot drift apart; Kafka's words are kafka-ui's "in
 * sync" / "out of sync" where the stage's pill says "in ISR" / "out of ISR". A copy on a broken machine
 * reads broken in classroom words, although Kafka's controller keeps a crashed broker in the ISR until it
 * fences it (said so in Kafka words).
 */
export function inSyncLabel(voice: Voice, inSync: boolean, up: boolean): string {
  if (voice.words === 'classroom') return copyStateLabel(voice, !up ? 'down' : inSync ? 'inSync' : 'behind');
  const r = replicationMessages(voice.lang);
  if (!up && inSync) return r.inSyncDown;
  return inSync ? r.inSyncYes : r.inSyncNo;
}

/** A replica's role: the leader's copy as the stage names it (original / leader), else a copy / follower. */
export function roleLabel(voice: Voice, leader: boolean): string {
  return leader ? copyStateLabel(voice, 'leader') : replicationMessages(voice.lang).roleFollower[voice.words];
}

/** A broker's status in a table cell: works / up, or the stage's word for a broken machine (broken / down). */
export function brokerStatusShort(voice: Voice, up: boolean): string {
  return up ? replicationMessages(voice.lang).upShort[voice.words] : copyStateLabel(voice, 'down');
}
