/**
 * A multipart body built byte by byte, so a test controls what fetch's
 * FormData would clean up: a file name with `../`, a backslash or a NUL, and
 * a Content-Type that lies about the content.
 */
export const multipartUpload = ({ filename, contentType, content, fields }: { filename: string; contentType: string; content: Buffer; fields: Record<string, unknown> }) => {
  const boundary = `----upload-${Math.random().toString(16).slice(2)}`
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify(fields)}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`, 'latin1'),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { body, contentType: `multipart/form-data; boundary=${boundary}` }
}
