/** Sign-in on a registered till: username and PIN; the owner may use e-mail and password. */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Failure } from '../api/results';
import { useServices } from '../app/services';
import { Button, Card, ErrorNote, Field } from '../app/ui';
import { useTill } from '../till/TillProvider';
import { signInWithPassword, signInWithPin } from './signin';

export function SignIn() {
  const { t } = useTranslation();
  const { api, session } = useServices();
  const { device, online, setDevice } = useTill();
  const navigate = useNavigate();
  const [mode, setMode] = useState<'pin' | 'password'>('pin');
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  if (!device) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    let r: Awaited<ReturnType<typeof signInWithPin>>;
    if (mode === 'pin') {
      const wanted = username.trim().toLowerCase();
      const who = device.roster.find(
        (s) => s.username?.toLowerCase() === wanted || s.name.toLowerCase() === wanted,
      );
      r = who
        ? await signInWithPin(api, session, {
            merchantSlug: device.merchantSlug,
            branchId: device.branchId,
            userId: who.id,
            pin: secret,
            deviceId: device.deviceId,
          })
        : { ok: false, error: { code: 'INVALID_CREDENTIALS', message: 'unknown username' } };
    } else {
      r = await signInWithPassword(api, session, {
        identifier: username,
        password: secret,
        deviceId: device.deviceId,
        merchantSlug: device.merchantSlug,
      });
    }
    setBusy(false);
    if (!r.ok) {
      setSecret('');
      return setError(r.error);
    }
    navigate('/till', { replace: true });
  };

  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 p-4">
      <div>
        <h1 className="text-2xl font-semibold text-teal-800">{device.merchantName}</h1>
        <p className="text-slate-600">
          {device.branchName} · {device.deviceId}
        </p>
      </div>
      <Card>
        <form onSubmit={submit} className="flex flex-col gap-3">
          <Field
            label={mode === 'pin' ? t('signin.username') : t('signin.emailOrUsername')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
          <Field
            label={mode === 'pin' ? t('signin.pin') : t('signin.password')}
            name={mode === 'pin' ? 'pin' : 'password'}
            type="password"
            inputMode={mode === 'pin' ? 'numeric' : 'text'}
            autoComplete={mode === 'pin' ? 'one-time-code' : 'current-password'}
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            required
          />
          <ErrorNote error={error} />
          {!online && <p className="text-sm text-amber-700">{t('signin.offline')}</p>}
          <Button tone="primary" type="submit" disabled={busy || !online}>
            {t('signin.submit')}
          </Button>
        </form>
      </Card>
      <div className="flex flex-wrap justify-between gap-2">
        <Button tone="ghost" onClick={() => setMode(mode === 'pin' ? 'password' : 'pin')}>
          {mode === 'pin' ? t('signin.ownerMode') : t('signin.pinMode')}
        </Button>
        <Button
          tone="ghost"
          onClick={() => {
            void setDevice(null).then(() => navigate('/device', { replace: true }));
          }}
        >
          {t('signin.resetDevice')}
        </Button>
      </div>
    </main>
  );
}
