import type { Server } from 'node:http'

/** Both languages: a request Node cannot parse has no URL to take the visitor's language from. */
const reasons = {
  HPE_HEADER_OVERFLOW: ['431 Request Header Fields Too Large', 'The address or headers of the request are too long. / Адрес или заголовки запроса слишком длинные.'],
  ERR_HTTP_REQUEST_TIMEOUT: ['408 Request Timeout', 'The request took too long to arrive. / Запрос передавался слишком долго.'],
  default: ['400 Bad Request', 'The request is not valid HTTP. / Запрос не соответствует протоколу HTTP.'],
} as const

/**
 * Node refuses a request it cannot parse (an address past its header limit,
 * broken HTTP) or that arrives too slowly (src/frontDoorServer.ts) before
 * Express sees it, with an empty 431, 400 or 408. This answers
 * the same status with a sentence saying why.
 */
export const explainClientErrors = (server: Server): void => {
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy()
    const [status, text] = error.code === 'HPE_HEADER_OVERFLOW' || error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? reasons[error.code] : reasons.default
    const body = `${text}\n`
    socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
  })
}
