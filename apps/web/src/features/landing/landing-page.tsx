import { useMutation } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import briefScreenshot from '../../../../../docs/screenshots/brief.png';
import { homePath } from '../../app/last-organization';
import { useRememberViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { SignInDocument } from '../../generated/graphql';
import { Alert, Button, ButtonLink } from '../../ui';
import './landing.css';

/** The demo organisation's facilitator (apps/api/src/database/seed/demo-seed.ts, and the README). */
export const DEMO_ACCOUNT = { email: 'maya.chen@riverside.example', password: 'openhuddle-demo' } as const;

const STEPS = [
  ['A prompt', 'A facilitator asks; members answer with ideas, evidence and solutions, on their own time.'],
  [
    'Structured feedback',
    'Peers respond through a protocol (Glow & Grow, I like / I wonder…), so feedback is kind and useful.',
  ],
  [
    'A huddle with a brief',
    'Every meeting opens with the contributions, feedback and open questions already on the table.',
  ],
] as const;

/** What a signed-out visitor sees at `/`: what OpenHuddle is, and the ways in. */
export function LandingPage() {
  useDocumentTitle('Learn together, asynchronously');
  return (
    <div className="landing">
      <section className="landing-hero" aria-labelledby="landing-title">
        <h1 id="landing-title" className="landing-title">
          Learn together, asynchronously.
        </h1>
        <p className="landing-lead">
          OpenHuddle is an open-source platform for teams that learn together — a teachers&apos; PLC, a leadership
          cohort, a writing club. Members answer a prompt, give each other structured feedback, and every live meeting
          starts with all of it ready.
        </p>
        <div className="landing-actions">
          <ButtonLink to={routes.signIn()}>Sign in</ButtonLink>
          <ButtonLink to={routes.signUp()} variant="secondary">
            Create an account
          </ButtonLink>
        </div>
      </section>
      <ol className="landing-steps">
        {STEPS.map(([title, text]) => (
          <li key={title}>
            <h2>{title}</h2>
            <p>{text}</p>
          </li>
        ))}
      </ol>
      <figure className="landing-figure">
        <img
          src={briefScreenshot}
          width={1280}
          height={800}
          loading="lazy"
          decoding="async"
          alt="A huddle's brief: who has read it, the agenda suggested from the contributions, themes and open questions"
        />
        <figcaption>A huddle&apos;s brief, ready before the meeting.</figcaption>
      </figure>
      <TryTheDemo />
    </div>
  );
}

/** One click into the demo organisation, with the account shown so it can be typed elsewhere too. */
function TryTheDemo() {
  const [signIn, { loading }] = useMutation(SignInDocument);
  const remember = useRememberViewer();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const start = async () => {
    setFailed(false);
    try {
      const { data } = await signIn({ variables: { input: { ...DEMO_ACCOUNT } } });
      if (!data?.signIn) throw new Error('no viewer');
      remember(data.signIn);
      void navigate(homePath(data.signIn.organizations), { replace: true });
    } catch {
      setFailed(true);
    }
  };
  return (
    <section className="landing-demo card" aria-labelledby="landing-demo-title">
      <h2 id="landing-demo-title">Try the demo</h2>
      <p>
        Sign in as the demo facilitator <strong>{DEMO_ACCOUNT.email}</strong> with the password{' '}
        <strong>{DEMO_ACCOUNT.password}</strong> to walk through a Grade 7 Math PLC.
      </p>
      <div>
        <Button variant="secondary" busy={loading} onClick={() => void start()}>
          Open the demo
        </Button>
      </div>
      {failed && (
        <Alert tone="warning" title="The demo is not loaded on this server">
          It loads on the first start without <code>DATABASE_URL</code>, or with <code>SEED_DEMO=true</code>. Sign in or
          create an account instead.
        </Alert>
      )}
    </section>
  );
}
