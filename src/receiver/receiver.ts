/**
 * The reference receiver: a small HTTP server speaking angio's delivery protocol, for hospitals
 * testing their set-up and for our tests. POST /healthdata and POST /cin store what they accept in
 * the receiver's own SQLite file, once per Idempotency-Key (a repeat answers 409 "already
 * received"); GET /received lists what it holds. Faults can be injected: a share of requests
 * answered 503, a share never answered (after storing, as when a reply is lost), and a period
 * after start during which every connection is dropped.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import Database from 'better-sqlite3';

export interface ReceiverOptions {
  /** SQLite file for what is received (':memory:' by default). */
  dbPath?: string;
  failRate?: number;
  timeoutRate?: number;
  downForSeconds?: number;
  random?: () => number;
  bodyLimit?: number;
}

export interface Received {
  id: number;
  destination: string;
  idempotencyKey: string;
  receivedAt: string;
  body: unknown;
}

const DESTINATIONS = ['healthdata', 'cin'] as const;

export function createReceiver(options: ReceiverOptions = {}) {
  const db = new Database(options.dbPath ?? ':memory:');
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS received (
    id INTEGER PRIMARY KEY, destination TEXT NOT NULL, idempotency_key TEXT NOT NULL, received_at TEXT NOT NULL, body TEXT NOT NULL,
    UNIQUE (destination, idempotency_key))`);
  const insert = db.prepare('INSERT OR IGNORE INTO received (destination, idempotency_key, received_at, body) VALUES (?, ?, ?, ?)');
  const list = db.prepare(
    'SELECT id, destination, idempotency_key AS idempotencyKey, received_at AS receivedAt, body FROM received ORDER BY id',
  );
  const random = options.random ?? Math.random;
  const startedAt = Date.now();
  const hanging = new Set<() => void>();

  const app: FastifyInstance = Fastify({ bodyLimit: options.bodyLimit ?? 5 * 1024 * 1024, forceCloseConnections: true, logger: false });

  app.addHook('onRequest', async (request, reply) => {
    if (Date.now() - startedAt < (options.downForSeconds ?? 0) * 1000) {
      // Down: the connection is dropped without an answer, as by a server that is not there.
      reply.hijack();
      request.raw.socket.destroy();
    }
  });

  for (const destination of DESTINATIONS) {
    app.post(`/${destination}`, async (request, reply) => {
      const key = request.headers['idempotency-key'];
      if (typeof key !== 'string' || !key) return reply.code(400).send({ message: 'the Idempotency-Key header is required' });
      if (random() < (options.failRate ?? 0)) return reply.code(503).send({ message: 'injected failure, try again' });
      const stored = insert.run(destination, key, new Date().toISOString(), JSON.stringify(request.body)).changes === 1;
      if (random() < (options.timeoutRate ?? 0)) {
        // Stored, but the answer never comes: the client times out and must retry safely.
        reply.hijack();
        await new Promise<void>((resolve) => hanging.add(resolve));
        return reply;
      }
      return stored ? reply.code(201).send({ status: 'received' }) : reply.code(409).send({ message: 'already received' });
    });
  }

  app.get('/received', async () =>
    (list.all() as (Omit<Received, 'body'> & { body: string })[]).map((r) => ({ ...r, body: JSON.parse(r.body) as unknown })),
  );

  return {
    app,
    async listen(port = 0, host = '127.0.0.1'): Promise<string> {
      await app.listen({ port, host });
      const address = app.server.address();
      return typeof address === 'object' && address ? `http://${host}:${address.port}` : String(address);
    },
    received: (): Received[] =>
      (list.all() as (Omit<Received, 'body'> & { body: string })[]).map((r) => ({ ...r, body: JSON.parse(r.body) as unknown })),
    async close() {
      for (const release of hanging) release();
      await app.close();
      db.close();
    },
  };
}

export type Receiver = ReturnType<typeof createReceiver>;
