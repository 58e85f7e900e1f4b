'use strict';
// A real laravel-echo-server 1.6.3 (socket.io 2.5.1, engine.io 3.6.x = EIO3) started programmatically on
// 127.0.0.1, plus a control HTTP server for faults its HTTP API cannot produce.
//
//   node echo-peer.js --port 0 --control-port 0 --auth-host http://127.0.0.1:8123 \
//        --app-id conformance-app --key conformance-key --ping-interval 25000 --ping-timeout 20000
//
// Prints exactly one line `PEER READY socket=<port> control=<port>` on stdout when both ports listen.
// Control API (all JSON):
//   POST /disconnect-all  socket.disconnect(true): `41`, then the WebSocket closes
//   POST /close-all       socket.conn.close(): engine-level close, a bare close frame
//   POST /destroy-all     destroys the TCP connections: no close frame at all
//   POST /pings {"answer":false|true}  stop/resume answering the client's `2` with `3` (EIO3: the client pings)
//   GET  /sockets         {"count":n,"sockets":[{"id","transport","rooms":[..]}]}
// Exits when stdin closes or on SIGTERM/SIGINT.

const common = require('./peer-common');
const opts = common.options({
  port: '0',
  controlPort: '0',
  authHost: 'http://127.0.0.1:9',
  authEndpoint: '/broadcasting/auth',
  appId: 'conformance-app',
  key: 'conformance-key',
  pingInterval: '25000',
  pingTimeout: '20000',
  redisHost: '127.0.0.1',
  redisPort: '6379',
  redisPrefix: '',
});

// laravel-echo-server parses its port with /([0-9]{2,5})[\/]?$/, so it cannot listen on port 0.
// Let the OS choose when asked for 0; nothing else about the server is changed.
const { Server } = require('laravel-echo-server/dist/server');
const parsePort = Server.prototype.getPort;
Server.prototype.getPort = function () {
  return Number(this.options.port) === 0 ? 0 : parsePort.call(this);
};

const echo = require('laravel-echo-server');
let answerPings = true;

function sockets() {
  const io = echo.server && echo.server.io;
  return io ? Object.values(io.sockets.connected) : [];
}

function hookConnection(socket) {
  // EIO3: the client pings and the server answers with a pong. Allow the test to silence the pong.
  const conn = socket.conn;
  if (conn.__peerHooked) return;
  conn.__peerHooked = true;
  const send = conn.sendPacket.bind(conn);
  conn.sendPacket = function (type, ...rest) {
    if (type === 'pong' && !answerPings) return;
    return send(type, ...rest);
  };
}

async function main() {
  const redisPrefix = opts.redisPrefix || `laravel-echo-peer-${process.pid}:`;
  await echo.run({
    authHost: opts.authHost,
    authEndpoint: opts.authEndpoint,
    clients: [{ appId: opts.appId, key: opts.key }],
    database: 'redis',
    databaseConfig: {
      redis: { host: opts.redisHost, port: Number(opts.redisPort), keyPrefix: redisPrefix },
      sqlite: { databasePath: '/nonexistent/laravel-echo-server.sqlite' },
    },
    devMode: false,
    host: common.HOST,
    port: Number(opts.port),
    protocol: 'http',
    socketio: { pingInterval: Number(opts.pingInterval), pingTimeout: Number(opts.pingTimeout) },
    subscribers: { http: true, redis: false },
  });
  const io = echo.server.io;
  io.on('connection', hookConnection);
  const httpServer = io.httpServer;
  if (!httpServer.listening) await new Promise((resolve, reject) => {
    httpServer.once('listening', resolve);
    httpServer.once('error', reject);
  });
  const socketPort = httpServer.address().port;

  const control = await common.controlServer({
    ...common.socketRoutes(sockets),
    'POST /pings': (body) => { answerPings = body.answer !== false; return { answer: answerPings }; },
  }, opts.controlPort);

  common.exitWith(async () => {
    control.close();
    await Promise.race([echo.stop(), new Promise((r) => setTimeout(r, 1000))]);
  });
  common.ready(socketPort, control.address().port);
}

main().catch((e) => { common.log('failed to start', e && e.stack); process.exit(1); });
