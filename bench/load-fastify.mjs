// The API bench's baseline: a bare Fastify answering POST /registrations with 201 and a small body,
// after parsing the same JSON with the same body limit, without angio's work (no token, no
// validation, no database). Prints "listening on URL".
import Fastify from 'fastify';

const app = Fastify({ bodyLimit: 1024 * 1024 });
let id = 0;
app.post('/registrations', async (request, reply) => {
  const body = /** @type {{ type?: string }} */ (request.body);
  return reply.code(201).send({ outcome: 'sent', id: ++id, type: body.type, status: 'sent' });
});
const url = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`listening on ${url} `);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
