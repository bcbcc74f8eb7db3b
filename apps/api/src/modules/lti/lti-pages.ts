import { randomBytes } from 'node:crypto';
import type { Response } from 'express';
import type { Placeable } from './lti-deep-linking.service';
import { LtiRefusal, REFUSAL_TEXT } from './lti.policy';

/** The few server-rendered pages of LTI: they live inside the LMS, before any app session exists. */

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}' +
  'h1{font-size:1.4rem}fieldset{border:1px solid #d1d5db;border-radius:.5rem;margin:1rem 0}' +
  'label{display:block;padding:.25rem 0}button{font:inherit;padding:.5rem 1rem;border-radius:.4rem;border:0;background:#1d4ed8;color:#fff}';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)} · OpenHuddle</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

/** Pages an LMS may frame: its own origins only, styles inline, no script unless given a nonce. */
function frameable(res: Response, frameOrigins: string[], extra: { nonce?: string; formAction?: string } = {}): void {
  res.removeHeader('X-Frame-Options');
  res.setHeader(
    'Content-Security-Policy',
    [
      "default-src 'none'",
      "style-src 'unsafe-inline'",
      extra.nonce ? `script-src 'nonce-${extra.nonce}'` : "script-src 'none'",
      `form-action 'self'${extra.formAction ? ` ${extra.formAction}` : ''}`,
      `frame-ancestors ${frameOrigins.length ? frameOrigins.join(' ') : "'none'"}`,
      "base-uri 'none'",
    ].join('; '),
  );
  res.setHeader('Cache-Control', 'no-store');
}

export function sendRefusal(res: Response, reason: LtiRefusal): void {
  frameable(res, []);
  const status = reason === LtiRefusal.EXPIRED || reason === LtiRefusal.INVALID_TOKEN ? 400 : 403;
  res
    .status(status)
    .type('html')
    .send(
      page(
        'Launch refused',
        `<h1>OpenHuddle could not open this link</h1><p>${escape(REFUSAL_TEXT[reason])}</p><p><small>Reason: <code data-reason="${reason}">${reason}</code></small></p>`,
      ),
    );
}

export function sendPicker(res: Response, origins: string[], session: string, placeable: Placeable): void {
  frameable(res, origins);
  const option = (value: string, label: string) =>
    `<label><input type="radio" name="choice" value="${escape(value)}" required> ${escape(label)}</label>`;
  const cohorts = placeable.cohorts.map((c) => option(`cohort:${c.id}`, c.name)).join('');
  const prompts = placeable.prompts.map((p) => option(`prompt:${p.id}`, `${p.title} (${p.cohortName})`)).join('');
  res
    .status(200)
    .type('html')
    .send(
      page(
        'Place OpenHuddle content',
        `<h1>Place a cohort or a prompt in this course</h1>` +
          `<form method="post" action="/lti/deep-link"><input type="hidden" name="session" value="${escape(session)}">` +
          `<fieldset><legend>Cohorts</legend>${cohorts || '<p>No cohorts yet.</p>'}</fieldset>` +
          `<fieldset><legend>Prompts</legend>${prompts || '<p>No prompts yet.</p>'}</fieldset>` +
          `<button type="submit">Place in course</button></form>`,
      ),
    );
}

/** The form that carries the signed response back to the platform, submitted on load. */
export function sendAutoPost(res: Response, origins: string[], action: string, fields: Record<string, string>): void {
  const nonce = randomBytes(16).toString('base64');
  frameable(res, origins, { nonce, formAction: new URL(action).origin });
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`)
    .join('');
  res
    .status(200)
    .type('html')
    .send(
      page(
        'Returning to your course',
        `<form id="return" method="post" action="${escape(action)}">${inputs}<noscript><button type="submit">Continue</button></noscript></form>` +
          `<script nonce="${nonce}">document.getElementById('return').submit();</script>`,
      ),
    );
}
