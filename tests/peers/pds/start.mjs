// Starts a local PLC directory and the AT Protocol reference PDS on loopback.
//
//   node start.mjs --pds-port 2583 --plc-port 2582 [--rate-limits]
//   (or PDS_PORT / PLC_PORT in the environment)
//
// Prints one line `READY {json}` once both answer, with their URLs and the dev
// secrets the tests need (the admin password, the JWT secret). Stops on SIGTERM,
// SIGINT or when stdin closes, so a test run that dies takes the servers with it.
// Runs under Node 22 (node_modules/.bin/node, from the `node` package).
import net from 'node:net'
import { TestNetworkNoAppView } from '@atproto/dev-env'

// The dev-env servers listen on every interface; the tests want loopback only.
const listen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] !== 'string')) {
    args.splice(1, 0, '127.0.0.1')
  } else if (args[0] && typeof args[0] === 'object' && !args[0].host && !args[0].path) {
    args[0] = { ...args[0], host: '127.0.0.1' }
  }
  return listen.apply(this, args)
}

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`)
  if (index >= 0 && index + 1 < process.argv.length) return process.argv[index + 1]
  return fallback
}

const pdsPort = Number(option('pds-port', process.env.PDS_PORT ?? '2583'))
const plcPort = Number(option('plc-port', process.env.PLC_PORT ?? '2582'))
const rateLimits = process.argv.includes('--rate-limits')
if (!Number.isInteger(pdsPort) || !Number.isInteger(plcPort)) {
  console.error('ports must be integers')
  process.exit(2)
}

const network = await TestNetworkNoAppView.create({
  pds: { port: pdsPort, hostname: 'localhost', rateLimitsEnabled: rateLimits },
  plc: { port: plcPort },
})

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  try {
    await network.close()
  } finally {
    process.exit(0)
  }
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
process.stdin.on('end', stop)
process.stdin.on('close', stop)
process.stdin.resume()

console.log(
  'READY ' +
    JSON.stringify({
      pds: network.pds.url,
      plc: network.plc.url,
      adminPassword: 'admin-pass',
      jwtSecret: 'jwt-secret',
      rateLimits,
    }),
)
