import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type { Request } from 'express';
import { AppError } from '../errors/app-error';

export interface IncomingFile {
  /** Text fields sent before the file part. */
  fields: Record<string, string>;
  fileName: string;
  /** The file's bytes as they arrive; nothing is buffered. */
  stream: Readable;
}

/**
 * Reads a multipart body up to its one file part and hands the file over as a stream, so the
 * caller decides (access, size cap) while the bytes are still arriving. Fields must precede the
 * file, as browsers send FormData in append order. Resolves null when the body has no file.
 */
export function receiveFile(req: Request, fileField: string): Promise<IncomingFile | null> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fields: 20, fieldSize: 10_000 } });
    } catch {
      return reject(AppError.badInput({ file: 'Send the file as multipart/form-data.' }));
    }
    const fields: Record<string, string> = {};
    let settled = false;
    parser.on('field', (name, value) => (fields[name] = value));
    parser.on('file', (name, stream, info) => {
      if (name !== fileField || settled) return void stream.resume();
      settled = true;
      resolve({ fields, fileName: info.filename ?? 'file', stream });
    });
    parser.on('error', (error) => {
      if (!settled) reject(AppError.badInput({ file: 'The upload could not be read. Try again.' }));
      settled = true;
      req.unpipe(parser);
      void error;
    });
    parser.on('close', () => {
      if (!settled) resolve(null);
      settled = true;
    });
    req.pipe(parser);
  });
}
