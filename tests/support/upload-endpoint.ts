import { createServer } from 'node:http'

/** One request the stand-in for S3 received, as a test asserts it. */
export interface ReceivedUpload {
  method: string
  path: string
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/**
 * A pre-signed S3 upload address on this machine (moto has no import jobs, so no URL to upload to):
 * it records every request and answers 200, or S3's XML error when `refuse` is set.
 */
export async function serveUploadEndpoint(
  options: { refuse?: { status: number; code: string } } = {}
): Promise<{ url: (path: string) => string; received: ReceivedUpload[]; close: () => Promise<void> }> {
  const received: ReceivedUpload[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks)
      })
      if (options.refuse) {
        res.writeHead(options.refuse.status, { 'content-type': 'application/xml' })
        res.end(
          `<?xml version="1.0"?><Error><Code>${options.refuse.code}</Code><Message>refused</Message></Error>`
        )
      } else res.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
