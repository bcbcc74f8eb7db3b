import { useId, useRef, useState } from 'react';
import { useViewer, type Viewer } from '../../app/session';
import { Alert, Avatar, Button } from '../../ui';
import { removeAvatar, uploadAvatar } from './avatar-upload';

/**
 * One's picture: uploaded to OpenHuddle (never an address on another site, which every viewer's
 * browser would fetch), shown to the people of one's organisations.
 */
export function AvatarPicker({ viewer, name }: { viewer: Viewer; name: string }) {
  const { refetch } = useViewer();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const id = useId();

  const done = async (failure: string | null, success: string) => {
    setError(failure);
    if (!failure) {
      await refetch();
      setStatus(success);
    }
    setBusy(false);
  };

  return (
    <div className="profile-preview">
      <Avatar name={name} url={viewer.avatarUrl} size="lg" />
      <div className="profile-picture">
        <p className="member-name">{name}</p>
        <p className="member-email">{viewer.email}</p>
        <div className="form-actions">
          <Button
            size="sm"
            variant="secondary"
            busy={busy}
            aria-describedby={`${id}-hint`}
            onClick={() => input.current?.click()}
          >
            {viewer.avatarUrl ? 'Change picture' : 'Upload a picture'}
          </Button>
          {/* Opened by the button above, so focus and keyboard stay on a visible control. */}
          <input
            ref={input}
            type="file"
            hidden
            aria-label="Picture file"
            accept="image/jpeg,image/png,image/webp,image/gif"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              setBusy(true);
              setStatus('');
              const result = await uploadAvatar(file);
              await done(result.error ?? null, 'Your picture is saved.');
            }}
          />
          {viewer.avatarUrl && (
            <Button
              type="button"
              size="sm"
              variant="secondary"
              busy={busy}
              onClick={async () => {
                setBusy(true);
                setStatus('');
                await done(await removeAvatar(), 'Your picture is removed; your initials show instead.');
              }}
            >
              Remove picture
            </Button>
          )}
        </div>
        <p id={`${id}-hint`} className="field-hint">
          JPEG, PNG, WebP or GIF up to 5 MB. It is cropped to a square and its camera details (such as location) are
          removed.
        </p>
        {error && <Alert tone="danger">{error}</Alert>}
        <p role="status" className="field-hint">
          {status}
        </p>
      </div>
    </div>
  );
}
