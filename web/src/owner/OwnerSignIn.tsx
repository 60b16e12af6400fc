/**
 * The owner's sign-in on any phone or computer: e-mail (or username) and password, with no till
 * to register first. The phone keeps its own device id, as a till does.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import type { Failure } from '../api/results';
import { useServices } from '../app/services';
import { Button, Card, ErrorNote, Field } from '../app/ui';
import { signInWithPassword } from '../auth/signin';
import { deviceIdOf } from '../device/device';
import { useTill } from '../till/TillProvider';

export function OwnerSignIn() {
  const { t } = useTranslation();
  const { api, db, session } = useServices();
  const till = useTill();
  const navigate = useNavigate();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  if (till.session) return <Navigate to="/owner" replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await signInWithPassword(api, session, {
      identifier,
      password,
      deviceId: await deviceIdOf(db),
      ...(till.device ? { merchantSlug: till.device.merchantSlug } : {}),
    });
    setBusy(false);
    if (!r.ok) {
      setPassword('');
      return setError(r.error);
    }
    navigate('/owner', { replace: true });
  };

  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 p-4">
      <div>
        <h1 className="text-2xl font-semibold text-teal-800">{t('owner.signin.title')}</h1>
        <p className="text-slate-600">{t('owner.signin.intro')}</p>
      </div>
      <Card>
        <form onSubmit={submit} className="flex flex-col gap-3">
          <Field
            label={t('signin.emailOrUsername')}
            name="identifier"
            autoComplete="username"
            autoCapitalize="none"
            value={identifier}
            onChange={(e) => setIdentifier(e.target.value)}
            required
          />
          <Field
            label={t('signin.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
          <ErrorNote error={error} />
          {!till.online && <p className="text-sm text-amber-700">{t('signin.offline')}</p>}
          <Button tone="primary" type="submit" disabled={busy || !till.online}>
            {t('signin.submit')}
          </Button>
        </form>
      </Card>
    </div>
  );
}
