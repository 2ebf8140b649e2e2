// The baseline of `./dev bench sync`: the same N case records, as JSON documents, pushed from a PouchDB to an
// express-pouchdb server on loopback and pulled back into an empty PouchDB, with PouchDB's default batching.
// Both ends keep their data in memory (pouchdb-adapter-memory), which favours the baseline: FieldCase writes
// real SQLite files on both sides and speaks TLS. Prints one JSON line per direction.
'use strict';
const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'))
  .plugin(require('pouchdb-mapreduce'));
const express = require('express');

const records = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));

async function main() {
  const app = express();
  const ServerPouch = PouchDB.defaults({ adapter: 'memory' });
  app.use('/', require('express-pouchdb')(ServerPouch, { mode: 'minimumForPouchDB', logPath: '/dev/null' }));
  const server = await new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  const url = `http://127.0.0.1:${server.address().port}/cases`;

  const device = new PouchDB('device', { adapter: 'memory' });
  await device.bulkDocs(records.map((r) => ({ _id: r.id, ...r })));

  let started = process.hrtime.bigint();
  const pushed = await device.replicate.to(url);
  const pushMs = Number(process.hrtime.bigint() - started) / 1e6;

  const other = new PouchDB('other-device', { adapter: 'memory' });
  started = process.hrtime.bigint();
  const pulled = await other.replicate.from(url);
  const pullMs = Number(process.hrtime.bigint() - started) / 1e6;

  const line = (name, ms, written) =>
    console.log(JSON.stringify({ bench: 'sync', metric: name, value: Math.round(ms), unit: 'ms', records: written }));
  line('pouchdb_push_ms', pushMs, pushed.docs_written);
  line('pouchdb_pull_ms', pullMs, pulled.docs_written);
  server.close();
}

main().catch((error) => { console.error(error); process.exit(1); });
