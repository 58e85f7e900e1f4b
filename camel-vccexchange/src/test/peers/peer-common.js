'use strict';
// Shared plumbing for the conformance peers: argument parsing, the control HTTP server,
// the READY line and the "exit when the JVM goes away" rules. Loopback only.

const http = require('http');

const HOST = '127.0.0.1';

/** Parses `--name value` / `--name=value`; env PEER_<NAME> (upper snake case) is the fallback. */
function options(defaults) {
  const out = Object.assign({}, defaults);
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    let name, value;
    const eq = a.indexOf('=');
    if (eq > 0) { name = a.slice(2, eq); value = a.slice(eq + 1); } else { name = a.slice(2); value = argv[++i]; }
    out[camel(name)] = value;
  }
  for (const k of Object.keys(defaults)) {
    const env = process.env['PEER_' + k.replace(/[A-Z]/g, (c) => '_' + c).toUpperCase()];
    if (env !== undefined && !process.argv.some((a) => a === '--' + kebab(k) || a.startsWith('--' + kebab(k) + '='))) out[k] = env;
  }
  return out;
}
const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const kebab = (s) => s.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

function log(...args) { console.error('[peer]', ...args); }

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text) return resolve({});
      try { resolve(JSON.parse(text)); } catch (e) { reject(e); }
    });
    req.on('error', reject);
  });
}

/** routes: { 'POST /disconnect-all': async (body) => result, ... }. Result is sent as JSON. */
function controlServer(routes, port) {
  const server = http.createServer(async (req, res) => {
    const key = req.method + ' ' + req.url.split('?')[0];
    const route = routes[key];
    const send = (status, obj) => {
      const text = JSON.stringify(obj);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    if (!route) return send(404, { error: 'no route ' + key });
    try {
      const body = await readBody(req);
      send(200, (await route(body)) || { ok: true });
    } catch (e) {
      log('control error', key, e && e.stack);
      send(500, { error: String(e && e.message) });
    }
  });
  server.keepAliveTimeout = 1000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port) || 0, HOST, () => resolve(server));
  });
}

/** Exit when stdin closes (the JVM died or closed our pipe) or on SIGTERM/SIGINT. */
function exitWith(stop) {
  let stopping = false;
  const bye = (why) => {
    if (stopping) return;
    stopping = true;
    log('stopping:', why);
    const hard = setTimeout(() => process.exit(0), 2000);
    hard.unref();
    Promise.resolve().then(stop).catch((e) => log('stop failed', e)).finally(() => process.exit(0));
  };
  process.stdin.on('end', () => bye('stdin closed'));
  process.stdin.on('close', () => bye('stdin closed'));
  process.stdin.on('error', () => bye('stdin error'));
  process.stdin.resume();
  process.on('SIGTERM', () => bye('SIGTERM'));
  process.on('SIGINT', () => bye('SIGINT'));
}

function ready(socketPort, controlPort) {
  // The one line the Java fixture waits for. Keep the format stable.
  process.stdout.write(`PEER READY socket=${socketPort} control=${controlPort}\n`);
}

// The TCP socket under a socket.io socket (socket.io 2 and 4 keep it in the same places).
function rawSocketOf(socket) {
  const t = socket.conn.transport;
  if (t && t.name === 'websocket' && t.socket && t.socket._socket) return t.socket._socket;
  return socket.conn.request && socket.conn.request.socket;
}

// The control routes both peers share: the three ways to end every connection, and the list of sockets.
// `sockets` returns the connected socket.io sockets of the root namespace.
function socketRoutes(sockets) {
  return {
    'POST /disconnect-all': () => { const s = sockets(); s.forEach((x) => x.disconnect(true)); return { affected: s.length }; },
    'POST /close-all': () => { const s = sockets(); s.forEach((x) => x.conn.close()); return { affected: s.length }; },
    'POST /destroy-all': () => {
      // Counts only the TCP sockets really destroyed, so a socket whose raw connection was not found shows.
      let destroyed = 0;
      sockets().forEach((x) => { const raw = rawSocketOf(x); if (raw && !raw.destroyed) { raw.destroy(); destroyed++; } });
      return { affected: destroyed };
    },
    'GET /sockets': () => {
      const s = sockets();
      return {
        count: s.length,
        sockets: s.map((x) => ({
          id: x.id,
          transport: x.conn.transport && x.conn.transport.name,
          // socket.io 2 keeps rooms in an object, socket.io 4 in a Set
          rooms: (x.rooms instanceof Set ? Array.from(x.rooms) : Object.keys(x.rooms)).filter((r) => r !== x.id),
        })),
      };
    },
  };
}

module.exports = { HOST, options, log, controlServer, exitWith, ready, socketRoutes };
