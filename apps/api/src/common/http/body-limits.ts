import { ErrorCode, HUDDLE_LIMITS, LEARNING_LIMITS, LIMITS } from '@openhuddle/shared';
import type { NextFunction, Request, Response } from 'express';

/**
 * Worst-case JSON bytes of one UTF-16 code unit: a client may send any character as `\uXXXX`
 * (6 bytes; an astral character is two such escapes for two code units). Raw UTF-8 is at most
 * 3 bytes per code unit, so this also covers "4 bytes per character".
 */
const JSON_BYTES_PER_CHAR = 6;
/** Query text, other fields, variable names and JSON punctuation. */
const MARGIN_BYTES = 64 * 1024;

/**
 * The largest JSON body a valid request can have, from the product's field limits: the longest
 * text field (a contribution body) with all its links, at the worst-case encoding. A body above it
 * cannot be valid input, so it is refused before parsing.
 */
export const JSON_BODY_LIMIT_BYTES =
  JSON_BYTES_PER_CHAR *
    (Math.max(LEARNING_LIMITS.contributionBodyMax, LEARNING_LIMITS.instructionsMax, HUDDLE_LIMITS.notesMax) +
      LEARNING_LIMITS.linksMax * LIMITS.urlMax) +
  MARGIN_BYTES;

interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * Body-parser failures on /graphql answered in GraphQL's shape, so clients read one format:
 * too large → 413 PAYLOAD_TOO_LARGE, unreadable JSON → 400 BAD_USER_INPUT.
 */
export function graphqlBodyErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const parserError = error as BodyParserError;
  if (parserError?.type === 'entity.too.large') {
    const maxKb = Math.floor(JSON_BODY_LIMIT_BYTES / 1024);
    res.status(413).json({
      errors: [
        {
          message: `This request is larger than the ${maxKb} KB OpenHuddle accepts. Shorten the text and try again.`,
          extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE },
        },
      ],
    });
  } else if (parserError?.type === 'entity.parse.failed') {
    res.status(400).json({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: ErrorCode.BAD_USER_INPUT } }],
    });
  } else {
    next(error);
  }
}
